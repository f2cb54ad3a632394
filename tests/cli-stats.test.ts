import { describe, expect, it } from "vitest";
import { Progress } from "../src/cli/progress.js";
import { cli } from "./support/cli.js";

// The end-of-run summary (tests run dist/cli.js as a process) and the progress
// line's estimate of the time left (the class itself, on a clock the test sets).
describe("--stats", { timeout: 30_000 }, () => {
  it("ends the run with one line: files, documents, warnings, errors and time", () => {
    const run = cli([
      "--stats",
      "fixtures/cli/one.txt",
      "fixtures/cli/warn.txt",
      "fixtures/cli/export.TXT",
      "fixtures/cli/bad/empty.txt",
    ]);
    expect(run.status).toBe(1);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines.slice(0, -1)).toEqual([
      'fixtures/cli/warn.txt:5:11: invalid-url: "not a link" is not a web link; it does not fill originalUrl.',
      "fixtures/cli/bad/empty.txt:1:1: empty-input: The text is empty or holds only white space.",
    ]);
    expect(lines.at(-1)).toMatch(
      /^syndicated-article: 4 files, 4 documents, 1 warning, 1 error in \d+\.\d s$/,
    );
  });

  it("is printed under -q too, and not without --stats on a run this short", () => {
    expect(cli(["-q", "--stats", "fixtures/cli/one.txt"]).stderr).toMatch(
      /^syndicated-article: 1 file, 1 document, 0 warnings, 0 errors in \d+\.\d s\n$/,
    );
    expect(cli(["fixtures/cli/one.txt"]).stderr).toBe("");
  });

  it("ends a run that shows progress", () => {
    const run = cli(["--progress", "fixtures/cli/tree", "fixtures/cli/one.txt"]);
    expect(run.stderr).toContain("4/4 files");
    // The progress line is cleared (carriage return, erase line) before it.
    expect(run.stderr.split("\r\x1b[K").at(-1)).toMatch(
      /^syndicated-article: 4 files, 4 documents, 0 warnings, 0 errors in \d+\.\d s\n$/,
    );
  });
});

/** A progress line on a clock set by hand, ticked once an input at each time given. */
function progressOf(total: number) {
  let now = 0;
  const drawn: string[] = [];
  const progress = new Progress(
    total,
    (text) => drawn.push(text),
    120,
    () => now,
  );
  return {
    at(...times: number[]) {
      for (const time of times) {
        now = time;
        progress.tick(1);
      }
    },
    /** The time left in the last line drawn (it redraws at most every 100 ms). */
    eta: () => (drawn.at(-1) ?? "").split("ETA ")[1]?.replace("\x1b[K", ""),
  };
}

/** `count` times, one a millisecond apart from `after` on. */
const every = (after: number, count: number, step = 1) =>
  Array.from({ length: count }, (_, i) => after + (i + 1) * step);

describe("the progress line's time left", () => {
  it("does not count start-up: 1,000 files at 1 ms each after a 600 ms start is 1s, not 10 minutes", () => {
    const run = progressOf(1000);
    run.at(600); // worker threads took 600 ms to start; the first file is done
    expect(run.eta()).toBe("--");
    run.at(...every(600, 500)); // then 500 more in 500 ms: 499 left
    expect(run.eta()).toBe("1s");
  });

  it("says -- until it has half a second of pace, and 0s at the end", () => {
    const run = progressOf(10);
    run.at(100, 100); // a batch of two
    expect(run.eta()).toBe("--");
    run.at(400);
    expect(run.eta()).toBe("--");
    run.at(700); // 2 more in the 600 ms since the batch: 6 left at 300 ms each
    expect(run.eta()).toBe("2s");
    run.at(...every(700, 6, 100));
    expect(run.eta()).toBe("0s");
  });

  it("reads minutes and hours", () => {
    const fast = progressOf(100_000);
    fast.at(1000, ...every(1000, 10, 100)); // 10 files a second: 99,989 left
    expect(fast.eta()).toBe("2h46m");
    const slow = progressOf(1000);
    slow.at(1000, ...every(1000, 5, 200)); // 5 a second: 994 left
    expect(slow.eta()).toBe("3m19s");
  });
});

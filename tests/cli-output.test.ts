import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dialectNames, locales } from "../src/index.js";
import { bash, cli, records } from "./support/cli.js";

// What the tool writes and how it talks: the output's shape, the flags for the
// library's options, messages, usage errors, --out, closed pipes and --jobs.
// Every test runs the built dist/cli.js as a process.
const work = mkdtempSync(join(tmpdir(), "syndicated-article-cli-output-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// fixtures/cli/two.txt: "First Story" (lines 1-3), a rule on line 5, then
// "Second Story" from line 7.
const SEVERAL =
  "fixtures/cli/two.txt:7:1: several-articles: A second article starts here; with one operand (or --out) an input must hold one article. Use --format ndjson for one record per article.\n";
const usage = (message: string) => ({
  stdout: "",
  stderr: `syndicated-article: ${message} Try 'syndicated-article --help'.\n`,
  status: 2,
});

describe("the output's shape depends on the flags only", {
  timeout: 30_000,
}, () => {
  it("no --format: one NDJSON record per article, for one article, an export, or a directory", () => {
    const one = cli(["--no-spans", "fixtures/cli/one.txt"]);
    expect([one.stderr, one.status]).toEqual(["", 0]);
    expect(records(one.stdout).map((r) => [r.file, r.index, r.article.headline])).toEqual([
      ["fixtures/cli/one.txt", 0, "Talks Resume in Florida"],
    ]);
    const two = cli(["fixtures/cli/two.txt"]);
    expect([two.stderr, two.status]).toEqual(["", 0]);
    expect(records(two.stdout).map((r) => [r.file, r.index, r.article.headline])).toEqual([
      ["fixtures/cli/two.txt", 0, "First Story"],
      ["fixtures/cli/two.txt", 1, "Second Story"],
    ]);
    const piped = cli([], { input: readFileSync("fixtures/cli/two.txt") });
    expect(records(piped.stdout).map((r) => [r.file, r.index])).toEqual([
      ["<stdin>", 0],
      ["<stdin>", 1],
    ]);
    const tree = cli(["fixtures/cli/tree"]);
    expect(records(tree.stdout).map((r) => r.article.headline)).toEqual(["Zulu", "Alpha", "Bravo"]);
  });

  it("--format json, one operand: the bare Article", () => {
    const one = cli(["-f", "json", "--no-spans", "fixtures/cli/one.txt"]);
    expect([one.stderr, one.status]).toEqual(["", 0]);
    expect(JSON.parse(one.stdout).headline).toBe("Talks Resume in Florida");
  });

  it("--format json, one operand holding two articles: a several-articles error, nothing on stdout", () => {
    expect(cli(["-f", "json", "fixtures/cli/two.txt"])).toEqual({
      stdout: "",
      stderr: SEVERAL,
      status: 1,
    });
    expect(cli(["-f", "json"], { input: readFileSync("fixtures/cli/two.txt") })).toEqual({
      stdout: "",
      stderr: SEVERAL.replace("fixtures/cli/two.txt", "<stdin>"),
      status: 1,
    });
  });

  it("ndjson gives one record per article for one operand too", () => {
    const { stdout, stderr, status } = cli(["-f", "ndjson", "fixtures/cli/two.txt"]);
    expect([stderr, status]).toEqual(["", 0]);
    expect(records(stdout).map((r) => [r.file, r.index, r.article.headline])).toEqual([
      ["fixtures/cli/two.txt", 0, "First Story"],
      ["fixtures/cli/two.txt", 1, "Second Story"],
    ]);
  });

  it("json with several operands or a directory: always an array of records", () => {
    const pair = cli(["-f", "json", "--no-spans", "fixtures/cli/one.txt", "fixtures/cli/two.txt"]);
    expect([pair.stderr, pair.status]).toEqual(["", 0]);
    expect(
      JSON.parse(pair.stdout).map(
        (r: { file: string; index: number; article: { headline: string } }) => [
          r.file,
          r.index,
          r.article.headline,
        ],
      ),
    ).toEqual([
      ["fixtures/cli/one.txt", 0, "Talks Resume in Florida"],
      ["fixtures/cli/two.txt", 0, "First Story"],
      ["fixtures/cli/two.txt", 1, "Second Story"],
    ]);
    // A directory holding one file is still an array, of one record.
    mkdirSync(join(work, "single"));
    writeFileSync(join(work, "single/a.txt"), "Alpha\n\nAlpha body.\n");
    const dir = JSON.parse(cli(["-f", "json", join(work, "single")]).stdout);
    expect(dir).toHaveLength(1);
    expect(dir[0].article.headline).toBe("Alpha");
    // Nothing parsed at all: the empty array.
    expect(
      cli(["-f", "json", "fixtures/cli/bad/empty.txt", "fixtures/cli/bad/empty.txt"]).stdout,
    ).toBe("[]\n");
  });

  it("--out: each .json holds its input's Article; an input of several is refused", () => {
    const out = join(work, "out");
    const { stdout, stderr, status } = cli([
      "--out",
      out,
      "fixtures/cli/one.txt",
      "fixtures/cli/two.txt",
    ]);
    expect([stdout, stderr, status]).toEqual(["", SEVERAL, 1]);
    expect(readdirSync(out)).toEqual(["one.json"]);
    expect(JSON.parse(readFileSync(join(out, "one.json"), "utf8")).headline).toBe(
      "Talks Resume in Florida",
    );
  });
});

describe("flags for the library's options", { timeout: 30_000 }, () => {
  it("--no-spans leaves the spans out, in json and ndjson", () => {
    const json = JSON.parse(cli(["-f", "json", "--no-spans", "fixtures/cli/one.txt"]).stdout);
    expect(Object.keys(json)).toEqual([
      "headline",
      "slug",
      "standfirst",
      "highlights",
      "byline",
      "bylineRole",
      "dateline",
      "publishedAt",
      "publishedAtText",
      "sections",
      "notes",
      "source",
      "originalUrl",
      "disclaimer",
      "section",
      "wordCount",
      "copyright",
      "id",
      "language",
      "topics",
      "places",
      "keywords",
      "category",
      "trailer",
      "dialect",
    ]);
    const ndjson = records(cli(["-f", "ndjson", "--no-spans", "fixtures/cli/one.txt"]).stdout);
    expect("spans" in (ndjson[0]?.article ?? {})).toBe(false);
    expect("spans" in JSON.parse(cli(["-f", "json", "fixtures/cli/one.txt"]).stdout)).toBe(true);
  });

  it("--repair-mojibake repairs, and the warning without it names the flag", () => {
    const plain = cli(["-f", "json", "--no-spans", "fixtures/cli/mojibake.txt"]);
    // "It" then the three characters of ’ read as windows-1252, from column 3 of line 3.
    expect(plain.stderr).toBe(
      "fixtures/cli/mojibake.txt:3:3: mojibake: UTF-8 text that was read as windows-1252 (`â€™`, `Ã©`); the --repair-mojibake option repairs it.\n",
    );
    expect(JSON.parse(plain.stdout).sections[0].paragraphs).toEqual([
      "It\u00e2\u20ac\u2122s here.",
    ]);
    const repaired = cli([
      "-f",
      "json",
      "--no-spans",
      "--repair-mojibake",
      "fixtures/cli/mojibake.txt",
    ]);
    expect(repaired.status).toBe(0);
    expect(JSON.parse(repaired.stdout).sections[0].paragraphs).toEqual(["It’s here."]);
  });

  it("--no-validate writes the same Articles", () => {
    const checked = cli(["fixtures/cli/one.txt", "fixtures/cli/de.txt"]);
    const unchecked = cli(["--no-validate", "fixtures/cli/one.txt", "fixtures/cli/de.txt"]);
    expect(unchecked.status).toBe(0);
    expect(unchecked.stdout).toBe(checked.stdout);
  });

  it("--languages keeps only the languages named", () => {
    const all = JSON.parse(cli(["-f", "json", "--no-spans", "fixtures/cli/de.txt"]).stdout);
    expect(all.source).toBe("dpa");
    // With English labels only, "Quelle" is no label and its line stays in the body.
    const en = JSON.parse(
      cli(["-f", "json", "--no-spans", "--languages", "en", "fixtures/cli/de.txt"]).stdout,
    );
    expect([en.source, en.sections[0].paragraphs]).toEqual([null, ["Der Text.", "Quelle: dpa"]]);
    const de = JSON.parse(
      cli(["-f", "json", "--no-spans", "--languages", "en,de", "fixtures/cli/de.txt"]).stdout,
    );
    expect(de.source).toBe("dpa");
    expect(cli(["--languages", "en,xx", "fixtures/cli/de.txt"])).toEqual(
      usage(
        '--languages takes a comma-separated list of da, de, en, es, fr, it, ko, nl, ru, uk, zh, not "en,xx".',
      ),
    );
  });

  it("--labels adds trailer labels from a JSON file", () => {
    const plain = JSON.parse(cli(["-f", "json", "--no-spans", "fixtures/cli/herkunft.txt"]).stdout);
    expect(plain.source).toBe(null);
    const run = cli([
      "-f",
      "json",
      "--no-spans",
      "--labels",
      "fixtures/cli/labels.json",
      "fixtures/cli/herkunft.txt",
    ]);
    expect(JSON.parse(run.stdout)).toMatchObject({
      source: "AFP",
      trailer: [{ key: "source", label: "Herkunft", value: "AFP" }],
    });
    writeFileSync(join(work, "bad-labels.json"), '{ "nosuchkey": ["X"] }');
    const bad = cli(["--labels", join(work, "bad-labels.json"), "fixtures/cli/herkunft.txt"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(
      /^syndicated-article: --labels .*bad-labels\.json: --labels: Unrecognized key: "nosuchkey"/,
    );
    expect(bad.stderr.split("\n")).toHaveLength(2);
  });

  it("--paragraph-mode chooses how lines become paragraphs", () => {
    const paragraphs = (args: string[]) =>
      JSON.parse(cli(["-f", "json", "--no-spans", ...args, "fixtures/cli/lines.txt"]).stdout)
        .sections[0].paragraphs;
    expect(paragraphs([])).toEqual(["One.", "Two. Three."]);
    expect(paragraphs(["--paragraph-mode", "lines"])).toEqual(["One.", "Two.", "Three."]);
    expect(paragraphs(["--paragraph-mode", "blocks"])).toEqual(["One.", "Two. Three."]);
  });
});

describe("talking to a command-line user", { timeout: 30_000 }, () => {
  it("--help documents the output rule and points at the published issue codes", () => {
    const { stdout, status } = cli(["--help"]);
    expect(status).toBe(0);
    expect(stdout).toContain(
      "its shape depends on the flags only, never on the operands\nor on what an input holds. Without --format it is ndjson",
    );
    expect(stdout).toContain(
      "https://syndicated-article.github.io/syndicated-article/documents/Issue_codes.html",
    );
    expect(stdout).not.toContain("docs/issue-codes.md");
    // The languages and dialects as the code has them, never a list written by hand.
    const languages = Object.values(locales).map((l) => l.language);
    expect(stdout).toContain(`(default: all of ${languages.sort().join(", ")})`);
    expect(stdout).toContain(`recognising it: ${dialectNames.join(", ")}`);
    const flags = ["--no-spans", "--binary", "--repair-mojibake", "--no-validate", "--languages"];
    for (const flag of [...flags, "--labels"]) {
      expect(stdout).toContain(flag);
    }
  });

  it("an unknown option or a missing value is one clean line", () => {
    expect(cli(["--frmat", "json"])).toEqual(
      usage("unknown option --frmat (did you mean --format?)."),
    );
    expect(cli(["--zzzzzzzz"])).toEqual(usage("unknown option --zzzzzzzz."));
    expect(cli(["-f"])).toEqual(usage("--format needs a value."));
  });

  it("with no operand and a terminal on standard input, prints usage instead of waiting", () => {
    // `script` gives the tool a terminal; a terminal echoes LF as CRLF.
    const run = bash('script -qec "\\"$NODE\\" \\"$CLI_JS\\"; echo status=\\$?" /dev/null');
    expect(run.stdout.replaceAll("\r\n", "\n")).toBe(
      [
        "Usage: syndicated-article [options] [file | directory | -] ...",
        "With no operand it reads standard input, but standard input is a terminal:",
        "name a file or directory, or pipe text in. 'syndicated-article --help' tells more.",
        "status=2",
        "",
      ].join("\n"),
    );
  });
});

describe("--out problems", { timeout: 30_000 }, () => {
  it("an --out that is a file: one clean error line", () => {
    const file = join(work, "outfile");
    writeFileSync(file, "x");
    expect(cli(["--out", file, "fixtures/cli/one.txt"])).toEqual({
      stdout: "",
      stderr: `syndicated-article: --out ${file}: it exists and is not a directory.\n`,
      status: 2,
    });
  });

  it("a .json path that is a directory: an error for that input, the others written", () => {
    const out = join(work, "blocked");
    mkdirSync(join(out, "one.json"), { recursive: true });
    const { stdout, stderr, status } = cli([
      "--out",
      out,
      "fixtures/cli/one.txt",
      "fixtures/cli/tree/a.txt",
    ]);
    expect([stdout, stderr, status]).toEqual([
      "",
      `fixtures/cli/one.txt: unwritable: ${join(out, "one.json")}: Is a directory.\n`,
      1,
    ]);
    expect(JSON.parse(readFileSync(join(out, "a.json"), "utf8")).headline).toBe("Alpha");
  });
});

describe("pipes and threads", { timeout: 60_000 }, () => {
  // 300 files that each warn once (an Original: line that is no link).
  const many = join(work, "many");
  mkdirSync(many);
  for (let i = 0; i < 300; i++) {
    writeFileSync(
      join(many, `${String(i).padStart(3, "0")}.txt`),
      `Title ${i}\n\nBody.\n\nOriginal: not a link\n`,
    );
  }

  it("stderr closed early: no crash, and stdout gets every record", () => {
    const out = join(work, "out.ndjson");
    const run = bash(
      `"$NODE" "$CLI_JS" -f ndjson "${many}" 2>&1 >"${out}" | head -1; echo "status=\${PIPESTATUS[0]}"`,
    );
    expect(run.stdout).toBe(
      `${join(many, "000.txt")}:5:11: invalid-url: "not a link" is not a web link; it does not fill originalUrl.\nstatus=0\n`,
    );
    const lines = records(readFileSync(out, "utf8"));
    expect(lines).toHaveLength(300);
    expect(lines[299]?.article.headline).toBe("Title 299");
  });

  it("stdout closed early: a quiet end", () => {
    const run = bash(
      `"$NODE" "$CLI_JS" -f ndjson "${many}" 2>/dev/null | head -1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`,
    );
    expect(run).toEqual({ stdout: "status=0\n", stderr: "", status: 0 });
  });

  it("--jobs is capped at the number of cores", () => {
    const one = cli(["--jobs", "1", many]);
    // Uncapped, 400 threads took ~40 s and 6.7 GB here; capped, well under a
    // second a core: past the timeout the run is killed and differs.
    const capped = cli(["--jobs", "400", many], { timeout: 30_000 });
    expect(capped).toEqual(one);
    expect(cli(["--help"]).stdout).toContain(
      `most: the number of cores, here ${availableParallelism()}`,
    );
  });
});

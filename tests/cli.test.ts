import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// Runs the built tool (tests/support/build.ts builds it) as a real process, from
// the package root, so file names in messages are as typed here.
const root = fileURLToPath(new URL("..", import.meta.url));

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ["dist/cli.js", ...args], {
    cwd: root,
    input: input ?? "",
    encoding: "utf8",
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const read = (path: string) => readFileSync(join(root, path), "utf8");
const seed = read("fixtures/seed-article.txt");

// fixtures/cli/one.txt, parsed by hand: the headline inside its quotes (1-24),
// the paragraph on line 3 (27-59), the trailer line on line 5 (61-72).
// No byline, dateline, date or notes: those fields are null or empty.
const ONE = {
  headline: "Talks Resume in Florida",
  slug: null,
  standfirst: null,
  highlights: [],
  byline: null,
  bylineRole: null,
  dateline: null,
  publishedAt: null,
  publishedAtText: null,
  sections: [{ heading: null, paragraphs: ["Negotiators met again on Sunday."] }],
  notes: [],
  source: "rfi",
  originalUrl: null,
  disclaimer: null,
  section: null,
  wordCount: null,
  copyright: null,
  id: null,
  language: null,
  topics: [],
  places: [],
  keywords: [],
  category: null,
  trailer: [{ key: "source", label: "Source", value: "rfi" }],
  // A trailer under the body: the aggregator layout.
  dialect: "aggregator",
  // The spans follow the Article's own order.
  spans: {
    headline: { start: 1, end: 24 },
    slug: null,
    standfirst: null,
    highlights: [],
    byline: null,
    bylineRole: null,
    dateline: null,
    publishedAt: null,
    sections: [{ heading: null, paragraphs: [{ start: 27, end: 59 }] }],
    notes: [],
    source: { start: 69, end: 72 },
    originalUrl: null,
    disclaimer: null,
    section: null,
    wordCount: null,
    copyright: null,
    id: null,
    language: null,
    topics: [],
    places: [],
    keywords: [],
    category: null,
    trailer: [{ start: 61, end: 72 }],
  },
};

// fixtures/cli/feed.txt holds three articles: a good one (lines 1-3), one that
// is only a trailer line (line 5), and one whose `Original:` is no link (7-11).
// The feed's second document (line 5) is a lone trailer line: an Article with
// neither headline nor body, which two warnings describe.
const FEED_ERRORS = [
  "fixtures/cli/feed.txt:5:1: no-headline: The text has no title line: headline is null.",
  "fixtures/cli/feed.txt:5:1: no-body: The text has no body paragraph: sections hold none.",
  'fixtures/cli/feed.txt:11:11: invalid-url: "nowhere" is not a web link; it does not fill originalUrl.',
];

describe("syndicated-article", { timeout: 30_000 }, () => {
  it("prints the seed's Article as pretty JSON, from a file, with --format json", () => {
    const { stdout, stderr, status } = cli(["-f", "json", "fixtures/seed-article.txt"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout.startsWith('{\n  "headline": "U.S.-Ukraine Peace Talks')).toBe(true);
    const { spans, ...article } = JSON.parse(stdout);
    expect(article).toEqual(JSON.parse(read("fixtures/seed-article.expected.json")));
    expect(seed.slice(spans.headline.start, spans.headline.end)).toBe(article.headline);
    expect(spans.trailer).toHaveLength(3);
  });

  it("prints the same from standard input, with no operand or with -", () => {
    const fromFile = cli(["-f", "json", "fixtures/seed-article.txt"]).stdout;
    expect(cli(["-f", "json"], seed)).toEqual({ stdout: fromFile, stderr: "", status: 0 });
    expect(cli(["-f", "json", "-"], seed)).toEqual({ stdout: fromFile, stderr: "", status: 0 });
    const record = cli(["fixtures/seed-article.txt"]).stdout;
    expect(cli([], seed).stdout).toBe(record.replace("fixtures/seed-article.txt", "<stdin>"));
  });

  it("prints one NDJSON record per article with its file and index", () => {
    expect(cli(["--format", "ndjson", "fixtures/cli/one.txt"])).toEqual({
      stdout: `${JSON.stringify({ file: "fixtures/cli/one.txt", index: 0, article: ONE })}\n`,
      stderr: "",
      status: 0,
    });
  });

  it("re-emits articles as text", () => {
    expect(cli(["-f", "text", "fixtures/cli/one.txt", "fixtures/cli/tree/a.txt"])).toEqual({
      stdout:
        "Talks Resume in Florida\n\nNegotiators met again on Sunday.\n\nSource: rfi\n\n-----\n\nAlpha\n\nAlpha body.\n",
      stderr: "",
      status: 0,
    });
  });

  it("goes on past bad files, reports each at file:line:column, and exits with 1", () => {
    const { stdout, stderr, status } = cli([
      "-f",
      "text",
      "fixtures/cli/one.txt",
      "fixtures/cli/missing.txt",
      "fixtures/cli/bad/empty.txt",
      "fixtures/cli/bad/headline-only.txt",
      "fixtures/cli/feed.txt",
      "fixtures/cli/tree/a.txt",
    ]);
    expect(stdout).toBe(
      [
        "Talks Resume in Florida\n\nNegotiators met again on Sunday.\n\nSource: rfi",
        "Just a headline",
        "First Story\n\nBody one.",
        "Source: AFP",
        "Third Story\n\nBody three.\n\nOriginal: nowhere",
        "Alpha\n\nAlpha body.\n",
      ].join("\n\n-----\n\n"),
    );
    expect(stderr).toBe(
      [
        "fixtures/cli/missing.txt: not-found: No such file or directory.",
        "fixtures/cli/bad/empty.txt:1:1: empty-input: The text is empty or holds only white space.",
        "fixtures/cli/bad/headline-only.txt:1:1: no-body: The text has no body paragraph: sections hold none.",
        ...FEED_ERRORS,
        "",
      ].join("\n"),
    );
    expect(status).toBe(1);
  });

  it("names a missing file", () => {
    expect(cli(["nowhere/missing.txt"])).toEqual({
      stdout: "",
      stderr: "nowhere/missing.txt: not-found: No such file or directory.\n",
      status: 1,
    });
  });

  it("gives positions in the whole feed when reading standard input", () => {
    const { stdout, stderr, status } = cli(["-f", "ndjson"], read("fixtures/cli/feed.txt"));
    expect(stderr).toBe(
      FEED_ERRORS.map((l) => `${l.replace("fixtures/cli/feed.txt", "<stdin>")}\n`).join(""),
    );
    expect(status).toBe(0);
    const records = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records.map((r) => [r.file, r.index, r.article.headline])).toEqual([
      ["<stdin>", 0, "First Story"],
      ["<stdin>", 1, null],
      ["<stdin>", 2, "Third Story"],
    ]);
  });

  it("treats a warning as success, unless --strict", () => {
    const warning =
      'fixtures/cli/warn.txt:5:11: invalid-url: "not a link" is not a web link; it does not fill originalUrl.\n';
    const relaxed = cli(["-f", "json", "fixtures/cli/warn.txt"]);
    expect([relaxed.stderr, relaxed.status]).toEqual([warning, 0]);
    expect(JSON.parse(relaxed.stdout).headline).toBe("Title");
    const strict = cli(["-f", "json", "--strict", "fixtures/cli/warn.txt"]);
    expect([strict.stderr, strict.status, strict.stdout]).toEqual([warning, 1, relaxed.stdout]);
  });

  it("walks a directory for .txt files in sorted order, as NDJSON", () => {
    const { stdout, stderr, status } = cli(["fixtures/cli/tree"]);
    expect([stderr, status]).toEqual(["", 0]);
    const records = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records.map((r) => [r.file, r.index, r.article.headline])).toEqual([
      ["fixtures/cli/tree/Z.txt", 0, "Zulu"],
      ["fixtures/cli/tree/a.txt", 0, "Alpha"],
      ["fixtures/cli/tree/sub/b.txt", 0, "Bravo"],
    ]);
  });

  it("refuses a file of several articles with --format json and one operand", () => {
    // The second article of feed.txt starts on line 5.
    expect(cli(["-f", "json", "fixtures/cli/feed.txt"])).toEqual({
      stdout: "",
      stderr:
        "fixtures/cli/feed.txt:5:1: several-articles: A second article starts here; with one operand (or --out) an input must hold one article. Use --format ndjson for one record per article.\n",
      status: 1,
    });
  });

  it("keeps input order on worker threads", () => {
    const args = ["fixtures/cli/tree", "fixtures/cli/feed.txt", "fixtures/cli/one.txt"];
    const many = [...args, ...args, ...args, "fixtures/cli/tree"];
    const one = cli(["--jobs", "1", ...many]);
    const two = cli(["--jobs", "2", ...many]);
    expect(two).toEqual(one);
    expect(one.stdout.trimEnd().split("\n")).toHaveLength(3 * 7 + 3);
    expect(one.status).toBe(0);
  });

  describe("--out", () => {
    const out = mkdtempSync(join(tmpdir(), "syndicated-article-"));
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it("writes one .json per input, mirroring a directory's tree", () => {
      const result = cli([
        "--out",
        out,
        "fixtures/cli/tree",
        "fixtures/cli/one.txt",
        "fixtures/cli/bad/empty.txt",
      ]);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(
        "fixtures/cli/bad/empty.txt:1:1: empty-input: The text is empty or holds only white space.\n",
      );
      expect(result.status).toBe(1);
      const json = (name: string) => JSON.parse(readFileSync(join(out, name), "utf8"));
      expect(readdirSync(out).sort()).toEqual(["Z.json", "a.json", "one.json", "sub"]);
      expect(readdirSync(join(out, "sub"))).toEqual(["b.json"]);
      expect(json("sub/b.json").headline).toBe("Bravo");
      expect(json("one.json")).toEqual(ONE);
    });
  });

  it("rejects a bad command line with status 2", () => {
    const usage = (message: string) => ({
      stdout: "",
      stderr: `syndicated-article: ${message} Try 'syndicated-article --help'.\n`,
      status: 2,
    });
    expect(cli(["--jobs", "0", "x.txt"])).toEqual(
      usage('--jobs must be a whole number of at least 1, not "0".'),
    );
    expect(cli(["--format", "xml", "x.txt"])).toEqual(
      usage('--format must be one of ndjson, json, text, csv, tsv, parquet, not "xml".'),
    );
    expect(cli(["--out", "o", "--format", "text", "x.txt"])).toEqual(
      usage(
        "--out writes .json files, or the table of csv, tsv or parquet; it cannot be used with --format text.",
      ),
    );
    expect(cli(["--frmat", "json"]).status).toBe(2);
  });

  it("prints help with examples, and the package's version", () => {
    const help = cli(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: syndicated-article [options]");
    expect(help.stdout).toContain("Examples:\n  syndicated-article export.TXT");
    expect(cli(["--version"])).toEqual({
      stdout: `${JSON.parse(read("package.json")).version}\n`,
      stderr: "",
      status: 0,
    });
  });
});

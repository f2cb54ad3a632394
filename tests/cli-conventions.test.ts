import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bash, cli, records, root } from "./support/cli.js";

// The conventions command-line users expect of a Unix tool: -V, -q, --color,
// and .TXT files in a walk. Every test runs the built dist/cli.js as a process.
const work = mkdtempSync(join(tmpdir(), "syndicated-article-cli-conventions-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const version = `${JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version}\n`;
const ONE = "fixtures/cli/one.txt";
const USAGE = (message: string) => ({
  stdout: "",
  stderr: `syndicated-article: ${message} Try 'syndicated-article --help'.\n`,
  status: 2,
});

describe("command-line conventions", { timeout: 30_000 }, () => {
  it("prints the version with -V as with -v and --version", () => {
    for (const flag of ["-V", "-v", "--version"]) {
      expect(cli([flag])).toEqual({ stdout: version, stderr: "", status: 0 });
    }
    // After --, -V is an operand like any other.
    expect(cli(["--", "-V"])).toEqual({
      stdout: "",
      stderr: "-V: not-found: No such file or directory.\n",
      status: 1,
    });
  });

  it("-q leaves the warnings out and keeps the errors and the exit status", () => {
    // fixtures/cli/warn.txt: its `Original:` is no link, a warning.
    expect(cli(["fixtures/cli/warn.txt"]).stderr).toBe(
      'fixtures/cli/warn.txt:5:11: invalid-url: "not a link" is not a web link; it does not fill originalUrl.\n',
    );
    const quiet = cli(["-q", "-f", "json", "--no-spans", "fixtures/cli/warn.txt"]);
    expect([quiet.stderr, quiet.status]).toEqual(["", 0]);
    expect(JSON.parse(quiet.stdout).headline).toBe("Title");
    expect(cli(["--quiet", "--strict", "fixtures/cli/warn.txt"])).toMatchObject({
      stderr: "",
      status: 1,
    });
    // fixtures/cli/feed.txt holds warnings only (lines 5 and 11), an empty file an error: only the error shows.
    const feed = cli(["-q", "-f", "ndjson", "fixtures/cli/feed.txt", "fixtures/cli/bad/empty.txt"]);
    expect(feed.stderr).toBe(
      "fixtures/cli/bad/empty.txt:1:1: empty-input: The text is empty or holds only white space.\n",
    );
    expect(feed.status).toBe(1);
    expect(records(feed.stdout).map((r) => r.index)).toEqual([0, 1, 2]);
    // A missing file is an error: still reported.
    expect(cli(["-q", "nowhere/missing.txt"])).toEqual({
      stdout: "",
      stderr: "nowhere/missing.txt: not-found: No such file or directory.\n",
      status: 1,
    });
  });

  it("-q also silences the warnings of decoding and binary input, from a file or a stream", () => {
    const latin1 = readFileSync(join(root, "fixtures/cli/latin1.txt"));
    expect(cli(["-q", "-f", "ndjson", "fixtures/cli/latin1.txt"]).stderr).toBe("");
    expect(cli(["-q", "-f", "ndjson"], { input: latin1 })).toMatchObject({ stderr: "", status: 0 });
    const binary = new Uint8Array([0, 1, 2, 84, 10, 10, 66, 46, 10]);
    writeFileSync(join(work, "binary.txt"), binary);
    expect(cli(["-q", join(work, "binary.txt")])).toEqual({ stdout: "", stderr: "", status: 0 });
    expect(cli(["-q"], { input: binary })).toEqual({ stdout: "", stderr: "", status: 0 });
    expect(cli(["-q", "--strict"], { input: binary }).status).toBe(1);
  });

  it("accepts --color, --color=WHEN and --no-color, and prints no colour whatever they say", () => {
    const plain = cli([ONE]);
    expect(plain.status).toBe(0);
    for (const args of [
      ["--color", ONE],
      ["--color=always", ONE],
      ["--color=never", ONE],
      ["--color=auto", ONE],
      ["--no-color", ONE],
    ]) {
      expect(cli(args)).toEqual(plain);
    }
    expect(plain.stdout).not.toContain("\u001b");
    expect(cli(["--color=sometimes", ONE])).toEqual(
      USAGE('--color must be one of always, never, auto, not "sometimes".'),
    );
    const withEnv = bash(`NO_COLOR=1 "$NODE" "$CLI_JS" ${ONE}`);
    expect(withEnv).toEqual(plain);
  });

  it("walks .txt files whatever the case of their extension", () => {
    const tree = join(work, "exports");
    mkdirSync(join(tree, "sub"), { recursive: true });
    const files: Record<string, string> = {
      "a.txt": "Alpha\n\nAlpha body.\n",
      "B.TXT": "Bravo\n\nBravo body.\n",
      "sub/c.Txt": "Charlie\n\nCharlie body.\n",
      "d.text": "Delta\n\nNot a .txt file.\n",
      "e.txt.bak": "Echo\n\nNot a .txt file.\n",
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(tree, name), text);
    const { stdout, stderr, status } = cli([tree]);
    expect([stderr, status]).toEqual(["", 0]);
    expect(records(stdout).map((r) => [r.file, r.article.headline])).toEqual([
      [join(tree, "B.TXT"), "Bravo"],
      [join(tree, "a.txt"), "Alpha"],
      [join(tree, "sub/c.Txt"), "Charlie"],
    ]);
    // --out names each .json after its input, without the extension in any case.
    const out = join(work, "json");
    expect(cli(["--out", out, tree])).toEqual({ stdout: "", stderr: "", status: 0 });
    expect(readdirSync(out, { recursive: true }).sort()).toEqual([
      "B.json",
      "a.json",
      "sub",
      "sub/c.json",
    ]);
  });

  it("--help lists -q, --color and -V", () => {
    const { stdout, status } = cli(["--help"]);
    expect(status).toBe(0);
    expect(stdout).toContain("  -q, --quiet ");
    expect(stdout).toContain("      --color[=WHEN] ");
    expect(stdout).toContain("  -v, -V, --version ");
    expect(stdout).toContain(".txt files (any case: .TXT too)");
  });
});

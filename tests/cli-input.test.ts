import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bash, cli, records, root } from "./support/cli.js";

// What the tool reads: binary files, bytes on standard input, walks and FIFOs.
// Every test runs the built dist/cli.js as a process.
const work = mkdtempSync(join(tmpdir(), "syndicated-article-cli-input-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const NOBODY = 65534;

/** Whether a user who is neither owner nor in the group can enter every folder down to `path`. */
function othersCanEnter(path: string): boolean {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dir === dirname(dir)) return true;
  }
}

/** Makes every folder below `dir` enterable and every file readable by all. */
function openToAll(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) openToAll(path);
    else chmodSync(path, entry.isFile() && (statSync(path).mode & 0o100) !== 0 ? 0o755 : 0o644);
  }
}

/**
 * A temp folder another user can reach, holding what the tool needs to run as that user: the
 * project may sit in a folder only root can enter (a clone under `mktemp -d`), so the built tool,
 * package.json and zod are copied there, and node too when its own folder is closed to others.
 */
function forAnotherUser(): { dir: string; script: string; node: string } {
  const candidates = [tmpdir(), "/tmp", "/var/tmp", "/dev/shm"];
  const parent = candidates.find((path) => existsSync(path) && othersCanEnter(path));
  if (parent === undefined) {
    throw new Error(`No temp folder that other users can enter: tried ${candidates.join(", ")}`);
  }
  const dir = mkdtempSync(join(parent, "syndicated-article-other-user-"));
  const copy = join(dir, "package");
  mkdirSync(join(copy, "dist"), { recursive: true });
  copyFileSync(join(root, "package.json"), join(copy, "package.json"));
  // The command and the library entries and chunks it imports.
  cpSync(join(root, "dist"), join(copy, "dist"), {
    recursive: true,
    filter: (path) => !path.endsWith(".map") && !path.endsWith(".d.ts") && !path.endsWith(".d.cts"),
  });
  const zod = dirname(createRequire(join(root, "package.json")).resolve("zod/package.json"));
  cpSync(zod, join(copy, "node_modules/zod"), { recursive: true });
  let node = process.execPath;
  if (!othersCanEnter(dirname(node)) || (statSync(node).mode & 0o001) === 0) {
    node = join(dir, "node");
    copyFileSync(process.execPath, node);
  }
  openToAll(dir);
  return { dir, script: join(copy, "dist/cli.js"), node };
}

const write = (name: string, content: string | Uint8Array) => {
  const path = join(work, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  return path;
};
const bytes = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const BINARY =
  "binary-file: A NUL byte in its first 8 KiB: taken for a binary file and skipped (--binary parses it anyway).";
const NOT_UTF8 =
  "not-utf8: The bytes are not valid UTF-8; they were read as windows-1252 (Latin-1).";

describe("binary input", { timeout: 30_000 }, () => {
  // An ELF-like header, then text: what `syndicated-article /bin/ls` meets.
  const elf = write("prog.txt", bytes("\x7fELF\x02\x01\x01\x00\x00\x00Title\n\nBody text.\n"));

  it("skips a file with a NUL in its first 8 KiB, with a warning naming it", () => {
    expect(cli([elf])).toEqual({ stdout: "", stderr: `${elf}: ${BINARY}\n`, status: 0 });
    expect(cli(["--strict", elf]).status).toBe(1);
  });

  it("parses it anyway with --binary", () => {
    const { stdout, stderr, status } = cli(["-f", "json", "--binary", "--no-spans", elf]);
    expect(status).toBe(0);
    // DEL, the first character, is a control character the parser keeps and warns about.
    expect(stderr.split("\n")).toEqual([
      expect.stringMatching(`^${elf}:1:1: control-character: `),
      "",
    ]);
    expect(JSON.parse(stdout).headline).toBe("\x7fELF\x02\x01\x01\x00\x00\x00Title");
  });

  it("reads a NUL after the first 8 KiB as text, and UTF-16 with a BOM (full of NULs) as text", () => {
    const late = write("late.txt", `Late\n\n${"a ".repeat(4200)}\u0000 end.\n`);
    expect(JSON.parse(cli(["-f", "json", "--no-spans", late]).stdout).headline).toBe("Late");
    const utf16 = write("utf16.txt", Buffer.from("\ufeffWide\n\nIn UTF-16.\n", "utf16le"));
    expect(cli(["--no-spans", utf16])).toMatchObject({ stderr: "", status: 0 });
    expect(
      JSON.parse(cli(["-f", "json", "--no-spans", utf16]).stdout).sections[0].paragraphs,
    ).toEqual(["In UTF-16."]);
  });

  it("skips binary standard input the same way", () => {
    expect(cli([], { input: bytes("\x00\x01\x02Title\n\nBody.\n") })).toEqual({
      stdout: "",
      stderr: `<stdin>: ${BINARY}\n`,
      status: 0,
    });
  });

  it("skips a binary .txt in a walk and goes on with the others", () => {
    write("walk/a.txt", "Alpha\n\nAlpha body.\n");
    const bin = write("walk/b.txt", bytes("\x00\x00\x00\x01"));
    write("walk/c.txt", "Charlie\n\nCharlie body.\n");
    const { stdout, stderr, status } = cli([join(work, "walk")]);
    expect([stderr, status]).toEqual([`${bin}: ${BINARY}\n`, 0]);
    expect(records(stdout).map((r) => r.article.headline)).toEqual(["Alpha", "Charlie"]);
  });
});

describe("standard input is decoded like a file", { timeout: 30_000 }, () => {
  const same = (file: string, input: Uint8Array | string, args: string[] = []) => {
    const fromFile = cli(["-f", "ndjson", ...args, file]);
    const fromStdin = cli(["-f", "ndjson", ...args], { input });
    expect(fromStdin.status).toBe(fromFile.status);
    expect(fromStdin.stdout).toBe(fromFile.stdout.replaceAll(JSON.stringify(file), '"<stdin>"'));
    expect(fromStdin.stderr).toBe(fromFile.stderr.replaceAll(file, "<stdin>"));
    return fromStdin;
  };

  it("reads bytes that are not UTF-8 as windows-1252, with the not-utf8 warning", () => {
    const input = readFileSync(join(root, "fixtures/cli/latin1.txt"));
    const run = same("fixtures/cli/latin1.txt", input, ["--no-spans"]);
    expect(run.stderr).toBe(`<stdin>:1:1: ${NOT_UTF8}\n`);
    expect(records(run.stdout)[0]?.article.sections[0].paragraphs).toEqual(["Café au lait."]);
  });

  it("reads UTF-16 with a BOM, little- and big-endian", () => {
    const text = "Wide Title\n\nIn UTF-16.\n";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    for (const input of [le, be]) {
      const run = cli(["-f", "ndjson", "--no-spans"], { input });
      expect([run.stderr, run.status]).toEqual(["", 0]);
      expect(records(run.stdout)[0]?.article).toMatchObject({
        headline: "Wide Title",
        sections: [{ heading: null, paragraphs: ["In UTF-16."] }],
      });
    }
  });

  it("drops a UTF-8 BOM, so spans are those of the file", () => {
    const path = write("bom.txt", "\ufeffTitle\n\nBody.\n");
    same(path, readFileSync(path));
  });

  it("handles a form feed inside a line as a file does, even where a pipe chunk ends", () => {
    // The pipe hands over 64 KiB at a time: put the form feed on that boundary.
    let text = "Title\n\n";
    while (text.length < 65_500) text += "Some words of the body.\n\n";
    text = `${text.padEnd(65_535, "x")}a\fb more.\n\nEnd.\n`;
    const path = write("formfeed.txt", text);
    const run = same(path, text);
    expect(records(run.stdout)).toHaveLength(1);
    const short = write("formfeed-short.txt", "Title\n\nBody one \f more text.\n");
    same(short, "Title\n\nBody one \f more text.\n");
  });
});

describe("walks and operands that are not regular files", { timeout: 30_000 }, () => {
  it("reports an unreadable subdirectory and walks on past it", () => {
    // Root reads any directory: as root, the walk runs as an ordinary user (nobody) instead.
    const other = process.getuid?.() === 0 ? forAnotherUser() : null;
    const tree = join(other?.dir ?? work, "tree");
    const put = (name: string, content: string) => {
      mkdirSync(dirname(join(tree, name)), { recursive: true });
      writeFileSync(join(tree, name), content);
    };
    put("a/1.txt", "One\n\nBody one.\n");
    put("b/2.txt", "Two\n\nBody two.\n");
    put("c/3.txt", "Three\n\nBody three.\n");
    put("z.txt", "Zed\n\nBody zed.\n");
    if (other) openToAll(tree);
    chmodSync(join(tree, "b"), 0o000);
    try {
      const { stdout, stderr, status } = cli(
        [tree],
        other ? { uid: NOBODY, cwd: other.dir, node: other.node, script: other.script } : {},
      );
      expect(stderr).toBe(`${join(tree, "b")}: unreadable: Permission denied.\n`);
      expect(status).toBe(1);
      expect(records(stdout).map((r) => r.file)).toEqual([
        join(tree, "a/1.txt"),
        join(tree, "c/3.txt"),
        join(tree, "z.txt"),
      ]);
    } finally {
      chmodSync(join(tree, "b"), 0o755);
      if (other) rmSync(other.dir, { recursive: true, force: true });
    }
  });

  it("reads a FIFO operand with no writer as empty and goes on to the files after it", () => {
    const fifo = join(work, "fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    // A hang would be killed at the spawn's timeout, with no status.
    const { stdout, stderr, status } = cli([
      "fixtures/cli/one.txt",
      fifo,
      "fixtures/cli/tree/a.txt",
    ]);
    expect(stderr).toBe(`${fifo}:1:1: empty-input: The text is empty or holds only white space.\n`);
    expect(status).toBe(1);
    expect(records(stdout).map((r) => r.article.headline)).toEqual([
      "Talks Resume in Florida",
      "Alpha",
    ]);
  });

  it("reads a pipe operand that has a writer, like standard input, in its turn", () => {
    const { stdout, stderr, status } = bash(
      '"$NODE" "$CLI_JS" -f ndjson fixtures/cli/tree/a.txt <(cat fixtures/cli/one.txt) fixtures/cli/tree/Z.txt',
    );
    expect([stderr, status]).toEqual(["", 0]);
    expect(records(stdout).map((r) => r.article.headline)).toEqual([
      "Alpha",
      "Talks Resume in Florida",
      "Zulu",
    ]);
  });

  it("skips a FIFO found in a walk", () => {
    write("withfifo/a.txt", "Alpha\n\nAlpha body.\n");
    expect(spawnSync("mkfifo", [join(work, "withfifo/b.txt")]).status).toBe(0);
    write("withfifo/c.txt", "Charlie\n\nCharlie body.\n");
    const { stdout, stderr, status } = cli([join(work, "withfifo")]);
    expect([stderr, status]).toEqual(["", 0]);
    expect(records(stdout).map((r) => r.article.headline)).toEqual(["Alpha", "Charlie"]);
  });
});

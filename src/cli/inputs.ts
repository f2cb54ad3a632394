import { type Dirent, readdirSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { readError } from "./work.js";

/**
 * One thing to parse: a regular file (read whole, possibly on a worker
 * thread), a stream (standard input, or a FIFO or device named as an operand:
 * read as it arrives, on the main thread), or a problem found while listing
 * the operands, reported in its turn.
 */
export interface Input {
  kind: "file" | "stream" | "problem";
  /** The path to read (empty for standard input). */
  path: string;
  /** The name used in messages and records. */
  name: string;
  /** Where its `.json` goes under `--out`, relative to that directory. */
  outPath: string;
  /** For a problem: the `name: code: message` line. */
  problem?: string;
}

/** The inputs named on the command line. */
export interface Expanded {
  inputs: Input[];
  /** One operand, a file or standard input: each input must hold one article under `json`. */
  single: boolean;
}

/** The name standard input goes by in messages and records. */
export const STDIN_NAME = "<stdin>";

/**
 * Turns operands into inputs, in the order given: `-` is standard input, a
 * directory gives its regular `.txt` files and export files (`.docx`, `.html`,
 * `.htm`, `.xml`, `.rtf`; in any case: `.TXT` too) at any depth in sorted (code-unit) order (a subdirectory that cannot be read is a
 * problem; the walk goes on),
 * a FIFO or device is read as a stream, and anything else is a file, even if
 * missing, so its error is reported in turn.
 */
export function expandOperands(operands: readonly string[]): Expanded {
  const inputs: Input[] = [];
  if (operands.length === 0) operands = ["-"];
  let directories = 0;
  for (const operand of operands) {
    if (operand === "-") {
      inputs.push({ kind: "stream", path: "", name: STDIN_NAME, outPath: "stdin.json" });
      continue;
    }
    let kind: "directory" | "file" | "stream" = "file";
    try {
      const stat = statSync(operand);
      kind = stat.isDirectory() ? "directory" : stat.isFile() ? "file" : "stream";
    } catch {
      // Missing or unreadable: reported when it is read, in input order.
    }
    if (kind !== "directory") {
      inputs.push({ kind, path: operand, name: operand, outPath: jsonName(basename(operand)) });
      continue;
    }
    directories++;
    const before = inputs.length;
    walk(operand, operand, inputs);
    if (inputs.length === before) {
      inputs.push(
        problem(
          operand,
          `${operand}: no-input: No .txt or export file (.docx, .html, .htm, .xml, .rtf) in this directory.`,
        ),
      );
    }
  }
  return { inputs, single: operands.length === 1 && directories === 0 };
}

function problem(name: string, line: string): Input {
  return { kind: "problem", path: name, name, outPath: "", problem: line };
}

function walk(root: string, dir: string, into: Input[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    into.push(problem(dir, `${dir}: ${readError(error)}`));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const isDirectory = entry.isDirectory();
    // Only regular files: a FIFO or device found in a walk is skipped, as it
    // could block the walk or never end.
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Links to files are followed; links to directories are not (no cycles).
      try {
        isFile = statSync(path).isFile();
      } catch {
        continue; // a dangling link is not a text file
      }
    }
    if (isDirectory) walk(root, path, into);
    else if (isFile && TAKEN.test(entry.name)) {
      const outPath = jsonName(relative(root, path).split(sep).join("/"));
      into.push({ kind: "file", path, name: path, outPath });
    }
  }
}

/**
 * The names a walk takes: `.txt`, and the export files of news databases
 * (read by their content, whatever their name), in any case, as exports from
 * other systems write them.
 */
const TAKEN = /\.(?:txt|docx|html?|xml|rtf)$/i;

/** `a/b.txt` (or `a/b.TXT`, `a/b.docx`) → `a/b.json`. */
function jsonName(path: string): string {
  const m = TAKEN.exec(path);
  return `${m ? path.slice(0, m.index) : path}.json`;
}

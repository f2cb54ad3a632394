import { readdirSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { readError } from "./work.js";

/** One thing to parse: a file, or standard input. */
export interface Input {
  kind: "file" | "stdin";
  /** The path to read (empty for stdin). */
  path: string;
  /** The name used in messages and records. */
  name: string;
  /** Where its `.json` goes under `--out`, relative to that directory. */
  outPath: string;
}

/** The inputs named on the command line, and problems with operands that hold none. */
export interface Expanded {
  inputs: Input[];
  problems: string[];
  /** One operand, a file or standard input: output defaults to that Article as JSON. */
  single: boolean;
}

/** The name standard input goes by in messages and records. */
export const STDIN_NAME = "<stdin>";

/**
 * Turns operands into inputs, in the order given: `-` is standard input, a
 * directory gives its `.txt` files at any depth in sorted (code-unit) order, and
 * anything else is a file, even if missing, so its error is reported in turn.
 */
export function expandOperands(operands: readonly string[]): Expanded {
  const inputs: Input[] = [];
  const problems: string[] = [];
  if (operands.length === 0) operands = ["-"];
  let directories = 0;
  for (const operand of operands) {
    if (operand === "-") {
      inputs.push({ kind: "stdin", path: "", name: STDIN_NAME, outPath: "stdin.json" });
      continue;
    }
    let isDirectory = false;
    try {
      isDirectory = statSync(operand).isDirectory();
    } catch {
      // Missing or unreadable: reported when it is read, in input order.
    }
    if (!isDirectory) {
      inputs.push({
        kind: "file",
        path: operand,
        name: operand,
        outPath: jsonName(basename(operand)),
      });
      continue;
    }
    directories++;
    const before = inputs.length;
    try {
      walk(operand, operand, inputs);
    } catch (error) {
      problems.push(`${operand}: ${readError(error)}`);
      continue;
    }
    if (inputs.length === before)
      problems.push(`${operand}: no-input: No .txt file in this directory.`);
  }
  return { inputs, problems, single: operands.length === 1 && directories === 0 };
}

function walk(root: string, dir: string, into: Input[]): void {
  const entries = readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const isDirectory = entry.isDirectory();
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
    else if (isFile && entry.name.endsWith(".txt")) {
      const outPath = jsonName(relative(root, path).split(sep).join("/"));
      into.push({ kind: "file", path, name: path, outPath });
    }
  }
}

/** `a/b.txt` → `a/b.json`. */
function jsonName(path: string): string {
  return `${path.endsWith(".txt") ? path.slice(0, -4) : path}.json`;
}

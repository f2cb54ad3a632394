// The inputs of a run, found as the command finds them: a directory gives its
// .txt files (in any case: a Nexis export is .TXT) at any depth in sorted
// (code-unit) order, named by the directory as given joined with their path,
// so records carry the same `file` as the command's.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every .txt file under `operand` (or `operand` itself when it is a file). */
export function listFiles(operand) {
  if (!statSync(operand).isDirectory()) return [operand];
  const files = [];
  walk(operand, files);
  return files;
}

function walk(dir, into) {
  const entries = readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isFile = entry.isFile();
    const isDirectory = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      // Links to files are followed; links to directories are not.
      try {
        isFile = statSync(path).isFile();
      } catch {
        continue;
      }
    }
    if (isDirectory) walk(path, into);
    else if (isFile && entry.name.toLowerCase().endsWith(".txt")) into.push(path);
  }
}

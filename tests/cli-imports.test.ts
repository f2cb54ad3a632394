import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

// The command-line tool reaches the core through two modules only: the public
// surface (src/index.ts) and the internal entry (src/internal.ts), so the
// core's files can move without touching the tool; and the export-file reader
// through its own public entry (src/files/index.ts).
const dir = join(import.meta.dirname, "..", "src", "cli");

it("imports the core only through src/index.ts and src/internal.ts, the reader through src/files/index.ts", () => {
  const outside: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    const source = readFileSync(join(dir, file), "utf8");
    for (const [, path] of source.matchAll(/from "(\.\.\/[^"]*)"/g)) {
      const entries = ["../index.js", "../internal.js", "../files/index.js"];
      if (!entries.includes(path as string)) outside.push(`${file}: ${path}`);
    }
  }
  expect(outside).toEqual([]);
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

// The command-line tool reaches the core through two modules only: the public
// surface (src/index.ts) and the internal entry (src/internal.ts), so the
// core's files can move without touching the tool.
const dir = join(import.meta.dirname, "..", "src", "cli");

it("imports the core only through src/index.ts and src/internal.ts", () => {
  const outside: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    const source = readFileSync(join(dir, file), "utf8");
    for (const [, path] of source.matchAll(/from "(\.\.\/[^"]*)"/g)) {
      if (path !== "../index.js" && path !== "../internal.js") outside.push(`${file}: ${path}`);
    }
  }
  expect(outside).toEqual([]);
});

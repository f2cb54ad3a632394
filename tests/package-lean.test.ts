import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

// The built package holds one copy of the library, and source maps that name
// the sources without holding them (the package ships no src/).
const dist = join(import.meta.dirname, "..", "dist");
const read = (name: string) => readFileSync(join(dist, name), "utf8");

it("the command-line tool imports the library's built entries instead of bundling them", () => {
  const cli = read("cli.js");
  expect(cli).toMatch(/from "\.\/index\.js";/);
  expect(cli).toMatch(/from "\.\/internal\.js";/);
  // A class of the core is declared once for each module format: in the shared ESM chunk and in the CommonJS entry.
  const declaring = readdirSync(dist).filter(
    (name) => /\.(c?js)$/.test(name) && read(name).includes("FeedSplitter = class"),
  );
  expect(declaring.sort()).toEqual([expect.stringMatching(/^chunk-[A-Z0-9]+\.js$/), "index.cjs"]);
});

it("no source map carries the sources' text", () => {
  const maps = readdirSync(dist).filter((name) => name.endsWith(".map"));
  expect(maps.length).toBeGreaterThan(0);
  for (const map of maps) {
    expect(JSON.parse(read(map)).sourcesContent, map).toBeUndefined();
  }
});

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { articleSchema } from "../src/index.js";

// What the guides state about the code — the Article's fields, the built-in
// languages, the bundle sizes — is written by scripts/docs-facts.mjs from the
// schema, the locales and the size-limit run; this fails when a guide has
// drifted from them (run `npm run docs:facts`).
const root = join(import.meta.dirname, "..");

it("README.md and docs/recipes.md state the fields, languages and sizes the code has", {
  timeout: 120_000,
}, () => {
  const run = spawnSync(process.execPath, ["scripts/docs-facts.mjs", "--check"], {
    cwd: root,
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect([run.stdout, run.status]).toEqual(["the guides agree with the code\n", 0]);
});

it("the Article guide's table has a row for every field of the schema", () => {
  const guide = readFileSync(join(root, "docs", "article-model.md"), "utf8");
  const rows = guide
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .flatMap((line) => (line.split("|")[1] ?? "").trim().split(", "));
  const missing = Object.keys(articleSchema.shape).filter((key) => !rows.includes(`\`${key}\``));
  expect(missing).toEqual([]);
});

// Vitest global setup: the command-line, schema and browser tests use the built
// package (dist/, schema.json). Build it unless it is newer than every file it is
// built from, so that `npm test` (which builds first) builds once, and a bare
// `npx vitest run` on a fresh clone still works.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** What the build reads. */
const INPUTS = [
  "src",
  "package.json",
  "tsconfig.json",
  "tsup.config.ts",
  "scripts/build-schema.mjs",
  "scripts/article-json-schema.mjs",
];
/** What the build writes (dist/ holds more, all written in the same run). */
const OUTPUTS = [
  "dist/index.js",
  "dist/index.cjs",
  "dist/index.d.ts",
  "dist/cli.js",
  "schema.json",
];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Whether the built package is missing or older than one of its inputs. */
export function buildIsStale(): boolean {
  const outputs = OUTPUTS.map((p) => join(root, p));
  if (!outputs.every((p) => existsSync(p))) return true;
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const inputs = INPUTS.map((p) => join(root, p)).filter((p) => existsSync(p));
  return Math.max(...inputs.map(newest)) > built;
}

export default function setup(): void {
  if (!buildIsStale()) return;
  const run = (script: string, ...args: string[]) =>
    execFileSync(process.execPath, [script, ...args], { cwd: root, stdio: "inherit" });
  run("node_modules/tsup/dist/cli-default.js", "--silent");
  run("scripts/build-schema.mjs", "--silent");
}

// The built package, packed and installed as a consumer installs it, run under
// every JavaScript runtime a user may have: Node 20 (the one running this
// script), Node 22 and 24, Bun and Deno. Each runs the same checks (ESM import,
// CommonJS require, text, bytes, feeds, streams, the schema; see
// runtime-smoke/check.mjs) and the command-line tool (--help, one file, a
// directory on worker threads). The other runtimes come from the npm registry,
// each into its own folder under node_modules/.cache/runtimes (so a fresh
// `npm ci` starts over). Needs a build (dist/, schema.json).
//
//   node scripts/runtime-smoke.mjs            every runtime
//   SMOKE_RUNTIMES=bun,deno node scripts/...  some of them
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const here = join(root, "scripts", "runtime-smoke");
const cache = join(root, "node_modules", ".cache", "runtimes");
const zodVersion = JSON.parse(
  readFileSync(join(root, "node_modules", "zod", "package.json"), "utf8"),
).version;
const expected = JSON.parse(readFileSync(join(root, "fixtures", "seed-article.expected.json")));

/** Each runtime: the npm package that brings it (none: this Node) and how it runs a script. */
const RUNTIMES = [
  { id: "node20", name: "Node 20", package: null, bin: process.execPath, run: [] },
  { id: "node22", name: "Node 22", package: "node@22", bin: "node", run: [] },
  { id: "node24", name: "Node 24", package: "node@24", bin: "node", run: [] },
  { id: "bun", name: "Bun", package: "bun@1", bin: "bun", run: [] },
  // -A: the checks read fixtures, and the tool reads files and starts workers.
  { id: "deno", name: "Deno", package: "deno@2", bin: "deno", run: ["run", "-A"] },
];

const wanted = process.env.SMOKE_RUNTIMES?.split(",").map((s) => s.trim());
const runtimes = wanted ? RUNTIMES.filter((r) => wanted.includes(r.id)) : RUNTIMES;
if (runtimes.length === 0) {
  console.error(`SMOKE_RUNTIMES names none of ${RUNTIMES.map((r) => r.id).join(", ")}`);
  process.exit(2);
}

const npm = (args, cwd) =>
  execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** Installs a runtime's npm package into its own folder, once; returns its binary. */
function install(runtime) {
  if (runtime.package === null) return runtime.bin;
  const dir = join(cache, runtime.package.replace(/[@/]/g, "-"));
  const bin = join(dir, "node_modules", ".bin", runtime.bin);
  if (existsSync(bin)) return bin;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), '{ "private": true }\n');
  const started = Date.now();
  npm(["install", "--no-audit", "--no-fund", "--no-package-lock", runtime.package], dir);
  console.log(`installed ${runtime.package} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return bin;
}

const work = mkdtempSync(join(tmpdir(), "syndicated-article-runtimes-"));
const rows = [];
let failures = 0;
try {
  const packed = JSON.parse(npm(["pack", "--json", "--pack-destination", work], root));
  const project = join(work, "consumer");
  mkdirSync(project);
  writeFileSync(
    join(project, "package.json"),
    `${JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2)}\n`,
  );
  for (const file of ["check.mjs", "esm.mjs", "cjs.cjs"]) {
    copyFileSync(join(here, file), join(project, file));
  }
  for (const file of ["seed-article.txt", "seed-article.expected.json"]) {
    copyFileSync(join(root, "fixtures", file), join(project, file));
  }
  mkdirSync(join(project, "tree"));
  for (const file of ["a.txt", "Z.txt"]) {
    copyFileSync(join(root, "fixtures", "cli", "tree", file), join(project, "tree", file));
  }
  npm(
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      join(work, packed[0].filename),
      `zod@${zodVersion}`,
    ],
    project,
  );
  const cli = join("node_modules", "syndicated-article", "dist", "cli.js");

  /** The checks of one runtime: each is [what, args, test of the finished process]. */
  const checks = [
    ["ESM import", ["esm.mjs"], (r) => r.stdout.startsWith("esm: 6 checks passed")],
    ["CommonJS require", ["cjs.cjs"], (r) => r.stdout.startsWith("cjs: 6 checks passed")],
    ["CLI --help", [cli, "--help"], (r) => r.stdout.startsWith("Usage: syndicated-article")],
    [
      "CLI one file",
      [cli, "-f", "json", "seed-article.txt"],
      (r) => JSON.parse(r.stdout).headline === expected.headline,
    ],
    [
      "CLI directory, 2 threads",
      [cli, "--jobs", "2", "tree"],
      (r) =>
        r.stdout
          .trim()
          .split("\n")
          .map((line) => JSON.parse(line).article.headline)
          .join() === "Zulu,Alpha",
    ],
  ];

  for (const runtime of runtimes) {
    const started = Date.now();
    let version = "?";
    const results = [];
    try {
      const bin = install(runtime);
      version =
        execFileSync(bin, ["--version"], { encoding: "utf8" }).match(/\d+\.\d+\.\d+/)?.[0] ?? "?";
      for (const [what, args, passes] of checks) {
        const r = spawnSync(bin, [...runtime.run, ...args], {
          cwd: project,
          encoding: "utf8",
          timeout: 60_000,
          env: { ...process.env, NO_COLOR: "1" },
        });
        let passed = false;
        try {
          passed = r.status === 0 && passes(r);
        } catch {
          // unparsable output: a failure, shown below
        }
        results.push(passed ? "pass" : "FAIL");
        if (!passed) {
          failures++;
          console.error(`${runtime.name}: ${what} failed (status ${r.status ?? r.signal})`);
          console.error(`${r.stdout}${r.stderr}`.trim().split("\n").slice(0, 20).join("\n"));
        }
      }
    } catch (error) {
      failures++;
      results.push(`FAIL: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
      console.error(`${runtime.name}: ${results.at(-1)}`);
    }
    rows.push([runtime.name, version, results.join(" "), `${Date.now() - started} ms`]);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(
  "\nruntime | version | ESM, CJS, CLI --help, CLI file, CLI directory | time\n--- | --- | --- | ---",
);
for (const row of rows) console.log(row.join(" | "));
if (failures > 0) {
  console.error(`\n${failures} runtime check(s) failed`);
  process.exit(1);
}
console.log(`\nruntime smoke test passed on ${rows.length} runtime(s)`);

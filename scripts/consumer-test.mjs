// Packs the package and uses the tarball as a consumer would: installs it with
// zod into a fresh project, type-checks a strict TypeScript consumer under
// moduleResolution node16 and bundler, then runs it as ESM and from CommonJS.
// Needs a build (dist/, schema.json). Installs from npm's cache when it can.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const here = join(root, "scripts", "consumer");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const zodVersion = JSON.parse(
  readFileSync(join(root, "node_modules", "zod", "package.json"), "utf8"),
).version;
const seed = join(root, "fixtures", "seed-article.txt");

const run = (command, args, cwd) => {
  console.log(`$ ${[command, ...args].join(" ")}`);
  execFileSync(command, args, { cwd, stdio: "inherit" });
};

const work = mkdtempSync(join(tmpdir(), "syndicated-article-consumer-"));
try {
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", work], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    }),
  );
  const tarball = join(work, packed[0].filename);
  const project = join(work, "consumer");
  execFileSync("mkdir", [project]);
  writeFileSync(
    join(project, "package.json"),
    `${JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2)}\n`,
  );
  for (const file of ["consumer.ts", "consumer.cts", "esm.mjs", "cjs.cjs"]) {
    copyFileSync(join(here, file), join(project, file));
  }
  const strict = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    target: "ES2022",
    // zod's declarations use the global URL type, which DOM (or @types/node) provides.
    lib: ["ES2022", "DOM"],
    types: [],
    skipLibCheck: false,
  };
  const tsconfig = (name, options, files) =>
    writeFileSync(
      join(project, name),
      JSON.stringify({ compilerOptions: { ...strict, ...options }, files }, null, 2),
    );
  tsconfig(
    "tsconfig.node16.json",
    { module: "node16", moduleResolution: "node16", outDir: "out" },
    ["consumer.ts", "consumer.cts"],
  );
  tsconfig(
    "tsconfig.bundler.json",
    { module: "preserve", moduleResolution: "bundler", noEmit: true },
    ["consumer.ts"],
  );

  run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, `zod@${zodVersion}`],
    project,
  );
  run("node", [tsc, "-p", "tsconfig.bundler.json"], project);
  run("node", [tsc, "-p", "tsconfig.node16.json"], project);
  run("node", ["esm.mjs", seed], project);
  run("node", ["cjs.cjs", seed], project);
  console.log("consumer test passed: node16 and bundler types, ESM and CommonJS");
} finally {
  rmSync(work, { recursive: true, force: true });
}

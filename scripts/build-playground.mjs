// Builds the playground page into the API site (docs/api/playground/), after
// `typedoc` has written the site. The page is static: one HTML file, one
// stylesheet and one classic script (no modules, so it also runs from
// file://), with the library's own build (dist/index.js) and zod bundled in.
// The parsing runs in a worker whose code the page script carries as a string.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "site", "playground");
const out = join(root, "docs", "api", "playground");
const distEntry = join(root, "dist", "index.js");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

// The page runs the built package: build it when it is not there yet.
if (!existsSync(distEntry)) {
  execFileSync(
    process.execPath,
    [join(root, "node_modules", "tsup", "dist", "cli-default.js"), "--silent"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
}

// The page imports the library by its source path (so it type-checks with the
// sources); here that import is pointed at the built package.
const useBuiltLibrary = {
  name: "use-built-library",
  setup(b) {
    b.onResolve({ filter: /\/src\/index\.js$/ }, () => ({ path: distEntry }));
  },
};

const common = {
  bundle: true,
  format: "iife",
  target: "es2022",
  platform: "browser",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  write: false,
  plugins: [useBuiltLibrary],
};

const worker = await build({ ...common, entryPoints: [join(source, "worker-entry.ts")] });
const workerSource = worker.outputFiles[0].text;

const page = await build({
  ...common,
  entryPoints: [join(source, "main.ts")],
  define: {
    __VERSION__: JSON.stringify(pkg.version),
    __BUGS_URL__: JSON.stringify(pkg.bugs?.url ?? pkg.homepage ?? ""),
  },
  // A global the page script reads, written once (a `define` would copy it to every use).
  banner: { js: `var __WORKER_SOURCE__ = ${JSON.stringify(workerSource)};` },
});

// The export reader, loaded by the page only when a file may need it: the
// files entry of the built package, taking the core from the global the
// worker sets instead of bundling a second copy of it.
const readerLibrary = {
  name: "reader-library",
  setup(b) {
    b.onResolve({ filter: /\/src\/files\/index\.js$/ }, () => ({
      path: join(root, "dist", "files.js"),
    }));
    b.onResolve({ filter: /^syndicated-article$/ }, () => ({ path: "core", namespace: "global" }));
    b.onLoad({ filter: /.*/, namespace: "global" }, () => ({
      contents: "module.exports = globalThis.__syndicatedArticle;",
    }));
  },
};
const reader = await build({
  ...common,
  plugins: [readerLibrary],
  entryPoints: [join(source, "reader-entry.ts")],
});
const readerSource = reader.outputFiles[0].text;

mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, "playground-reader.js"),
  `var __PLAYGROUND_READER__ = ${JSON.stringify(readerSource)};\n`,
);
writeFileSync(join(out, "playground.js"), page.outputFiles[0].text);
writeFileSync(join(out, "playground.css"), readFileSync(join(source, "style.css")));
writeFileSync(join(out, "index.html"), readFileSync(join(source, "index.html")));
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(
  `playground written to docs/api/playground/ (script ${kB(page.outputFiles[0].contents.length)}, of which worker ${kB(worker.outputFiles[0].contents.length)}; export reader loaded on demand ${kB(reader.outputFiles[0].contents.length)})`,
);

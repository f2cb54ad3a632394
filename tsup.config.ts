import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";

// Source maps name the files and lines of src/ for stack traces, without
// holding the sources themselves, which the package does not ship.
const lean: Options["esbuildOptions"] = (options) => {
  options.sourcesContent = false;
};

/**
 * The command-line tool imports the library through `../index.js` and
 * `../internal.js` only (tests/cli-imports.test.ts): those stay imports, of
 * the built entries beside it, so the package holds one copy of the library.
 */
const libraryEntries: Plugin = {
  name: "library-entries",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/(index|internal)\.js$/ }, (args) => ({
      path: args.path.replace("../", "./"),
      external: true,
    }));
  },
};

export default defineConfig([
  {
    // The library as ESM, and the internal entry the command-line tool
    // imports beside it; the code both share goes into one chunk.
    entry: { index: "src/index.ts", internal: "src/internal.ts" },
    format: ["esm"],
    dts: { entry: { index: "src/index.ts" } },
    splitting: true,
    // The three builds run at once: leave the others' output alone.
    clean: ["!cli.js", "!cli.js.map", "!index.cjs", "!index.cjs.map", "!index.d.cts"],
    sourcemap: true,
    esbuildOptions: lean,
    target: "es2022",
    treeshake: true,
    external: ["zod"],
  },
  {
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: true,
    clean: false,
    sourcemap: true,
    esbuildOptions: lean,
    target: "es2022",
    treeshake: true,
    external: ["zod"],
  },
  {
    // The command-line tool: Node-only, ESM. It is also the script its
    // worker threads run. Its own dependencies (the CSV and Parquet writers)
    // are bundled in; the library is imported from the entries above.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    clean: false,
    sourcemap: true,
    esbuildOptions: lean,
    esbuildPlugins: [libraryEntries],
    external: ["zod"],
  },
]);

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
    // The export reader imports the library by the package's name.
    build.onResolve({ filter: /^syndicated-article$/ }, () => ({
      path: "./index.js",
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
    // The builds run at once: leave the others' output alone.
    clean: ["!cli.js", "!cli.js.map", "!index.cjs", "!index.cjs.map", "!index.d.cts", "!files.*"],
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
    // The export-file reader, `syndicated-article/files`: an entry of its own,
    // so its dependencies (fflate, htmlparser2) stay out of the core's bundle.
    // It imports the core by the package's name, kept external: an app that
    // uses both gets one copy of the core and one `ArticleParseError` class.
    entry: { files: "src/files/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: false,
    sourcemap: true,
    esbuildOptions: lean,
    target: "es2022",
    treeshake: true,
    external: ["zod", "syndicated-article"],
  },
  {
    // The command-line tool: Node-only, ESM. It is also the script its
    // worker threads run. Its own dependencies (the CSV and Parquet writers,
    // the export reader's) are bundled in; the library is imported from the
    // entries above.
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
    noExternal: ["fflate", "htmlparser2"],
  },
]);

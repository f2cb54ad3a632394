import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    // The builds run at once: leave the others' output alone.
    clean: ["!cli.js", "!cli.js.map", "!files.*"],
    sourcemap: true,
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
    target: "es2022",
    treeshake: true,
    external: ["zod", "syndicated-article"],
  },
  {
    // The command-line tool: Node-only, ESM, the core bundled in. It is also
    // the script its worker threads run.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    clean: false,
    sourcemap: true,
    external: ["zod"],
    // The export reader's dependencies bundled in too: the tool stays one
    // file that runs wherever it is copied, beside zod.
    noExternal: ["fflate", "htmlparser2"],
  },
]);

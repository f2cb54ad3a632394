import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    // Both builds run at once: leave the other one's output alone.
    clean: ["!cli.js", "!cli.js.map"],
    sourcemap: true,
    target: "es2022",
    treeshake: true,
    external: ["zod"],
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
  },
]);

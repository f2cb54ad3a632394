import { defineConfig } from "vitest/config";

// The Node suite: every test file except the browser-only ones, the built
// site's (vitest.site.config.ts), the corpus suite (vitest.corpus.config.ts),
// which reads real articles from outside the project, and the ReDoS check
// (vitest.regex.config.ts), which takes a minute.
export default defineConfig({
  // src/files imports the core by its package name (see tsconfig.json's paths).
  resolve: {
    alias: [
      {
        find: /^syndicated-article$/,
        replacement: new URL("./src/index.ts", import.meta.url).pathname,
      },
    ],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**", "tests/corpus/**", "tests/regex/**", "tests/site/**"],
    environment: "node",
    // A line of dots and the totals when the output is not a terminal (CI, a
    // log file); failures are printed in full by either reporter.
    reporters: process.stdout.isTTY ? ["default"] : ["dot"],
    // tests/cli.test.ts runs dist/cli.js as a real process: build.ts builds
    // unless dist/ is newer than every source. seed-setup.ts picks the seed.
    globalSetup: ["tests/support/build.ts", "tests/support/seed-setup.ts"],
    coverage: {
      provider: "v8",
      // The core: the command-line tool runs as a process in its tests and is
      // not measured; src/index.ts only re-exports.
      include: ["src/**/*.ts"],
      exclude: ["src/cli/**", "src/index.ts"],
      // The gate's verdict on the terminal; the table by file in coverage/coverage.txt.
      reporter: ["text-summary", ["text", { skipFull: true, file: "coverage.txt" }]],
      thresholds: { lines: 95 },
    },
  },
});

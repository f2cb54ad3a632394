import { defineConfig } from "vitest/config";

// The Node suite: every test file except the browser-only ones, the built
// site's (vitest.site.config.ts) and the corpus suite (vitest.corpus.config.ts),
// which reads real articles from outside the project.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**", "tests/corpus/**", "tests/site/**"],
    environment: "node",
    // tests/cli.test.ts runs dist/cli.js as a real process: build.ts builds
    // unless dist/ is newer than every source. seed-setup.ts picks the seed.
    globalSetup: ["tests/support/build.ts", "tests/support/seed-setup.ts"],
    coverage: {
      provider: "v8",
      // The core: the command-line tool runs as a process in its tests and is
      // not measured; src/index.ts only re-exports.
      include: ["src/**/*.ts"],
      exclude: ["src/cli/**", "src/index.ts"],
      reporter: ["text-summary", ["text", { skipFull: true }]],
      thresholds: { lines: 95 },
    },
  },
});

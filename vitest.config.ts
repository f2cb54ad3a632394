import { defineConfig } from "vitest/config";

// The Node suite: every test file except the browser-only ones and the
// built site's (vitest.site.config.ts).
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**", "tests/site/**"],
    environment: "node",
    // tests/cli.test.ts runs dist/cli.js as a real process.
    globalSetup: ["tests/support/build.ts"],
  },
});

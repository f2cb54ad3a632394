import { defineConfig } from "vitest/config";

// The Node suite: every test file except the browser-only ones.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**"],
    environment: "node",
    // tests/cli.test.ts runs dist/cli.js as a real process.
    globalSetup: ["tests/support/build.ts"],
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // tests/cli.test.ts runs dist/cli.js as a real process.
    globalSetup: ["tests/support/build.ts"],
  },
});

import { defineConfig } from "vitest/config";

// The built API site and playground (docs/api/, from `npm run docs`), opened
// in Chromium through playwright.
export default defineConfig({
  test: {
    include: ["tests/site/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});

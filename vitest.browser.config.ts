import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";

// The same library in a real browser: Debian's Chromium, driven by Playwright
// (never a downloaded browser build). Suites listed here must not need Node:
// fixtures come in with `?raw` imports.
export default defineConfig({
  test: {
    include: [
      "tests/body.test.ts",
      "tests/dateline.test.ts",
      "tests/dates.test.ts",
      "tests/decode.test.ts",
      "tests/errors.test.ts",
      "tests/exports.test.ts",
      "tests/format.test.ts",
      "tests/header.test.ts",
      "tests/heading.test.ts",
      "tests/headline.test.ts",
      "tests/labels.test.ts",
      "tests/line-counter.test.ts",
      "tests/lines.test.ts",
      "tests/notes.test.ts",
      "tests/options.test.ts",
      "tests/properties.test.ts",
      "tests/schema-json.test.ts",
      "tests/seed.test.ts",
      "tests/split.test.ts",
      "tests/trailer.test.ts",
      "tests/browser/**/*.test.ts",
    ],
    // Serves the built package to a plain HTML page, and picks the run's seed;
    // both run in Node.
    globalSetup: ["tests/browser/static-server.ts", "tests/support/seed-setup.ts"],
    browser: {
      enabled: true,
      headless: true,
      instances: [{ browser: "chromium" }],
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--headless",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      }),
    },
  },
});

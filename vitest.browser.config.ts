import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumLaunchOptions, NoChromiumError } from "./tests/support/chromium.js";

// The same library in a real browser, driven by Playwright: the Chromium that
// tests/support/chromium.ts finds (CHROMIUM_PATH, a system one, or the one
// `npm ci` brings), never a browser downloaded at test time. Suites listed here
// must not need Node: fixtures come in with `?raw` imports.
export default defineConfig(async () => {
  let launchOptions: Awaited<ReturnType<typeof chromiumLaunchOptions>>;
  try {
    launchOptions = await chromiumLaunchOptions();
  } catch (error) {
    if (!(error instanceof NoChromiumError)) throw error;
    // One line saying what to do, not a stack trace.
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  return {
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
      include: [
        "tests/body.test.ts",
        "tests/dateline.test.ts",
        "tests/dates.test.ts",
        "tests/decode.test.ts",
        "tests/errors.test.ts",
        "tests/explain.test.ts",
        "tests/exports.test.ts",
        // The export-file reader: the files are made in the tests, with fflate.
        "tests/files-docx.test.ts",
        "tests/files-errors.test.ts",
        "tests/files-html.test.ts",
        "tests/files-rtf.test.ts",
        "tests/files-xml.test.ts",
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
        "tests/stream-bytes.test.ts",
        "tests/trailer.test.ts",
        "tests/browser/**/*.test.ts",
      ],
      // Serves the built package to a plain HTML page, and picks the run's seed;
      // both run in Node.
      globalSetup: ["tests/browser/static-server.ts", "tests/support/seed-setup.ts"],
      // As in vitest.config.ts: dots and the totals when not on a terminal.
      reporters: process.stdout.isTTY ? ["default"] : ["dot"],
      browser: {
        enabled: true,
        headless: true,
        instances: [{ browser: "chromium" as const }],
        provider: playwright({ launchOptions }),
      },
    },
  };
});

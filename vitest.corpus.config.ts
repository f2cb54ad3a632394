import { defineConfig } from "vitest/config";

// The corpus suite (`npm run test:corpus`): real BBC and Reuters articles, read
// from ../shared/corpus or the folder SYNDICATED_ARTICLE_CORPUS names. Kept apart
// from `npm test`, which needs nothing outside the project.
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
    include: ["tests/corpus/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/corpus/setup.ts"],
  },
});

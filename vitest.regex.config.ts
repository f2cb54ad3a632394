import { defineConfig } from "vitest/config";

// The ReDoS check (`npm run test:regex`): every regular expression of src/
// through recheck, about a minute. Kept apart from `npm test`; CI runs it.
export default defineConfig({
  test: {
    include: ["tests/regex/**/*.test.ts"],
    environment: "node",
    reporters: process.stdout.isTTY ? ["default"] : ["dot"],
  },
});

// CommonJS: `require` the package as a consumer's program does.
const { readFileSync } = require("node:fs");
const lib = require("syndicated-article");

const seed = readFileSync("seed-article.txt", "utf8");
const expected = JSON.parse(readFileSync("seed-article.expected.json", "utf8"));
import("./check.mjs")
  .then(({ check }) => check(lib, seed, expected))
  .then((passed) => console.log(`cjs: ${passed} checks passed`))
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });

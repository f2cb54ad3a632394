// ESM: `import` the package as a consumer's program does.
import { readFileSync } from "node:fs";
import * as lib from "syndicated-article";
import { check } from "./check.mjs";

const seed = readFileSync("seed-article.txt", "utf8");
const expected = JSON.parse(readFileSync("seed-article.expected.json", "utf8"));
const passed = await check(lib, seed, expected);
console.log(`esm: ${passed} checks passed`);

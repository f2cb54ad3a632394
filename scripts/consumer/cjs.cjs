// Runs the compiled CommonJS consumer and requires the package directly.
const { readFileSync } = require("node:fs");
const { checkSeed } = require("./out/consumer.cjs");
const { parseArticle } = require("syndicated-article");
const schema = require("syndicated-article/schema.json");

const text = readFileSync(process.argv[2], "utf8");
const headline = checkSeed(text);
if (parseArticle(text).headline !== headline) throw new Error("require() gave another result");
if (schema.title !== "Article") throw new Error("schema.json is not the Article schema");
console.log(`CJS: ${headline}`);

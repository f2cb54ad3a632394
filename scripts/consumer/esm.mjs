// Runs the compiled ESM consumer, and imports the package and its schema.json
// the way a plain Node ESM program would.
import { readFileSync } from "node:fs";
import schema from "syndicated-article/schema.json" with { type: "json" };
import { checkSeed } from "./out/consumer.js";

const text = readFileSync(process.argv[2], "utf8");
const headline = checkSeed(text);
if (schema.title !== "Article" || !schema.required.includes("headline")) {
  throw new Error("schema.json is not the Article schema");
}
console.log(`ESM: ${headline}`);

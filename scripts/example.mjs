// Parses the bundled example article with the built package and prints the Article as JSON.
import { readFileSync } from "node:fs";
import { parseArticle } from "../dist/index.js";

const file = process.argv[2] ?? new URL("../fixtures/seed-article.txt", import.meta.url);
console.log(JSON.stringify(parseArticle(readFileSync(file, "utf8")), null, 2));

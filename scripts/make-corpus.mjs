// Writes a corpus for measuring the command-line tool: `count` files of one to
// three articles each, built from the bundled fixtures, in nested folders
// (100 files a folder), plus the same articles as one feed file.
//
//   node scripts/make-corpus.mjs DIR [count]   → DIR/files/…/*.txt and DIR/feed.txt
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mulberry32 } from "./prng.mjs";

const [dir, countArg = "10000"] = process.argv.slice(2);
if (!dir) {
  console.error("usage: node scripts/make-corpus.mjs DIR [count]");
  process.exit(2);
}
const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const articles = [
  fixture("seed-article.txt"),
  fixture("cli/one.txt").trim(),
  fixture("cli/warn.txt"),
];

const next = mulberry32(42);

const feed = [];
let bytes = 0;
for (let i = 0; i < Number(countArg); i++) {
  const parts = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
    next() < 0.7 ? articles[0] : articles[Math.floor(next() * articles.length)],
  );
  const text = parts.join("\n-----\n");
  const folder = join(dir, "files", String(Math.floor(i / 100)).padStart(4, "0"));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${String(i).padStart(6, "0")}.txt`), text);
  feed.push(text);
  bytes += Buffer.byteLength(text);
}
writeFileSync(join(dir, "feed.txt"), feed.join("\n-----\n"));
console.log(`${countArg} files, ${(bytes / 1e6).toFixed(1)} MB, in ${dir}`);

// Heap growth while parsing a feed. Run alone, with --expose-gc, so nothing
// else lives in the heap: `node --expose-gc bench/memory.mjs [megabytes]`.
// Prints one JSON object.
import * as lib from "../dist/index.js";
import { articleTexts } from "./feed.mjs";
import { buildFeed, bytes, MB, seed } from "./inputs.mjs";

if (typeof globalThis.gc !== "function") {
  throw new Error("run with node --expose-gc");
}
const gc = () => {
  globalThis.gc();
  globalThis.gc();
};

const size = Number(process.argv[2] ?? 10) * MB;
// Compile the parser first, so code and feedback vectors are not counted.
for (let i = 0; i < 300; i++) lib.parseArticle(seed);
const feed = buildFeed(size);

gc();
const base = process.memoryUsage().heapUsed;
let peak = base;
const results = [];
for (const text of articleTexts(lib, feed)) {
  results.push(lib.parseArticle(text));
  const used = process.memoryUsage().heapUsed;
  if (used > peak) peak = used;
}
const beforeGc = process.memoryUsage().heapUsed;
if (beforeGc > peak) peak = beforeGc;
gc();
const retained = process.memoryUsage().heapUsed - base;

console.log(
  JSON.stringify({
    inputBytes: bytes(feed),
    articles: results.length,
    peakGrowth: peak - base,
    retained,
  }),
);

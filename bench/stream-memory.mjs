// Heap growth while streaming a generated export feed through
// `safeParseArticlesStream`, results dropped as they come (what a consumer
// writing them out does). Run alone, with --expose-gc:
// `node --expose-gc bench/stream-memory.mjs factiva|nexis [megabytes]`. Prints one JSON object.
import * as lib from "../dist/index.js";
import { exportFeed } from "./exports-feed.mjs";

if (typeof globalThis.gc !== "function") throw new Error("run with node --expose-gc");
const gc = () => {
  globalThis.gc();
  globalThis.gc();
};

const layout = process.argv[2] ?? "factiva";
const size = Number(process.argv[3] ?? 50) * 1e6;
const CHUNK = 65_536;
const { feed, largest, documents } = exportFeed(layout, size);
// Compile the parser first, so code and feedback vectors are not counted.
for (const text of lib.splitArticles(feed.slice(0, 200_000))) lib.safeParseArticle(text);

gc();
const base = process.memoryUsage().heapUsed;
let peak = base;
let at = 0;
const source = new ReadableStream({
  pull(controller) {
    if (at >= feed.length) return controller.close();
    controller.enqueue(feed.slice(at, at + CHUNK));
    at += CHUNK;
  },
});
let articles = 0;
let parsed = 0;
for await (const result of source.pipeThrough(lib.safeParseArticlesStream())) {
  articles++;
  if (result.success) parsed++;
  const used = process.memoryUsage().heapUsed;
  if (used > peak) peak = used;
}
console.log(
  JSON.stringify({
    layout,
    inputBytes: feed.length,
    documents,
    articles,
    parsed,
    largest,
    peakGrowth: peak - base,
  }),
);

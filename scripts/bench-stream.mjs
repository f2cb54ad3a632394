// Measures the streams on a feed file: its bytes in chunks of random sizes
// (1 B to 64 KiB, seeded) through TextDecoderStream and splitArticlesStream or
// safeParseArticlesStream, against safeParseArticles on the whole text. Build first.
//
//   node scripts/bench-stream.mjs FEED
import { readFileSync } from "node:fs";
import { safeParseArticles, safeParseArticlesStream, splitArticlesStream } from "../dist/index.js";
import { mulberry32 } from "./prng.mjs";

const file = process.argv[2];
if (!file) {
  console.error("usage: node scripts/bench-stream.mjs FEED");
  process.exit(2);
}
const bytes = readFileSync(file);
const mb = bytes.length / 1e6;

const next = mulberry32(7);

async function run(name, makeStream) {
  let at = 0;
  const source = new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      const size = 1 + Math.floor(next() * 65536);
      controller.enqueue(bytes.subarray(at, at + size));
      at += size;
    },
  });
  const start = performance.now();
  let count = 0;
  for await (const _ of source.pipeThrough(new TextDecoderStream()).pipeThrough(makeStream())) {
    count++;
  }
  report(name, count, performance.now() - start);
}

function report(name, count, ms) {
  const rate = (mb / (ms / 1000)).toFixed(1);
  console.log(`${name}: ${count} articles, ${(ms / 1000).toFixed(2)} s, ${rate} MB/s`);
}

console.log(`${file}: ${mb.toFixed(1)} MB`);
const start = performance.now();
const whole = safeParseArticles(bytes.toString("utf8"));
report("safeParseArticles (whole text)", whole.length, performance.now() - start);
await run("splitArticlesStream", () => splitArticlesStream());
await run("safeParseArticlesStream", () => safeParseArticlesStream());

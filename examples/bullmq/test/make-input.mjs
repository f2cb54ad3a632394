// Generates the example's input from the project's seed article: files of one
// article each, and feeds of several, with variations (headline, length, trailer,
// line ends, a BOM), plus a headline with no body and an input that cannot parse. Returns what was written,
// by hand: each article's headline, and the code of each input that fails.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A seeded generator (mulberry32): the same seed gives the same input. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seedText = readFileSync(
  new URL("../../../fixtures/seed-article.txt", import.meta.url),
  "utf8",
);
// The seed's blocks: the quoted headline, body blocks, then Source, Original, Statement.
const blocks = seedText.split("\n\n");
const body = blocks.slice(1, -3);
const SOURCES = ["rfi", "AFP", "Reuters", "Xinhua"];

/**
 * Writes `files` one-article files under dir/files/ and `feeds` feeds of 5 to 30
 * articles under dir/feeds/. Returns `{ headlines, failures }`: `headlines` maps
 * `file\nindex` to the headline written there; `failures` maps a file to the issue
 * code its article must fail with.
 */
export function makeInput(dir, { seed, files = 60, feeds = 6 }) {
  const next = random(seed);
  const pick = (n) => Math.floor(next() * n);
  let serial = 0;
  const article = () => {
    const n = ++serial;
    const headline = `Peace talks, report ${n}: ${pick(2) ? "progress" : "no deal yet"}`;
    // Up to the whole body; the first body block is a paragraph, so one is always there.
    const parts = [`"${headline}"`, ...body.slice(0, 1 + pick(body.length))];
    parts.push(`Source: ${SOURCES[pick(SOURCES.length)]}`);
    parts.push(`Original: www.example.com/article/${n}/`);
    if (pick(2)) parts.push(blocks[blocks.length - 1]);
    return { headline, text: parts.join("\n\n") };
  };
  const headlines = new Map();
  const failures = new Map();

  mkdirSync(join(dir, "files", "a"), { recursive: true });
  mkdirSync(join(dir, "files", "b"), { recursive: true });
  for (let i = 0; i < files; i++) {
    const name = join(dir, "files", i % 2 ? "b" : "a", `${String(i).padStart(3, "0")}.txt`);
    const { headline, text } = article();
    let out = text;
    if (i % 7 === 3) out = out.replaceAll("\n", "\r\n");
    if (i % 11 === 5) out = `\ufeff${out}`;
    writeFileSync(name, out);
    headlines.set(`${name}\n0`, headline);
  }
  // A headline and nothing else (an Article with a no-body warning), and an empty file.
  const headlineOnly = join(dir, "files", "b", "headline-only.txt");
  writeFileSync(headlineOnly, '"Talks Resume"\n');
  headlines.set(`${headlineOnly}\n0`, "Talks Resume");
  const empty = join(dir, "files", "b", "empty.txt");
  writeFileSync(empty, "");
  failures.set(empty, "empty-input");

  mkdirSync(join(dir, "feeds"), { recursive: true });
  for (let f = 0; f < feeds; f++) {
    const name = join(dir, "feeds", `feed-${f}.txt`);
    const count = 5 + pick(26);
    const texts = [];
    for (let index = 0; index < count; index++) {
      const { headline, text } = article();
      texts.push(text);
      headlines.set(`${name}\n${index}`, headline);
    }
    // Articles apart by rule lines in some feeds, by form feeds in others.
    writeFileSync(name, `${texts.join(f % 2 ? "\n\f\n" : "\n\n-----\n\n")}\n`);
  }
  return { headlines, failures };
}

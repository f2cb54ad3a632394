// Measures the parser on the shared corpus (../shared/corpus, or the folder
// SYNDICATED_ARTICLE_CORPUS names) against the layout each dataset's README
// documents, and prints a Markdown table. Run after `npm run build`:
// node scripts/corpus-report.mjs
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { formatArticle, parseArticle, safeParseArticle } from "../dist/index.js";
import { requireCorpus } from "./corpus.mjs";

let root;
try {
  root = requireCorpus("bbc", "reuters");
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const walk = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith(".txt") ? [path] : [];
    });
const words = (text) => text.split(/\s+/).filter(Boolean);
const bodyWords = (a) =>
  words(
    [
      a.dateline?.text ?? "",
      ...a.sections.flatMap((s) => [s.heading ?? "", ...s.paragraphs]),
      ...a.notes.map((n) => n.text),
    ].join(" "),
  );
// Words of `expected` missing from `actual`, as multisets.
const lost = (expected, actual) => {
  const pool = new Map();
  for (const w of actual) pool.set(w, (pool.get(w) ?? 0) + 1);
  let missing = 0;
  for (const w of expected) {
    const n = pool.get(w) ?? 0;
    if (n === 0) missing++;
    else pool.set(w, n - 1);
  }
  return missing;
};
const roundTrips = (a) => {
  const { spans, ...parts } = a;
  const again = parseArticle(formatArticle(a));
  const { spans: _, ...partsAgain } = again;
  return JSON.stringify(partsAgain) === JSON.stringify(parts);
};
const pct = (n, d) => (d === 0 ? "–" : `${n}/${d}`);

// BBC: line 1 is the headline, every other non-blank line a paragraph; the only
// lines that may fairly be read as headings are three all-caps subheads.
const bbcHeadings = new Set([
  "tech/244.txt WORLD OF WARCRAFT",
  "tech/095.txt TOO FAST TOO FURIOUS (DIGITAL BRIDGES)",
  "tech/095.txt FATAL FORCE (MACROSPACE)",
]);
const bbc = {
  files: 0,
  parsed: 0,
  headline: 0,
  paragraphs: 0,
  found: 0,
  right: 0,
  trailer: 0,
  lost: 0,
  words: 0,
  roundTrip: 0,
};
for (const path of walk(join(root, "bbc"))) {
  bbc.files++;
  const bytes = new Uint8Array(readFileSync(path));
  const result = safeParseArticle(bytes);
  if (!result.success) continue;
  bbc.parsed++;
  const a = result.data;
  const text = new TextDecoder(path.endsWith("sport/199.txt") ? "windows-1252" : "utf-8").decode(
    bytes,
  );
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (a.headline === lines[0]) bbc.headline++;
  const flat = a.sections.flatMap((s) => (s.heading ? [s.heading, ...s.paragraphs] : s.paragraphs));
  if (JSON.stringify(flat) === JSON.stringify(lines.slice(1))) bbc.paragraphs++;
  const name = path.split("/").slice(-2).join("/");
  for (const s of a.sections) {
    if (s.heading === null) continue;
    bbc.found++;
    if (bbcHeadings.has(`${name} ${s.heading}`)) bbc.right++;
  }
  bbc.trailer += a.trailer.length;
  const expected = words(lines.slice(1).join(" "));
  bbc.words += expected.length;
  bbc.lost += lost(expected, bodyWords(a));
  if (roundTrips(a)) bbc.roundTrip++;
}

// Reuters: a four-line `-- ` header (headline, byline, timestamp, link), then the body.
const reuters = {
  files: 0,
  parsed: 0,
  failedWithCode: 0,
  headline: 0,
  byline: 0,
  published: 0,
  url: 0,
  datelines: 0,
  credits: 0,
  lost: 0,
  words: 0,
  roundTrip: 0,
};
for (const path of walk(join(root, "reuters"))) {
  reuters.files++;
  const bytes = new Uint8Array(readFileSync(path));
  const result = safeParseArticle(bytes);
  if (!result.success) {
    if (["no-body", "empty-input"].includes(result.error.issues[0]?.code)) reuters.failedWithCode++;
    continue;
  }
  reuters.parsed++;
  const a = result.data;
  const lines = new TextDecoder().decode(bytes).split("\n");
  const field = (i) => lines[i].replace(/^--\s*/, "").trim();
  const headline = field(0).replace(/\s+/g, " ");
  if ([a.headline, `${a.slug}-${a.headline}`, `${a.slug}: ${a.headline}`].includes(headline))
    reuters.headline++;
  const by = field(1)
    .replace(/^By\s+/, "")
    .replace(/\s+/g, " ");
  if ((by === "" && (a.byline === null || a.dateline?.text.includes(a.byline))) || a.byline === by)
    reuters.byline++;
  if (a.publishedAtText === field(2) && a.publishedAt !== null) reuters.published++;
  if (a.originalUrl === field(3)) reuters.url++;
  if (a.dateline) reuters.datelines++;
  reuters.credits += a.notes.length;
  const expected = words(lines.slice(4).join("\n"));
  reuters.words += expected.length;
  reuters.lost += lost(expected, bodyWords(a));
  if (roundTrips(a)) reuters.roundTrip++;
}

console.log(
  "| corpus | files | parsed | headline | paragraphs | headings precision / recall | trailer fields | words lost | round trip |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
console.log(
  `| BBC | ${bbc.files} | ${bbc.parsed} | ${pct(bbc.headline, bbc.parsed)} | ${pct(bbc.paragraphs, bbc.parsed)} exact | ${pct(bbc.right, bbc.found)} / ${pct(bbc.right, bbcHeadings.size)} | ${bbc.trailer} (none in the data) | ${bbc.lost} of ${bbc.words} | ${pct(bbc.roundTrip, bbc.parsed)} |`,
);
console.log();
console.log(
  "| corpus | files | parsed / failed with a code | headline | byline | publishedAt | originalUrl | datelines | notes | words lost | round trip |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
console.log(
  `| Reuters | ${reuters.files} | ${reuters.parsed} / ${reuters.failedWithCode} | ${pct(reuters.headline, reuters.parsed)} | ${pct(reuters.byline, reuters.parsed)} | ${pct(reuters.published, reuters.parsed)} | ${pct(reuters.url, reuters.parsed)} | ${reuters.datelines} | ${reuters.credits} | ${reuters.lost} of ${reuters.words} | ${pct(reuters.roundTrip, reuters.parsed)} |`,
);

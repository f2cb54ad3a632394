// Measures the parser on news pages copied out of a browser
// (../shared/corpus/web-copies, or under SYNDICATED_ARTICLE_CORPUS), each read
// three ways: the whole page, the article's region, and its title over its
// body. Prints one Markdown table a way, and the totals, with the "keep the
// whole input as body" baseline beside them. Run after `npm run build`:
// node scripts/web-copies-report.mjs [--pages]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { safeParseArticle } from "../dist/index.js";
import { requireCorpus } from "./corpus.mjs";
import { measure } from "./web-metrics.mjs";

let root;
try {
  root = requireCorpus("web-copies");
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const dir = join(root, "web-copies");
const pages = readdirSync(dir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const read = (page, file) => readFileSync(join(dir, page, file), "utf8");
const copies = ["page", "region", "title+body"];
const all = copies.map((copy) => pages.map((page) => measure(safeParseArticle, read, page, copy)));
const pct = (n, d) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(0)} % (${n}/${d})`);
const mean = (xs) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);
const f = (x) => x.toFixed(3);

if (process.argv.includes("--pages")) {
  for (const rows of all) {
    console.log(`\n### ${rows[0].copy}\n`);
    console.log(
      "| page | headline | byline | date | R | P | F1 | exact ¶ | lost | warnings | got |",
    );
    console.log("|---|---|---|---|---|---|---|---|---|---|---|");
    for (const r of rows) {
      if (!r.ok) {
        console.log(`| ${r.page} | error ${r.code} | | | | | | | | | |`);
        continue;
      }
      const mark = (shown, right) => (shown ? (right ? "yes" : "NO") : right ? "(yes)" : "–");
      console.log(
        `| ${r.page} | ${r.headline ? "yes" : r.silent ? "NO (silent)" : "no (warned)"} | ${mark(r.showsAuthor, r.byline)} | ${mark(r.showsDate, r.date)} | ${f(r.recall)} | ${f(r.precision)} | ${f(r.f1)} | ${r.exact}/${r.lines} | ${r.lost} | ${r.codes.join(" ")} | ${JSON.stringify(r.got).slice(0, 60)} |`,
      );
    }
  }
}

console.log(
  "\n| copy | pages | headline | silently wrong | byline (shown) | date (shown) | body R | body P | body F1 | keep-all F1 | exact ¶ | words lost |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const rows of all) {
  const ok = rows.filter((r) => r.ok);
  const authors = ok.filter((r) => r.showsAuthor);
  const dates = ok.filter((r) => r.showsDate);
  console.log(
    `| ${rows[0].copy} | ${rows.length} | ${pct(ok.filter((r) => r.headline).length, rows.length)} | ${pct(ok.filter((r) => r.silent).length + rows.length - ok.length, rows.length)} | ${pct(authors.filter((r) => r.byline).length, authors.length)} | ${pct(dates.filter((r) => r.date).length, dates.length)} | ${f(mean(ok.map((r) => r.recall)))} | ${f(mean(ok.map((r) => r.precision)))} | ${f(mean(ok.map((r) => r.f1)))} | ${f(mean(rows.map((r) => r.baseline.f1)))} | ${pct(
      ok.reduce((s, r) => s + r.exact, 0),
      ok.reduce((s, r) => s + r.lines, 0),
    )} | ${ok.reduce((s, r) => s + r.lost, 0)} |`,
  );
}

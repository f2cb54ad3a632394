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
import {
  bodyText,
  bylineRight,
  dateRight,
  headlineRight,
  overlap,
  showsAuthor,
  showsDate,
  words,
} from "./web-metrics.mjs";

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
const lines = (text) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean);

/** Everything an Article holds, as one text: what a reader could still find in it. */
function everything(a) {
  return [
    a.headline ?? "",
    a.standfirst ?? "",
    a.byline ?? "",
    a.bylineRole ?? "",
    a.dateline?.text ?? "",
    a.publishedAtText ?? "",
    bodyText(a),
    ...a.notes.map((n) => n.text),
    ...a.trailer.flatMap((t) => [t.label, t.value]),
  ].join("\n");
}

function measure(page, copy) {
  const meta = JSON.parse(read(page, "meta.json"));
  const body = read(page, "body.txt");
  const region = read(page, "region.txt");
  const input =
    copy === "title+body"
      ? `${meta.region?.headingText ?? meta.title}\n\n${body}`
      : read(page, `${copy}.txt`);
  const result = safeParseArticle(input);
  const want = words(body);
  const baseline = overlap(want, words(input));
  if (!result.success) {
    return { page, copy, ok: false, code: result.error.issues[0]?.code, baseline, want };
  }
  const a = result.data;
  const got = words(bodyText(a));
  const scores = overlap(want, got);
  const inputWords = words(input);
  const kept = new Map();
  for (const w of words(everything(a))) kept.set(w, (kept.get(w) ?? 0) + 1);
  let lost = 0;
  for (const w of inputWords) {
    const n = kept.get(w) ?? 0;
    if (n === 0) lost++;
    else kept.set(w, n - 1);
  }
  const wantLines = lines(body);
  const paragraphs = new Set(
    a.sections
      .flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs])
      .map((p) => p.replace(/\s+/g, " ").trim()),
  );
  const exact = wantLines.filter((l) => paragraphs.has(l)).length;
  const codes = result.warnings.map((w) => w.code);
  const unsure = codes.some(
    (c) => c === "guessed-headline" || c === "unrecognised-layout" || c === "no-headline",
  );
  const headline = headlineRight(a.headline, meta);
  return {
    page,
    copy,
    ok: true,
    headline,
    got: a.headline,
    silent: !headline && !unsure,
    showsAuthor: copy !== "title+body" && showsAuthor(meta, region),
    byline: bylineRight(a.byline, meta),
    showsDate: copy !== "title+body" && showsDate(meta, region),
    date: dateRight(a.publishedAt, meta),
    ...scores,
    baseline,
    lost,
    exact,
    lines: wantLines.length,
    dialect: a.dialect,
    codes,
  };
}

const copies = ["page", "region", "title+body"];
const all = copies.map((copy) => pages.map((page) => measure(page, copy)));
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

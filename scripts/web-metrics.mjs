// How close an Article read from a copied web page comes to the page's ground
// truth (../shared/corpus/web-copies, README there): the headline, byline and
// date against meta.json, the body's words against body.txt by a word-level
// longest common subsequence. Shared by the corpus suite and the report script.

/**
 * The words of a text: runs of letters and digits, and each Han, kana or
 * Hangul character alone (Chinese and Japanese put no spaces between words,
 * and a run of a whole sentence would count as one word).
 */
export function words(text) {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      // A Han or kana character is a word alone, also right after digits or Latin letters.
      .match(
        /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+/gu,
      ) ?? []
  );
}

/** The length of the longest common subsequence of two word lists, in linear memory. */
export function lcsLength(a, b) {
  if (a.length === 0 || b.length === 0) return 0;
  // Words as small integers: comparing numbers in the inner loop, not strings.
  const ids = new Map();
  const id = (w) => {
    let n = ids.get(w);
    if (n === undefined) {
      n = ids.size;
      ids.set(w, n);
    }
    return n;
  };
  const x = Int32Array.from(a, id);
  const y = Int32Array.from(b, id);
  let prev = new Int32Array(y.length + 1);
  let row = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      row[j] = xi === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    }
    [prev, row] = [row, prev];
  }
  return prev[y.length];
}

/** Recall, precision and F1 of `got` against `want`, by their common subsequence. */
export function overlap(want, got) {
  const common = lcsLength(want, got);
  const recall = want.length === 0 ? 1 : common / want.length;
  const precision = got.length === 0 ? (want.length === 0 ? 1 : 0) : common / got.length;
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  return { recall, precision, f1 };
}

/** The body of an Article as one text: its headings and paragraphs, in order. */
export function bodyText(article) {
  return article.sections
    .flatMap((s) => [...(s.heading === null ? [] : [s.heading]), ...s.paragraphs])
    .join("\n");
}

const squash = (s) => s.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();

/** Whether a headline is the page's: its title, or the visible title the region starts at. */
export function headlineRight(headline, meta) {
  if (headline === null || headline === undefined) return false;
  const got = squash(headline);
  return got === squash(meta.title) || got === squash(meta.region?.headingText ?? "");
}

/**
 * The author's name as the page's metadata gives it, without the words some
 * sites put around it (`By …`, `Par …`, a date run into it), or null.
 */
export function metaAuthor(meta) {
  if (typeof meta.byline !== "string") return null;
  const name = meta.byline
    .split("\n")[0]
    .replace(/^(by|par|von|por)\s+/i, "")
    .replace(/\d.*$/, "")
    .trim();
  // A byline field holding a date or a role only names no author.
  return /\p{Lu}/u.test(name) && !/^(last updated|updated|april|\d)/i.test(name) ? name : null;
}

/** Whether the page shows the author near its title: the name stands in the region's first lines. */
export function showsAuthor(meta, region) {
  const name = metaAuthor(meta);
  if (name === null) return false;
  const head = region.split("\n").slice(0, 40).join("\n");
  return squash(head).includes(squash(name.split(",")[0]));
}

/** Whether a byline names the page's author. */
export function bylineRight(byline, meta) {
  const name = metaAuthor(meta);
  if (name === null || byline === null || byline === undefined) return false;
  const got = squash(byline);
  const first = squash(name.split(",")[0]);
  return got.includes(first) || first.includes(got);
}

/** The calendar day of the page's publishedTime (`2017-11-03`), or null. */
export function metaDay(meta) {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(meta.publishedTime ?? "");
  return m ? m[1] : null;
}

const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";

/** Whether the page shows its date near the title, in any of the usual written forms. */
export function showsDate(meta, region) {
  const day = metaDay(meta);
  if (day === null) return false;
  const [y, m, d] = day.split("-").map(Number);
  const head = squash(region.split("\n").slice(0, 40).join("\n"));
  const month = MONTHS.split("|")[m - 1];
  const forms = [
    day,
    `${String(m).padStart(2, "0")}.${String(d).padStart(2, "0")}.${String(y).slice(2)}`,
    `${d}.${m}.${y}`,
    `${d}. ${m}. ${y}`,
    `${y}/${m}/${d}`,
    `${y}年${m}月${d}日`,
  ];
  if (forms.some((f) => head.includes(f))) return true;
  const wordy = new RegExp(
    `\\b(${month}[a-z.]*\\s+${d},?\\s+${y}|${d}\\s+${month}[a-z.]*\\s+${y})`,
  );
  return wordy.test(head);
}

/** Whether the Article's date is the page's day (a local date-time may name the next or last day in UTC). */
export function dateRight(publishedAt, meta) {
  const day = metaDay(meta);
  if (day === null || publishedAt === null || publishedAt === undefined) return false;
  return publishedAt.slice(0, 10) === day;
}

const lines = (text) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean);

/**
 * Everything an Article holds, as one text: what a reader could still find in
 * it. The word that marks a byline (`By`, `Par`) is the byline part's, though
 * not in its value: the text from the byline's line start to the name counts.
 */
export function everything(a, input) {
  const at = a.spans.byline;
  const marker = at === null ? "" : input.slice(input.lastIndexOf("\n", at.start) + 1, at.start);
  return [
    marker,
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

/**
 * Measures one page read one way (`page`, `region` or `title+body`) with
 * `parse` (a `safeParseArticle`); `read(page, file)` gives a file's text.
 */
export function measure(parse, read, page, copy) {
  const meta = JSON.parse(read(page, "meta.json"));
  const body = read(page, "body.txt");
  const region = read(page, "region.txt");
  const input =
    copy === "title+body"
      ? `${meta.region?.headingText ?? meta.title}\n\n${body}`
      : read(page, `${copy}.txt`);
  const result = parse(input);
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
  for (const w of words(everything(a, input))) kept.set(w, (kept.get(w) ?? 0) + 1);
  // A word run into the next (`Nolan22 Dec`) may be split between two parts
  // (the byline's name, its date): its characters, in order, are still there.
  const joined = words(everything(a, input)).join("");
  let lost = 0;
  for (const w of inputWords) {
    const n = kept.get(w) ?? 0;
    if (n === 0 && !joined.includes(w)) lost++;
    else if (n > 0) kept.set(w, n - 1);
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

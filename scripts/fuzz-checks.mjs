// The fuzz suite's invariants: what must hold for every input.
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import {
  articleIssueSchema,
  articleSchema,
  explainArticle,
  formatArticle,
  safeParseArticle,
} from "../dist/index.js";

const schema = JSON.parse(readFileSync(new URL("../schema.json", import.meta.url), "utf8"));
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validateJson = ajv.compile(schema);

const SPACE = /^[ \t\v\f\u0085\u00a0\ufeff\u3000\u1680\u2000-\u200a\u2028\u2029\u202f\u205f]$/;
const isSpace = (c) => c !== undefined && SPACE.test(c);
const ODD = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\ufeff]/g;
function trimSpace(s) {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s[a])) a++;
  while (b > a && isSpace(s[b - 1])) b--;
  return s.slice(a, b);
}
/**
 * A slice of the input as the parser reads it: trimmed lines joined by one
 * space, white space collapsed, and none left between two Chinese or Japanese
 * characters (whose lines join with none).
 */
const TIGHT =
  /([\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]) (?=[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef])/g;
const squash = (s) =>
  s
    .replace(/[\s\u0085]+/g, " ")
    .trim()
    .replace(TIGHT, "$1");
const read = (s) =>
  squash(
    s
      .split(/\r\n|\r|\n/)
      .map(trimSpace)
      .join(" ")
      .replace(ODD, " "),
  );

function checkSpans(text, article, decisions, problems) {
  const spans = decisions.filter((d) => d.span !== null).map((d) => ({ ...d.span, part: d.part }));
  spans.sort((a, b) => a.start - b.start);
  for (const [k, s] of spans.entries()) {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
      problems.push(`${s.part} span ${s.start}–${s.end} out of bounds`);
    } else if (
      s.end > s.start &&
      (isSpace(text[s.start]) ||
        isSpace(text[s.end - 1]) ||
        /[\r\n]/.test(text[s.start] + text[s.end - 1]))
    ) {
      problems.push(
        `${s.part} span ${JSON.stringify(text.slice(s.start, s.end))} not trimmed (edges U+${text.charCodeAt(s.start).toString(16)}, U+${text.charCodeAt(s.end - 1).toString(16)})`,
      );
    }
    const next = spans[k + 1];
    if (next && next.start < s.end)
      problems.push(`${s.part} and ${next.part} spans overlap at ${next.start}`);
  }
  if (article === null) return;
  // Every non-blank line is covered, at least in part, by a span of the
  // Article (a decision whose value the Article dropped counts for nothing); a
  // line of markup alone holds no text: a bare `--` wire-header line, a
  // dataset's `@highlight` or `[XSUM]URL[XSUM]` marker, tags with nothing between.
  const covering = articleSpans(article.spans).sort((a, b) => a.start - b.start || a.end - b.end);
  // Spans may nest (a byline inside its labelled line): each keeps the furthest end so far.
  for (let k = 1; k < covering.length; k++)
    covering[k] = { ...covering[k], end: Math.max(covering[k].end, covering[k - 1].end) };
  let at = 0;
  let k = 0;
  for (const line of text.split(/(\r\n|\r|\n)/)) {
    const end = at + line.length;
    if (!/^[\r\n]/.test(line) && !isMarkup(trimSpace(line)) && trimSpace(line) !== "") {
      while (k < covering.length && (covering[k]?.end ?? 0) <= at) k++;
      if (!(k < covering.length && (covering[k]?.start ?? end) < end)) {
        problems.push(`line ${JSON.stringify(line.slice(0, 60))} in no part`);
        return;
      }
    }
    at = end;
  }
  if (article === null) return;
  const s = article.spans;
  const slice = (span) => text.slice(span.start, span.end);
  const same = (what, span, value) => {
    if (span && read(slice(span)) !== squash(value)) {
      problems.push(
        `${what} span reads ${JSON.stringify(read(slice(span)).slice(0, 80))}, not ${JSON.stringify(value.slice(0, 80))}`,
      );
    }
  };
  same("headline", s.headline, article.headline);
  article.sections.forEach((section, i) => {
    same(`sections[${i}].heading`, s.sections[i]?.heading, section.heading ?? "");
    section.paragraphs.forEach((para, j) => {
      same(`sections[${i}].paragraphs[${j}]`, s.sections[i]?.paragraphs[j], para);
    });
  });
  article.notes.forEach((note, i) => {
    same(`notes[${i}]`, s.notes[i], note.text);
  });
  article.trailer.forEach((f, i) => {
    const span = s.trailer[i];
    if (span && !read(slice(span)).includes(squash(f.value)))
      problems.push(`trailer[${i}] span does not hold ${JSON.stringify(f.value)}`);
  });
  for (const key of ["disclaimer", "section", "copyright", "id"])
    same(key, s[key], article[key] ?? "");
  // A source may be the agency named in the dateline: its span is the dateline's.
  if (s.source && !read(slice(s.source)).includes(squash(article.source ?? ""))) {
    problems.push("source span does not hold the source");
  }
  if (s.byline && !squash(slice(s.byline)).includes(squash(article.byline ?? "")))
    problems.push("byline span does not hold the byline");
  if (
    s.publishedAt &&
    !squash(article.publishedAtText ?? "").includes(squash(slice(s.publishedAt)))
  )
    problems.push("publishedAt span is not the stated date");
  if (s.dateline && squash(slice(s.dateline)) !== squash(article.dateline?.text ?? ""))
    problems.push("dateline span does not read as the dateline");
}

/** Whether a trimmed line is markup alone, with no text of its own. */
function isMarkup(line) {
  if (line === "--" || line === "@highlight" || /^\[XSUM\][A-Z]+\[XSUM\]$/.test(line)) return true;
  return line.startsWith("<") && line.replace(/<[^<>]*>/g, "").trim() === "";
}

/** Every span in an Article's spans tree. */
function articleSpans(tree) {
  const out = [];
  const walk = (v) => {
    if (v === null || typeof v !== "object") return;
    if (typeof v.start === "number" && typeof v.end === "number") out.push(v);
    else for (const x of Array.isArray(v) ? v : Object.values(v)) walk(x);
  };
  walk(tree);
  return out;
}

const comparable = ({ spans, dialect, ...rest }) => rest;

/**
 * Copied pages whose round trip (or second writing) kept every word but not
 * every decision: the page reader weighs evidence over the whole text (where
 * the prose runs, which line above it reads most as a title), and a writing
 * that changes a line's neighbours can move a decision. Counted and printed;
 * every other layout's round trip must be exact.
 */
export const inexactPages = { count: 0 };

/**
 * Whether `article` is a copied page and `back` (read from `text`) holds every
 * word of it. The word that marks a byline (`By`, `Par`) is the byline's, though
 * not in its value: the text from the byline's line start to the name counts.
 */
function pageKept(article, back, text) {
  // An Article with no title line is held to the same: a layout that marks its
  // documents (an export, read with its dialect forced on other text) has no
  // way to write "no title" that reads back as the same decisions every time.
  if ((article.dialect !== "web-page" && article.headline !== null) || back === undefined)
    return false;
  const words = (a) =>
    [
      a.headline,
      a.slug,
      a.standfirst,
      a.byline,
      a.bylineRole,
      a.dateline?.text,
      a.publishedAtText,
      ...a.sections.flatMap((s) => [s.heading, ...s.paragraphs]),
      ...a.notes.map((n) => n.text),
      ...a.trailer.flatMap((t) => [t.label, t.value]),
    ]
      .filter((t) => typeof t === "string")
      .join(" ")
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  // As sets: a date read from a trailer line is the line's value and publishedAtText too.
  const a = new Set(words(article));
  const b = new Set(words(back));
  const at = back.spans.byline;
  const marker = at === null ? "" : text.slice(text.lastIndexOf("\n", at.start) + 1, at.start);
  for (const w of marker.match(/[\p{L}\p{N}]+/gu) ?? []) b.add(w);
  return [...a].every((w) => b.has(w));
}

/** Where two strings part: a little context, then each one's continuation. */
function difference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 40);
  return `…${JSON.stringify(a.slice(from, i))} then ${JSON.stringify(a.slice(i, i + 120))} → ${JSON.stringify(b.slice(i, i + 120))}`;
}

function checkRoundTrip(article, options, problems) {
  // The same label tables and date reader; the layout is recognised again.
  const { paragraphMode, dialect, repairMojibake, ...again } = options ?? {};
  const formatted = formatArticle(article);
  let back = safeParseArticle(formatted, again);
  // The shared layout's one documented limit: a lone paragraph that reads as a
  // labelled line on one line is written over two, which only
  // `paragraphMode: "blocks"` reads as one paragraph (see formatArticle).
  const lone =
    article.notes.every((n) => n.kind === "boilerplate" || n.kind === "caption") &&
    article.sections.length === 1 &&
    article.sections[0].heading === null &&
    article.sections[0].paragraphs.length === 1;
  const differs = () =>
    !back.success || !isDeepStrictEqual(comparable(back.data), comparable(article));
  if (lone && differs()) back = safeParseArticle(formatted, { ...again, paragraphMode: "blocks" });
  // An Article read with its layout forced may be written in that layout, to be
  // read back with the same option (see formatArticle).
  if (dialect !== undefined && differs()) back = safeParseArticle(formatted, { ...again, dialect });
  if (!back.success) {
    problems.push(
      `formatted text fails: ${back.error.issues[0]?.code} (${JSON.stringify(formatted.slice(0, 300))})`,
    );
    return;
  }
  if (
    !isDeepStrictEqual(comparable(back.data), comparable(article)) &&
    pageKept(article, back.data, formatted)
  ) {
    inexactPages.count++;
    return;
  }
  if (!isDeepStrictEqual(comparable(back.data), comparable(article))) {
    const a = comparable(article);
    const b = comparable(back.data);
    const keys = Object.keys(a).filter((k) => !isDeepStrictEqual(a[k], b[k]));
    const detail = keys.map(
      (k) => `${k}: ${difference(JSON.stringify(a[k]), JSON.stringify(b[k]))}`,
    );
    problems.push(
      `round trip changes ${detail.join("; ")} (formatted ${JSON.stringify(formatted.slice(0, 300))})`,
    );
  }
  const twice = formatArticle(back.data);
  // A copied page's second writing may differ where the spans of the first
  // could not tell a line break from a space; it must still keep every word.
  if (twice !== formatted && pageKept(article, safeParseArticle(twice, again).data, twice)) {
    inexactPages.count++;
    return;
  }
  if (twice !== formatted)
    problems.push(
      `format not idempotent: ${JSON.stringify(formatted.slice(0, 200))} → ${JSON.stringify(twice.slice(0, 200))}`,
    );
}

export function check({ family, input, options }) {
  const problems = [];
  let explained;
  try {
    explained = explainArticle(input, options);
    const plain = safeParseArticle(input, options);
    if (plain.success !== explained.result.success)
      problems.push("safeParseArticle and explainArticle disagree");
  } catch (error) {
    return [`threw ${error?.stack ?? String(error)}`];
  }
  const { result, decisions } = explained;
  const issues = result.success ? result.warnings : result.error.issues;
  for (const i of issues) {
    if (!articleIssueSchema.safeParse(i).success)
      problems.push(`issue fails articleIssueSchema: ${JSON.stringify(i)}`);
  }
  if (!result.success) {
    const code = result.error.issues[0]?.code;
    if (code === "internal-error" || code === "invalid-result")
      problems.push(`${code}: ${result.error.issues[0]?.message}`);
    if (family !== "hostile" && typeof input === "string" && !options?.repairMojibake)
      checkSpans(input, null, decisions, problems);
    return problems;
  }
  // Unchecked by the parser (`validate: false`): the same Article must pass.
  if (options?.validate === false && !articleSchema.safeParse(result.data).success)
    problems.push("articleSchema rejects an Article built with validate: false");
  const json = JSON.parse(JSON.stringify(result.data));
  if (!validateJson(json))
    problems.push(`schema.json rejects it: ${ajv.errorsText(validateJson.errors)}`);
  const repaired = result.warnings.some((w) => w.code === "mojibake" && w.span === undefined);
  if (typeof input === "string" && !repaired) checkSpans(input, result.data, decisions, problems);
  // The formatter writes the built-in locales' words (`By`, `Source:`): a parse
  // without them has no text to round-trip through.
  if (family !== "hostile" && options?.builtinLocales !== false) {
    try {
      checkRoundTrip(result.data, options, problems);
    } catch (error) {
      problems.push(`round trip threw ${error?.stack ?? String(error)}`);
    }
  }
  return problems;
}

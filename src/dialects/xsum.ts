import { readPieces } from "../blocks/pieces.js";
import { classifyBody } from "../classify/body.js";
import { type Part, part } from "../classify/parts.js";
import { isBlank, type Lines, lineText } from "../lines/lines.js";
import type { Article } from "../schema/article.js";
import type { Classified, ClassifyContext, Dialect, DialectRules } from "./types.js";

// The files of the XSum dataset (Narayan et al. 2018), as its own script writes
// them from archived BBC pages: `[XSUM]URL[XSUM]` over the page's address,
// `[XSUM]INTRODUCTION[XSUM]` over the summary the BBC put under its title, and
// `[XSUM]RESTBODY[XSUM]` over the body, one paragraph a line. No title.

const MARK = /^\[XSUM\]([A-Z]{1,20})\[XSUM\]$/;

/** The section name a marker line names (`URL`), or null for any other line. */
function marker(lines: Lines, i: number): string | null {
  const s = lines.start[i] as number;
  const e = lines.end[i] as number;
  if (e - s < 12 || e - s > 40) return null;
  return MARK.exec(lineText(lines, s, e).trim())?.[1] ?? null;
}

function classify(lines: Lines, context: ClassifyContext): Classified {
  const count = lines.start.length;
  const parts: Part[] = [];
  const mode = context.mode === "blocks" ? "blocks" : "lines";
  let i = 0;
  // Lines before the first marker are read as body: nothing is dropped.
  let name: string | null = "RESTBODY";
  while (i < count) {
    let j = i;
    while (j < count && marker(lines, j) === null) j++;
    parts.push(...sectionParts(lines, i, j, name, mode, context));
    if (j < count) name = marker(lines, j);
    i = j + 1;
  }
  return { parts, failure: null };
}

/** The parts of the lines `[from, to)` under the marker `name`. */
function sectionParts(
  lines: Lines,
  from: number,
  to: number,
  name: string | null,
  mode: "blocks" | "lines",
  context: ClassifyContext,
): Part[] {
  if (name === "RESTBODY")
    return classifyBody(lines, readPieces(lines, from, to, mode), context.lexicon);
  const out: Part[] = [];
  for (let i = from; i < to; i++) {
    if (isBlank(lines, i)) continue;
    const s = lines.start[i] as number;
    const e = lines.end[i] as number;
    const text = lineText(lines, s, e);
    if (name === "URL" && !out.some((p) => p.kind === "link"))
      out.push({ kind: "link", text, start: s, end: e, lineStart: s, rule: "xsum-url" });
    else if (name === "INTRODUCTION" && !out.some((p) => p.kind === "standfirst"))
      out.push(part("standfirst", { text, start: s, end: e }, "xsum-introduction"));
    // Another marker's lines, or a second line under one: kept as a field of its name.
    else
      out.push({
        kind: "field",
        key: null,
        label: name ?? "XSUM",
        value: text,
        start: s,
        end: e,
        valueStart: s,
        rule: "xsum-other",
      });
  }
  return out;
}

/** Writes the file back: its URL, introduction and body under their markers. */
function format(article: Article): string | null {
  if (article.headline !== null || article.trailer.length > 0 || article.notes.length > 0)
    return null;
  const out: string[] = [];
  if (article.originalUrl !== null) out.push("[XSUM]URL[XSUM]", article.originalUrl, "");
  if (article.standfirst !== null) out.push("[XSUM]INTRODUCTION[XSUM]", article.standfirst, "");
  // Headings (a subhead read from its line) are lines of their own, as read.
  const body = article.sections.flatMap((s) => [
    ...(s.heading === null ? [] : [s.heading]),
    ...s.paragraphs,
  ]);
  const first = article.sections[0]?.heading === null ? 0 : -1;
  if (article.dateline !== null && first === 0 && body.length > 0)
    body[0] = `${article.dateline.text}${body[0]}`;
  else if (article.dateline !== null) return null;
  out.push("[XSUM]RESTBODY[XSUM]", ...body);
  return out.join("\n");
}

// The rules; the export below is the public face.
const rules: DialectRules = {
  name: "xsum",
  strongest: 0.95,
  detect(lines) {
    const look = Math.min(lines.start.length, 40);
    for (let i = 0; i < look; i++) {
      if (marker(lines, i) !== null) return { score: 0.95, rule: "xsum-marker" };
    }
    return null;
  },
  classify,
  format,
};

/**
 * A file of the XSum dataset: `[XSUM]URL[XSUM]` over the archived page's
 * address (`originalUrl`), `[XSUM]INTRODUCTION[XSUM]` over its one-sentence
 * summary (`standfirst`), `[XSUM]RESTBODY[XSUM]` over the body, one paragraph a
 * line. The files carry no title: `headline` is `null`, with a `no-headline`
 * warning.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * const article = parseArticle(
 *   "[XSUM]URL[XSUM]\nhttp://www.bbc.co.uk/news/1\n\n[XSUM]INTRODUCTION[XSUM]\nA summary.\n\n[XSUM]RESTBODY[XSUM]\nOne.\nTwo.",
 * );
 * article.dialect; // "xsum"
 * article.standfirst; // "A summary."
 * article.sections[0]?.paragraphs; // ["One.", "Two."]
 * ```
 */
export const xsum: Dialect = rules;

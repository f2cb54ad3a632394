import { readPieces } from "../blocks/pieces.js";
import { classifyBody } from "../classify/body.js";
import { type Part, part } from "../classify/parts.js";
import { isBlank, type Lines, lineText } from "../lines/lines.js";
import type { Article } from "../schema/article.js";
import type { Classified, ClassifyContext, Dialect, DialectRules } from "./types.js";

// The story files of the CNN/DailyMail dataset (Hermann et al. 2015): the
// article one paragraph a line, then its summary bullets, each under a line
// `@highlight`. No title, no date, no link: the dataset kept the text alone.

const MARKER = "@highlight";

/** Whether line `i` is the marker alone, white space aside. */
function isMarker(lines: Lines, i: number): boolean {
  const s = lines.start[i] as number;
  const e = lines.end[i] as number;
  return e - s >= MARKER.length && lineText(lines, s, e).trim() === MARKER;
}

function firstMarker(lines: Lines): number {
  for (let i = 0; i < lines.start.length; i++) if (isMarker(lines, i)) return i;
  return -1;
}

function classify(lines: Lines, context: ClassifyContext): Classified {
  const count = lines.start.length;
  const first = firstMarker(lines);
  const end = first === -1 ? count : first;
  // One paragraph a line, as the dataset writes them, unless the caller says blocks.
  const mode = context.mode === "blocks" ? "blocks" : "lines";
  const parts: Part[] = classifyBody(lines, readPieces(lines, 0, end, mode), context.lexicon);
  // Every non-blank line after a marker is one highlight; the markers are markup.
  for (let i = end; i < count; i++) {
    if (isBlank(lines, i) || isMarker(lines, i)) continue;
    const s = lines.start[i] as number;
    const e = lines.end[i] as number;
    parts.push(
      part("highlight", { text: lineText(lines, s, e), start: s, end: e }, "highlight-marker"),
    );
  }
  return { parts, failure: null };
}

/**
 * Writes a story back: the body's parts in input order, one to a line with a
 * blank line between, the dateline before the first paragraph, then each
 * highlight under its marker. Null for an Article the layout cannot carry (a
 * headline, labelled lines).
 */
function format(article: Article): string | null {
  if (article.headline !== null || article.trailer.length > 0) return null;
  const items: { at: number; text: string }[] = [];
  article.sections.forEach((section, i) => {
    const spans = article.spans.sections[i];
    if (section.heading !== null)
      items.push({ at: spans?.heading?.start ?? 0, text: section.heading });
    section.paragraphs.forEach((p, j) => {
      items.push({ at: spans?.paragraphs[j]?.start ?? 0, text: p });
    });
  });
  article.notes.forEach((note, i) => {
    items.push({ at: article.spans.notes[i]?.start ?? 0, text: note.text });
  });
  items.sort((a, b) => a.at - b.at);
  const out = items.map((item) => item.text);
  const dateline = article.dateline?.text;
  const firstParagraph = article.sections.find((s) => s.paragraphs.length > 0)?.paragraphs[0];
  if (dateline && firstParagraph !== undefined) {
    const k = out.indexOf(firstParagraph);
    if (k !== -1) out[k] = `${dateline}${firstParagraph}`;
  }
  for (const h of article.highlights) out.push(MARKER, h);
  return out.join("\n\n");
}

// The rules; the export below is the public face.
const rules: DialectRules = {
  name: "cnn-dailymail",
  strongest: 0.9,
  detect(lines) {
    const first = firstMarker(lines);
    return first > 0 ? { score: 0.9, rule: "highlight-marker" } : null;
  },
  classify,
  format,
};

/**
 * A story file of the CNN/DailyMail dataset: the article one paragraph a
 * line, with no title, then summary bullets, each under an `@highlight` line.
 * The bullets go to `highlights`; the opening dateline (`(CNN) -- `) is cut as
 * in every layout; `headline` is `null`, with a `no-headline` warning.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * const article = parseArticle(
 *   "MIAMI, Florida (CNN) -- A bank was robbed.\n\nPolice came.\n\n@highlight\n\nBank robbed in Miami",
 * );
 * article.dialect; // "cnn-dailymail"
 * article.highlights; // ["Bank robbed in Miami"]
 * article.dateline?.place; // "MIAMI, Florida"
 * ```
 */
export const cnnDailymail: Dialect = rules;

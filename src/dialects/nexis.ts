import type { Part } from "../classify/parts.js";
import { classifyStandard } from "../classify/standard.js";
import { isBlank, type Lines } from "../lines/lines.js";
import { issue } from "../schema/issues.js";
import { readRest } from "./nexis-body.js";
import { formatNexis } from "./nexis-format.js";
import { readFront } from "./nexis-front.js";
import { blocksOf, isIndented, isMarkerLine, readUpperLabel } from "./nexis-marks.js";
import { fieldPart, joined, unlabelled } from "./nexis-parts.js";
import type { Classified, ClassifyContext, Dialect, DialectRules } from "./types.js";

/** A request header (cover page) is a few dozen lines: the marker is looked for that far. */
const COVER_LINES = 120;

/**
 * The marker line each text's lines hold, found by detection and wanted again
 * by classification. Lines are never changed once scanned (steps that blank
 * lines make new ones), so the answer holds for the object.
 */
const markers = new WeakMap<Lines, number>();

/** The first document marker line within the first `COVER_LINES` non-blank lines, or -1. */
function firstMarker(lines: Lines): number {
  let found = markers.get(lines);
  if (found === undefined) {
    found = findMarker(lines);
    markers.set(lines, found);
  }
  return found;
}

function findMarker(lines: Lines): number {
  const count = lines.start.length;
  let seen = 0;
  for (let i = 0; i < count && seen < COVER_LINES; i++) {
    if (isBlank(lines, i)) continue;
    if (isMarkerLine(lines, i)) return i;
    seen++;
  }
  return -1;
}

/**
 * Without a marker, a document still shows the layout: centered lines at its
 * top and upper-case fields Nexis writes (`LENGTH:`, `LOAD-DATE:`), two of
 * them at least.
 */
function hasNexisFields(lines: Lines): boolean {
  const count = lines.start.length;
  let fields = 0;
  let centered = false;
  let seen = 0;
  for (let i = 0; i < count; i++) {
    if (isBlank(lines, i)) continue;
    // Past the top lines, a text with none centered never shows the layout:
    // its other lines are not read for fields.
    if (seen >= 8 && !centered) return false;
    if (seen++ < 8 && isIndented(lines, i)) centered = true;
    const c = lines.text.charCodeAt(lines.start[i] as number);
    if (c < 0x41 || c > 0x5a || isIndented(lines, i)) continue;
    if (readUpperLabel(lines, i)?.field) fields++;
    if (fields >= 2 && centered) return true;
  }
  return false;
}

/**
 * Whether a text shows any mark of the layout: a document marker, or a line
 * opening with a field label Nexis writes (`LENGTH:`, `BYLINE:`). A text with
 * none, read as Nexis by the `dialect` option, is read in the shared layout:
 * the Nexis rules would make its lines unlabelled fields that no text without
 * the marks reads back into.
 */
function hasNexisMark(lines: Lines, marker: number): boolean {
  if (marker !== -1) return true;
  const count = lines.start.length;
  for (let i = 0; i < count; i++) {
    if (isBlank(lines, i) || isIndented(lines, i)) continue;
    if (readUpperLabel(lines, i)?.field) return true;
  }
  return false;
}

/** Each line of a cover page (request header) as a field with no key. */
function coverPage(lines: Lines, to: number, parts: Part[]): void {
  for (let i = 0; i < to; i++) {
    if (isBlank(lines, i)) continue;
    const at = joined(lines, i, i + 1);
    const colon = at.text.indexOf(":");
    if (colon > 0 && colon < 40) {
      let valueStart = at.start + colon + 1;
      while (valueStart < at.end && lines.text.charCodeAt(valueStart) === 0x20) valueStart++;
      const value = at.text.slice(valueStart - at.start);
      const span = { start: at.start, end: at.end, valueStart };
      parts.push(
        fieldPart(null, at.text.slice(0, colon).trimEnd(), value, span, "cover-page-line"),
      );
    } else {
      parts.push(unlabelled(null, at, "cover-page-line"));
    }
  }
}

// The rules; the export below is the public face.
const rules: DialectRules = {
  name: "nexis",
  strongest: 0.95,
  format: formatNexis,
  documents(lines) {
    // Each document opens with its marker line (`1 of 10 DOCUMENTS`).
    let count = 0;
    for (let i = 0; i < lines.start.length; i++) if (isMarkerLine(lines, i)) count++;
    return count;
  },
  detect(lines) {
    if (firstMarker(lines) !== -1) return { score: 0.95, rule: "document-marker" };
    return hasNexisFields(lines) ? { score: 0.9, rule: "nexis-fields" } : null;
  },
  classify(lines: Lines, context: ClassifyContext): Classified {
    const count = lines.start.length;
    let head = 0;
    while (head < count && isBlank(lines, head)) head++;
    if (head === count) {
      const failure = issue("empty-input", "error", "The text is empty or holds only white space.");
      return { parts: [], failure };
    }
    const marker = firstMarker(lines);
    if (!hasNexisMark(lines, marker)) return classifyStandard(lines, context);
    const parts: Part[] = [];
    let from = head;
    if (marker !== -1) {
      coverPage(lines, marker, parts);
      parts.push(unlabelled(null, joined(lines, marker, marker + 1), "document-marker"));
      from = marker + 1;
    }
    const blocks = blocksOf(lines, from, count);
    const { lexicon, parseDate, mode } = context;
    const front = readFront(lines, blocks, 0, lexicon, parseDate, parts);
    parts.push(...readRest(lines, blocks, front.next, front.headline, lexicon, mode));
    parts.sort((a, b) => a.start - b.start);
    return { parts, failure: null };
  },
};

/**
 * Nexis (LexisNexis) text exports, one document: the `1 of 10 DOCUMENTS` /
 * `Dokument 2 von 5` marker, centered publication, date and edition lines,
 * copyright notices, the headline (the first flush-left block, or a
 * `HEADLINE:` / `TITRE:` / `KOP:` field), upper-case fields in the export's
 * language (`BYLINE:`, `SECTION:`, `LENGTH:`, `LOAD-DATE:`, `LANGUAGE:`, …)
 * before and after a hard-wrapped body. `splitArticles` cuts an export into
 * its documents and leaves its request header out.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * const text = [
 *   "                   1 of 2 DOCUMENTS",
 *   "",
 *   "                     The Guardian",
 *   "",
 *   "               January 11, 2010 Monday",
 *   "",
 *   "Talks resume in Geneva",
 *   "",
 *   "BYLINE: Jane Doe",
 *   "",
 *   "LENGTH: 355 words",
 *   "",
 *   "Negotiators met again on Sunday.",
 *   "",
 *   "LOAD-DATE: January 12, 2010",
 * ].join("\n");
 * const article = parseArticle(text);
 * article.dialect; // "nexis"
 * article.headline; // "Talks resume in Geneva"
 * article.byline; // "Jane Doe"
 * article.source; // "The Guardian"
 * article.publishedAt; // "2010-01-11"
 * ```
 */
export const nexis: Dialect = rules;

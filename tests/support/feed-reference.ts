// splitArticleSpans as it was before the incremental splitter replaced it: a
// whole-text implementation kept as the oracle the new one is checked against.
import { readLabelLine } from "../../src/classify/trailer.js";
import { resolveDefault } from "../../src/default-parser.js";
import { normalizeUrl } from "../../src/fields/url.js";
import { isBlank, type Lines, scanLines } from "../../src/lines/lines.js";
import { describe } from "../../src/parser/describe.js";
import type { Span } from "../../src/schema/article.js";
import type { ParseOptions } from "../../src/schema/options.js";

// A rule line between articles: five or more `-` or `=` and nothing else.
const RULE = /^(?:-{5,}|={5,})$/;
// The first line of a wire header: `-- Headline` (Reuters dumps).
const HEADER_LINE = /^--(?: |$)/;

/**
 * Where each article of a feed lies: UTF-16 spans into `feed`, trimmed of the
 * blank lines around them. Articles are separated by form feeds, by rule lines
 * (`-----`, `=====`), by a new `-- ` wire header, or by the end of a trailer:
 * after a run of two or more known trailer lines (or one `Original:` line with a
 * link), the next line of text starts a new article. A feed with no separator
 * is one article.
 *
 * @param feed - text holding one or more articles back to back.
 * @param options - trailer labels, as for `parseArticle`.
 * @example
 * ```ts
 * import { splitArticleSpans } from "syndicated-article";
 *
 * splitArticleSpans("One\n\nBody.\n-----\nTwo\n\nBody.");
 * // [{ start: 0, end: 10 }, { start: 17, end: 27 }]
 * ```
 */
export function splitArticleSpans(feed: string, options?: ParseOptions): Span[] {
  if (typeof feed !== "string") throw new TypeError(`Expected a string, got ${describe(feed)}`);
  const { lexicon: labels } = resolveDefault(options);
  const spans: Span[] = [];
  const lines = scanLines(feed);
  const count = lines.start.length;
  let first = -1; // first non-blank line of the current article
  let last = -1; // last non-blank line of the current article
  let trailerRun = 0; // trailer lines since the last line of body text
  let trailerCloses = false;

  const close = () => {
    if (first !== -1)
      spans.push({ start: lines.start[first] as number, end: lines.end[last] as number });
    first = -1;
    last = -1;
    trailerRun = 0;
    trailerCloses = false;
  };

  // Next form feed at or after the previous line's text: only moves forward, so
  // finding them costs one pass however many lines there are.
  let formFeed = feed.indexOf("\f");
  for (let i = 0; i < count; i++) {
    const gapStart = i === 0 ? 0 : (lines.end[i - 1] as number);
    if (formFeed !== -1 && formFeed < gapStart) formFeed = feed.indexOf("\f", gapStart);
    // A form feed in the white space before this line's text ends the article.
    if (formFeed !== -1 && formFeed < (lines.start[i] as number)) close();
    if (isBlank(lines, i)) continue;
    const text = feed.slice(lines.start[i], lines.end[i]);
    if (RULE.test(text)) {
      close();
      continue;
    }
    if (
      first !== -1 &&
      HEADER_LINE.test(text) &&
      !HEADER_LINE.test(feed.slice(lines.start[last], lines.end[last])) &&
      nextTextIsHeader(lines, i + 1)
    ) {
      close();
    }
    const field = first === -1 ? null : readLabelLine(lines, i, labels);
    if (field) {
      trailerRun++;
      if (trailerRun >= 2 || (field.key === "originalUrl" && normalizeUrl(field.value) !== null)) {
        trailerCloses = true;
      }
    } else {
      if (trailerCloses) close();
      trailerRun = 0;
      trailerCloses = false;
    }
    if (first === -1) first = i;
    last = i;
  }
  close();
  return spans;
}

function nextTextIsHeader(lines: Lines, from: number): boolean {
  for (let i = from; i < lines.start.length; i++) {
    if (isBlank(lines, i)) continue;
    return HEADER_LINE.test(lines.text.slice(lines.start[i], lines.end[i]));
  }
  return false;
}

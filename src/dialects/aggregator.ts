import { unquotedRange } from "../classify/quotes.js";
import { classifyStandard } from "../classify/standard.js";
import { readLabelLine } from "../classify/trailer.js";
import { isBlank } from "../lines/lines.js";
import type { Dialect, DialectRules } from "./types.js";

// The rules; the export below is the public face.
const rules: DialectRules = {
  name: "aggregator",
  strongest: 0.6,
  detect(lines, lexicon) {
    const count = lines.start.length;
    let last = count - 1;
    while (last >= 0 && isBlank(lines, last)) last--;
    if (last < 0) return null;
    const label = readLabelLine(lines, last, lexicon);
    if (label?.key != null) return { score: 0.6, rule: "labelled-last-line" };
    let first = 0;
    while (isBlank(lines, first)) first++;
    const s = lines.start[first] as number;
    const e = lines.end[first] as number;
    if (unquotedRange(lines.text, s, e)[0] !== s) return { score: 0.6, rule: "quoted-headline" };
    return { score: 0.1, rule: "fallback" };
  },
  classify: classifyStandard,
};

/**
 * The aggregator repost: a headline (often quoted), body paragraphs with
 * title-case subheads, and a trailer of labelled lines (`Source: rfi`,
 * `Original: …`, `Statement: …`). Also the layout the parser falls back to.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * const article = parseArticle('"Talks Resume"\n\nThey met.\n\nSource: rfi');
 * article.dialect; // "aggregator"
 * ```
 */
export const aggregator: Dialect = rules;

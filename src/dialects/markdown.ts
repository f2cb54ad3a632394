import { classifyStandard } from "../classify/standard.js";
import { isBlank, type Lines } from "../lines/lines.js";
import type { Dialect, DialectRules } from "./types.js";

/** How many lines the detector looks at: marks show early in a Markdown text. */
const LOOK = 200;

function marked(lines: Lines, i: number, first: boolean): boolean {
  const { text } = lines;
  const s = lines.start[i] as number;
  const e = lines.end[i] as number;
  const c = text.charCodeAt(s);
  if (c === 0x23) {
    // `# Headline` on the first line; `## Heading` anywhere.
    let p = s;
    while (p < e && text.charCodeAt(p) === 0x23) p++;
    const level = p - s;
    return (
      (level === 1 ? first : level <= 6) &&
      (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09)
    );
  }
  // A line in bold: `**Heading**`.
  return (
    c === 0x2a &&
    e - s > 4 &&
    text.charCodeAt(s + 1) === 0x2a &&
    text.charCodeAt(e - 1) === 0x2a &&
    text.charCodeAt(e - 2) === 0x2a
  );
}

// The rules; the export below is the public face.
const rules: DialectRules = {
  name: "markdown",
  strongest: 0.8,
  detect(lines) {
    const count = Math.min(lines.start.length, LOOK);
    let first = true;
    for (let i = 0; i < count; i++) {
      if (isBlank(lines, i)) continue;
      if (marked(lines, i, first)) return { score: 0.8, rule: "markdown-marks" };
      first = false;
    }
    return null;
  },
  classify: classifyStandard,
};

/**
 * Markdown-ish text: a `# Headline`, `## Heading` lines, subheads in bold.
 * Classified like the aggregator layout, which honours those marks anywhere.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * const article = parseArticle("# Talks Resume\n\nThey met.\n\n## Next\n\nMore talks.");
 * article.dialect; // "markdown"
 * article.sections[1]?.heading; // "Next"
 * ```
 */
export const markdown: Dialect = rules;

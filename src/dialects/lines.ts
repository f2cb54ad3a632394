import { classifyStandard } from "../classify/standard.js";
import { isBlank } from "../lines/lines.js";
import type { Dialect, DialectRules } from "./types.js";

// The rules; the export below is the public face.
const rules: DialectRules = {
  name: "lines",
  strongest: 0.5,
  detect(text) {
    // Every block a single line: nothing was hard-wrapped.
    const count = text.start.length;
    let blocks = 0;
    for (let i = 0; i < count; i++) {
      if (isBlank(text, i)) continue;
      if (i + 1 < count && !isBlank(text, i + 1)) {
        // Two lines in a row: list items may be, wrapped prose may not.
        const next = text.text.charCodeAt(text.start[i + 1] as number);
        if (next !== 0x2d && next !== 0x2a && next !== 0x2022) return null;
      }
      blocks++;
    }
    return blocks >= 3 ? { score: 0.5, rule: "one-paragraph-a-line" } : null;
  },
  classify: classifyStandard,
};

/**
 * One paragraph a line (BBC-style copy): a headline line, then every non-blank
 * line a paragraph, with or without blank lines between them, and no trailer.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * const article = parseArticle("Ad sales boost profit\n\nProfits jumped 76%.\n\nThe firm gained.");
 * article.dialect; // "lines"
 * ```
 */
export const lines: Dialect = rules;

import { classifyStandard } from "../classify/standard.js";
import { isBlank, type Lines } from "../lines/lines.js";
import type { Dialect, DialectRules } from "./types.js";

/** Whether line `i` opens with the `-- ` of a wire header (or is a bare `--`). */
function isWireLine(lines: Lines, i: number): boolean {
  const { text } = lines;
  const s = lines.start[i] as number;
  const e = lines.end[i] as number;
  if (e - s < 2 || text.charCodeAt(s) !== 0x2d || text.charCodeAt(s + 1) !== 0x2d) return false;
  const c = text.charCodeAt(s + 2);
  return e - s === 2 || c === 0x20 || c === 0x09;
}

// The rules; the export below is the public face.
const rules: DialectRules = {
  name: "wire-dump",
  strongest: 1,
  detect(lines) {
    const count = lines.start.length;
    let i = 0;
    while (i < count && isBlank(lines, i)) i++;
    return i + 1 < count && isWireLine(lines, i) && isWireLine(lines, i + 1)
      ? { score: 1, rule: "wire-header" }
      : null;
  },
  classify: classifyStandard,
};

/**
 * The Reuters dump: a header of `-- ` lines (headline, `By` line, timestamp,
 * link), then the body, datelines and wire notes.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * const article = parseArticle("-- Shares Rise\n-- By Jane Doe\n-- Mon Oct 23, 2006 6:42pm EDT\n\nLONDON (Reuters) - Shares rose.");
 * article.dialect; // "wire-dump"
 * article.publishedAt; // "2006-10-23T22:42:00.000Z"
 * ```
 */
export const wireDump: Dialect = rules;

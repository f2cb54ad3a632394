import type { Part } from "../classify/parts.js";
import { type ArticleIssue, issue } from "../schema/issues.js";

// When no dialect recognised the layout, or one claimed it on general evidence
// only (one paragraph a line, a copied page), the headline is a guess. The
// guess is reported when the line does not read as a title: markup (`<title>`,
// `[XSUM]`), a line with no space but digits or a link's marks in it (a link,
// an id), or — where the first line was taken for the title — a sentence that
// ends with a full stop, which no headline of those layouts is.

/** Claims on general evidence, where the first line is taken for the title. */
const FIRST_LINE_RULES = new Set(["fallback", "first-dialect", "one-paragraph-a-line"]);
/** Claims on general evidence of any kind. */
const WEAK_RULES = new Set([...FIRST_LINE_RULES, "furniture-around-prose"]);

/** A warning when the layout went unrecognised and the headline does not read as a title. */
export function layoutWarning(parts: readonly Part[], dialectRule: string): ArticleIssue | null {
  if (!WEAK_RULES.has(dialectRule)) return null;
  const headline = parts.find((p) => p.kind === "headline");
  if (headline === undefined || headline.kind === "field") return null;
  const text = headline.text;
  const sentence = FIRST_LINE_RULES.has(dialectRule) && text.endsWith(".") && !text.endsWith("..");
  const spaceless = text.length > 20 && !/\s/.test(text) && /[\d/:.=_]/.test(text);
  const markup = text.startsWith("<") || text.startsWith("[");
  if (!sentence && !spaceless && !markup) return null;
  const message =
    "No layout was recognised and the line taken for the headline does not read as a title; the headline is a guess.";
  return issue("unrecognised-layout", "warning", message, {
    start: headline.start,
    end: headline.end,
  });
}

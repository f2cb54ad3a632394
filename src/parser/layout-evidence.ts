import type { Part } from "../classify/parts.js";
import { type ArticleIssue, issue } from "../schema/issues.js";

// When no dialect recognised the layout, the headline is the first line left
// after known furniture: a guess. The guess is reported when the line does not
// read as a title: a sentence that ends with a full stop, or a line with no
// space but digits or a link's marks in it (a link, an id), or markup, which
// no headline is.

/** The rules a dialect claims a text by when it recognised nothing. */
const FALLBACK_RULES = new Set(["fallback", "first-dialect"]);

/** A warning when the layout went unrecognised and the headline does not read as a title. */
export function layoutWarning(parts: readonly Part[], dialectRule: string): ArticleIssue | null {
  if (!FALLBACK_RULES.has(dialectRule)) return null;
  const headline = parts.find((p) => p.kind === "headline");
  if (headline === undefined || headline.kind === "field") return null;
  const text = headline.text;
  const sentence = text.endsWith(".") && !text.endsWith("..");
  const spaceless = text.length > 20 && !/\s/.test(text) && /[\d/:.=_]/.test(text);
  const markup = text.startsWith("<") || text.startsWith("[");
  if (!sentence && !spaceless && !markup) return null;
  const message =
    "No layout was recognised and the first line does not read as a title; the headline is a guess.";
  return issue("unrecognised-layout", "warning", message, {
    start: headline.start,
    end: headline.end,
  });
}

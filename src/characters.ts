import { type ArticleIssue, issue } from "./issues.js";

// Control characters other than tab, LF, VT, FF and CR, which are white space.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is its job
const CONTROL = /[\0-\x08\x0e-\x1f\x7f]/;
// Any surrogate: a cheap first test before the exact one, since CJK and emoji
// text holds well-formed pairs.
const ANY_SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Reports characters that survive parsing but rarely belong in an article:
 * control characters (NUL and friends) and lone surrogates (text cut inside a
 * character). They stay in the text: dropping them silently would lose data.
 */
export function checkCharacters(text: string): ArticleIssue[] {
  const found: ArticleIssue[] = [];
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase();
    found.push(
      issue(
        "control-character",
        "warning",
        `Control character U+${code} in the text; it is kept as is.`,
        {
          start: control.index,
          end: control.index + 1,
        },
      ),
    );
  }
  if (ANY_SURROGATE.test(text)) {
    const lone = LONE_SURROGATE.exec(text);
    if (lone) {
      found.push(
        issue(
          "lone-surrogate",
          "warning",
          "A lone UTF-16 surrogate: the text was cut inside a character.",
          {
            start: lone.index,
            end: lone.index + 1,
          },
        ),
      );
    }
  }
  return found;
}

import { type Lines, lineText } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import { isSpaceCode } from "../text/whitespace.js";
import type { Located } from "./parts.js";

/**
 * Splits a byline's role off its name: `Jane Doe, Political Correspondent`
 * is the name `Jane Doe` and the role `Political Correspondent`. What follows
 * a comma is a role only when one of its words is a role word of the locales
 * (`correspondent`, `editor`); `Jane Doe, John Roe` and `Jane Doe, Reuters`
 * stay whole. The last comma with a role after it splits, so a name with a
 * comma of its own keeps it (`심재,훈, 특파원`). Offsets are the input's.
 */
export function splitBylineRole(
  lines: Lines,
  byline: Located,
  lexicon: Lexicon,
): { name: Located; role: Located } | null {
  const { text } = lines;
  let found: { name: Located; role: Located } | null = null;
  for (
    let comma = text.indexOf(",", byline.start);
    comma !== -1 && comma < byline.end;
    comma = text.indexOf(",", comma + 1)
  ) {
    const split = splitAt(lines, byline, comma, lexicon);
    if (split) found = split;
  }
  return found;
}

function splitAt(
  lines: Lines,
  byline: Located,
  comma: number,
  lexicon: Lexicon,
): { name: Located; role: Located } | null {
  const { text } = lines;
  let nameEnd = comma;
  while (nameEnd > byline.start && isSpaceCode(text.charCodeAt(nameEnd - 1))) nameEnd--;
  let roleStart = comma + 1;
  while (roleStart < byline.end && isSpaceCode(text.charCodeAt(roleStart))) roleStart++;
  if (nameEnd === byline.start || roleStart === byline.end) return null;
  const role = fold(lineText(lines, roleStart, byline.end));
  const words = role.toLowerCase().split(" ");
  if (!words.some((w) => lexicon.bylineRoles.has(w))) return null;
  return {
    name: { text: fold(lineText(lines, byline.start, nameEnd)), start: byline.start, end: nameEnd },
    role: { text: role, start: roleStart, end: byline.end },
  };
}

function fold(text: string): string {
  return text.replace(/\s+/g, " ");
}

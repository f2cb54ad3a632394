import { isSpaceCode } from "../text/whitespace.js";

// Opening quote → its closing quote.
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ["'", "'"],
  ["“", "”"],
  ["„", "“"],
  ["‘", "’"],
  ["«", "»"],
  ["‹", "›"],
  ["「", "」"],
  ["『", "』"],
]);

/**
 * Where the headline's text lies inside its trimmed line: the line itself, or
 * what is inside one pair of quotes that wraps the whole line. `"A" and "B"` is
 * not wrapped (the first quote closes early), and neither is `'A' or 'B'`;
 * `'Rubio's Talks'` is, because an apostrophe between letters closes nothing.
 */
export function unquotedRange(text: string, start: number, end: number): [number, number] {
  if (end - start < 3) return [start, end];
  const open = text.charAt(start);
  const close = QUOTE_PAIRS.get(open);
  if (close === undefined || text.charAt(end - 1) !== close) return [start, end];
  // One pass: for `"` and `'` any inner closing quote ends the pair early; for
  // distinct marks nested pairs (`«a «b» c»`) are balanced by depth.
  let depth = 1;
  for (let p = start + 1; p < end - 1; p++) {
    const c = text.charAt(p);
    if (c === open && open !== close) depth++;
    else if (c === close && !isApostrophe(text, p, start, end)) {
      depth--;
      if (depth === 0) return [start, end];
    }
  }
  if (depth !== 1) return [start, end];
  let s = start + 1;
  let e = end - 1;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return s < e ? [s, e] : [start, end];
}

// Only single quotes double as apostrophes (`Rubio's`, `Talks’`): a mark with
// a letter on its left is one, unless it ends a quoted word before a space.
function isApostrophe(text: string, p: number, start: number, end: number): boolean {
  const c = text.charAt(p);
  if (c !== "'" && c !== "’") return false;
  const before = p > start ? text.charAt(p - 1) : " ";
  const after = p + 1 < end ? text.charAt(p + 1) : " ";
  return /\p{L}/u.test(before) && /\p{L}/u.test(after);
}

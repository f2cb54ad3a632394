import type { Lines } from "../lines/lines.js";

// Where markup records start and end, read from one trimmed line: what the
// feed splitter cuts a file of records at, and what the record dialects count
// as documents. A record starts a line with its start tag (`<REUTERS …>`,
// `<DOC>`, `<doc>`, `<DOC id="…">`) and ends with its close tag.

/** The elements that are one record each, in capitals. */
export const recordElements: readonly string[] = ["REUTERS", "DOC"];

const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const SPACE = 0x20;
const TAB = 0x09;

/** The record element a line's start tag opens (`REUTERS`, `DOC`), or null. */
export function recordOpening(line: string): string | null {
  if (line.charCodeAt(0) !== LESS_THAN) return null;
  for (const name of recordElements) {
    if (line.length <= name.length + 1) continue;
    if (line.slice(1, name.length + 1).toUpperCase() !== name) continue;
    const after = line.charCodeAt(name.length + 1);
    if (after === GREATER_THAN || after === SPACE || after === TAB) return name;
  }
  return null;
}

/** Whether a line ends with the close tag of `name` (`</REUTERS>`, `</doc>`). */
export function closesRecord(line: string, name: string): boolean {
  const tag = name.length + 3;
  return line.length >= tag && line.slice(-tag).toUpperCase() === `</${name}>`;
}

/** Whether a line is markup before any record: `<!DOCTYPE …>`, `<?xml …?>`, a comment. */
export function isPrologue(line: string): boolean {
  return line.startsWith("<!") || line.startsWith("<?");
}

/** The trimmed text of line `i`. */
const lineAt = (lines: Lines, i: number) =>
  lines.text.slice(lines.start[i] as number, lines.end[i] as number);

/** How many records of `name` start a line of the text. */
export function countRecords(lines: Lines, name: string): number {
  let count = 0;
  for (let i = 0; i < lines.start.length; i++) {
    if ((lines.start[i] as number) === (lines.end[i] as number)) continue;
    if (lines.text.charCodeAt(lines.start[i] as number) !== LESS_THAN) continue;
    if (recordOpening(lineAt(lines, i)) === name) count++;
  }
  return count;
}

/**
 * The first record's start line, past any prologue, when the text opens with
 * one of `name`; null when its first line of text is anything else. The lines
 * after it (up to `look` of them) are what a dialect tells its layout by.
 */
export function firstRecord(lines: Lines, name: string): number | null {
  for (let i = 0; i < lines.start.length; i++) {
    if ((lines.start[i] as number) === (lines.end[i] as number)) continue;
    const text = lineAt(lines, i);
    if (isPrologue(text)) continue;
    return recordOpening(text) === name ? i : null;
  }
  return null;
}

/** Whether an element named `tag` (any case) is opened in the text from line `from`, within `look` lines. */
export function holdsTag(lines: Lines, from: number, look: number, tag: string): boolean {
  const end = Math.min(lines.start.length, from + look);
  const upper = tag.toUpperCase();
  for (let i = from; i < end; i++) {
    const text = lineAt(lines, i);
    let at = text.indexOf("<");
    while (at !== -1) {
      if (text.slice(at + 1, at + 1 + upper.length).toUpperCase() === upper) {
        const after = text.charCodeAt(at + 1 + upper.length);
        if (after === GREATER_THAN || after === SPACE || after === 0x2f) return true;
      }
      at = text.indexOf("<", at + 1);
    }
  }
  return false;
}

import type { Lexicon } from "../parser/lexicon.js";
import type { NoteKind } from "../schema/note-kinds.js";

const CURRENCY = /^\( ?(?:[$€£¥]|US\$|C\$|A\$|HK\$|NZ\$|S\$)? ?1 ?[A-Za-z$€£¥]{0,4} ?= ?/;

/** What kind of note `text` is, when the whole of it is one bracketed note. */
export function noteKind(text: string, lexicon: Lexicon): NoteKind | null {
  if (text.charCodeAt(0) !== 0x28 || text.charCodeAt(text.length - 1) !== 0x29) return null;
  // One bracketed group, not `(a) text (b)`.
  if (text.indexOf(")") !== text.length - 1 && !balancedToEnd(text)) return null;
  if (lexicon.credit?.test(text)) return "credit";
  if (CURRENCY.test(text)) return "currency";
  if (lexicon.editorsNote?.test(text)) return "editorsNote";
  return null;
}

// True when the bracket opened at 0 closes only at the very end.
function balancedToEnd(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0 && i !== text.length - 1) return false;
  }
  return depth === 0;
}

/**
 * Where a credit or currency note run into the end of a paragraph starts
 * (`… in 2009.  (Additional reporting by Deena Beasley)`), or -1. Old wire copy
 * often has the whole story on one line, credits included.
 */
export function trailingNoteStart(text: string, lexicon: Lexicon): number {
  if (text.charCodeAt(text.length - 1) !== 0x29) return -1;
  let depth = 0;
  for (let i = text.length - 1; i >= 0 && text.length - i <= 400; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x29) depth++;
    else if (c === 0x28 && --depth === 0) {
      if (i === 0) return -1;
      const kind = noteKind(text.slice(i), lexicon);
      return kind === "credit" || kind === "currency" ? i : -1;
    }
  }
  return -1;
}

/**
 * Whether `text` is a credit sentence (`Jane Doe contributed to this
 * report.`), as `lexicon.creditSentence` says; text whose end is no credit
 * ending is ruled out first, at a few offsets, rather than by scanning it.
 */
export function isCreditSentence(text: string, lexicon: Lexicon): boolean {
  const tail = lexicon.creditTail;
  if (lexicon.creditSentence === null || tail === null) return false;
  let ends = false;
  for (const length of tail.lengths) {
    if (length > text.length) continue;
    tail.regex.lastIndex = text.length - length;
    if (tail.regex.test(text)) {
      ends = true;
      break;
    }
  }
  return ends && lexicon.creditSentence.test(text);
}

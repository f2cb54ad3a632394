import { fail } from "./failure.js";

// A small RTF tokenizer: no well-kept RTF reader on npm runs in browsers
// without pulling in a DOM or Node streams, and exports use a plain subset —
// groups, control words, hex escapes (`\'e9`), Unicode escapes (`\u233?`)
// and text.

/** One token of RTF. */
export type RtfToken =
  | { kind: "open" }
  | { kind: "close" }
  | { kind: "word"; word: string; param: number | null }
  | { kind: "symbol"; symbol: string }
  | { kind: "hex"; byte: number }
  | { kind: "text"; text: string };

const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The tokens of an RTF text (its bytes read as Latin-1, one character a
 * byte, as RTF is 7-bit with escapes). Groups deeper than `maxDepth` are
 * refused as they are met.
 */
export function* rtfTokens(rtf: string, maxDepth: number): Generator<RtfToken> {
  let depth = 0;
  let i = 0;
  const n = rtf.length;
  while (i < n) {
    const c = rtf.charCodeAt(i);
    if (c === OPEN) {
      if (++depth > maxDepth) fail("too-deep", `The RTF nests deeper than ${maxDepth} groups.`);
      yield { kind: "open" };
      i++;
    } else if (c === CLOSE) {
      depth--;
      yield { kind: "close" };
      i++;
    } else if (c === BACKSLASH) {
      const next = rtf.charCodeAt(i + 1);
      if (isLetter(next)) {
        let j = i + 1;
        while (j < n && isLetter(rtf.charCodeAt(j))) j++;
        const word = rtf.slice(i + 1, j);
        let k = j;
        if (rtf.charCodeAt(k) === 0x2d) k++;
        while (k < n && isDigit(rtf.charCodeAt(k))) k++;
        const param = k > j && isDigit(rtf.charCodeAt(k - 1)) ? Number(rtf.slice(j, k)) : null;
        if (param === null) k = j;
        // One space after a control word is its delimiter, not text.
        if (rtf.charCodeAt(k) === 0x20) k++;
        yield { kind: "word", word, param };
        i = k;
      } else if (next === 0x27) {
        const byte = Number.parseInt(rtf.slice(i + 2, i + 4), 16);
        if (!Number.isNaN(byte)) yield { kind: "hex", byte };
        i += 4;
      } else if (Number.isNaN(next)) {
        i++;
      } else {
        yield { kind: "symbol", symbol: rtf.charAt(i + 1) };
        i += 2;
      }
    } else {
      let j = i;
      while (j < n) {
        const d = rtf.charCodeAt(j);
        if (d === BACKSLASH || d === OPEN || d === CLOSE) break;
        j++;
      }
      // Line breaks in RTF source are no text.
      const text = rtf.slice(i, j).replace(/[\r\n]/g, "");
      if (text.length > 0) yield { kind: "text", text };
      i = j;
    }
  }
}

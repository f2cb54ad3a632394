import { type ArticleIssue, issue } from "../schema/issues.js";
import { scanWide } from "./wide-scan.js";

// `TextDecoder` is a global in every browser and in Node, but the core is
// type-checked without DOM or Node types, so declare just the part it uses.
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(input: Uint8Array): string };

/**
 * Turns bytes into text: UTF-8 (a BOM is honoured and dropped), UTF-16 when a
 * UTF-16 BOM says so, and windows-1252 with a `not-utf8` warning when the bytes
 * are not valid UTF-8 (old Latin-1 files). Spans then point into the decoded text.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; warnings: ArticleIssue[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes), warnings: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes), warnings: [] };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return { text: windows1252(bytes), warnings: [notUtf8()] };
  }
}

/** The `not-utf8` warning: bytes read as windows-1252. */
export function notUtf8(): ArticleIssue {
  const message = "The bytes are not valid UTF-8; they were read as windows-1252 (Latin-1).";
  return issue("not-utf8", "warning", message);
}

/** Bytes read as windows-1252, each byte one character. */
export function windows1252(bytes: Uint8Array): string {
  return fixC1(new TextDecoder("windows-1252").decode(bytes));
}

// windows-1252 bytes 0x80–0x9F as the characters they stand for; the rest of
// 0xA0–0xFF is Latin-1 and maps to itself.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const CP1252_BYTE = new Map<string, number>(
  [...CP1252_HIGH].map((c, i) => [c, 0x80 + i] as [string, number]),
);
// A UTF-8 lead byte read as windows-1252 (Â–ô), then one to three continuation
// bytes read the same way: the shape of classic mojibake (`â€™`, `Ã©`, `Â£`).
// (Written out: 0x80–0xBF as Latin-1, then windows-1252's characters for 0x80–0x9F.)
const MOJIBAKE =
  /[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]{1,3}/g;
// Quick pre-check: lead bytes of two- to four-byte sequences, as windows-1252.
const LEADS = ["Â", "Ã", "â", "ã", "Å", "Ä", "ð"];
// Text with characters above U+00FF is checked by one loop instead (wide-scan.ts),
// where seven two-byte scans would be slow.
const WIDE = /[^\0-\xff]/;

// Some runtimes (Node since 20.18.3) decode "windows-1252" as plain Latin-1,
// leaving bytes 0x80–0x9F as C1 controls; map them to what windows-1252 means.
const C1 = /[\u0080-\u009f]/g;

function fixC1(text: string): string {
  return text.replace(C1, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}

/** Where the first mojibake sequence starts, or -1. Cheap when there is none. */
export function findMojibake(text: string): number {
  if (WIDE.test(text) ? !scanWide(text).mojibakeLead : !LEADS.some((c) => text.includes(c)))
    return -1;
  MOJIBAKE_CANDIDATE.lastIndex = 0;
  for (let m = MOJIBAKE_CANDIDATE.exec(text); m; m = MOJIBAKE_CANDIDATE.exec(text)) {
    if (repairSequence(m[0]) !== null) return m.index;
  }
  return -1;
}

// A lead with as many continuations as its sequence needs: where `MOJIBAKE`
// matches with too few (`â€ `), no repair can succeed, so a run of broken
// sequences is passed over inside one search instead of one match at a time.
// A continuation is never a lead, so the candidates are the same leads. (The
// continuations written out as in `MOJIBAKE`.)
const MOJIBAKE_CANDIDATE =
  /[\u00c2-\u00df][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]|[\u00e0-\u00ef][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]{2}|[\u00f0-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]{3}/g;

/** Re-reads each mojibake sequence as the UTF-8 bytes it was; others stay as they are. */
export function repairMojibake(text: string): string {
  MOJIBAKE.lastIndex = 0;
  return text.replace(MOJIBAKE, (seq) => repairSequence(seq) ?? seq);
}

/**
 * The character a sequence stands for, followed by what the greedy match took
 * beyond it (`Ã©` then a no-break space or `…`); null when its bytes are no
 * UTF-8 character. Decoded by hand: a sequence that fails costs no exception.
 */
function repairSequence(seq: string): string | null {
  const lead = seq.charCodeAt(0);
  const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  if (seq.length < length) return null;
  let code = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  for (let i = 1; i < length; i++) {
    const c = seq.charCodeAt(i);
    const byte = c >= 0x80 && c <= 0xff ? c : (CP1252_BYTE.get(seq.charAt(i)) ?? -1);
    if (byte < 0x80 || byte > 0xbf) return null;
    code = (code << 6) | (byte & 0x3f);
  }
  // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are no UTF-8.
  const least = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
  if (code < least || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code) + seq.slice(length);
}

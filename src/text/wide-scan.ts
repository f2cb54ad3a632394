/**
 * One pass over text that holds characters above U+00FF, answering the three
 * whole-text questions the parser asks of every input: is there an odd space
 * (tab, no-break space …), where is the first control character, and is there
 * a windows-1252 lead of mojibake. On such two-byte text each of those
 * regular expressions scans at a couple of nanoseconds a character; one loop
 * answers all three in less than one of them. The last answer is kept, as
 * the three questions come one after another about the same text.
 */
export interface WideScan {
  readonly oddSpace: boolean;
  /** Offset of the first control character (other than tab, LF, VT, FF, CR), or -1. */
  readonly control: number;
  readonly mojibakeLead: boolean;
  /** Whether any UTF-16 surrogate stands in the text, paired or not. */
  readonly surrogate: boolean;
  /** Offsets of the first and the last odd space, or -1: the lines stage looks only between them. */
  readonly firstOddSpace: number;
  readonly lastOddSpace: number;
}

// A scan that found nothing of note.
const CLEAN: WideScan = {
  oddSpace: false,
  control: -1,
  mojibakeLead: false,
  surrogate: false,
  firstOddSpace: -1,
  lastOddSpace: -1,
};
// The last text scanned and its scan: a parse asks about the same text several times.
let lastText: string | null = null;
let lastScan: WideScan = CLEAN;

/** The scan of `text`, which should hold a character above U+00FF. */
export function scanWide(text: string): WideScan {
  if (text === lastText) return lastScan;
  lastText = text;
  // A byte-order mark opens many files: it is noted, and the rest is read on its own.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Most text holds none of the characters the loop notes: one regular
  // expression, several times as fast as the loop, says so.
  if (!NOTABLE.test(bom === 0 ? text : text.slice(1))) {
    lastScan = bom === 0 ? CLEAN : BOM_ONLY;
    return lastScan;
  }
  let control = -1;
  let mojibakeLead = false;
  let surrogate = false;
  let firstOddSpace = bom - 1;
  let lastOddSpace = bom - 1;
  for (let i = bom; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let odd = false;
    if (c < 0x20) {
      if (c === 0x09 || c === 0x0b || c === 0x0c) odd = true;
      else if (c !== 0x0a && c !== 0x0d && control === -1) control = i;
    } else if (c < 0x7f) {
      // Printable ASCII: the common case, nothing to note.
    } else if (c === 0x7f) {
      if (control === -1) control = i;
    } else if (c < 0x100) {
      // Â Ã â ã Å Ä ð: lead bytes of UTF-8 read as windows-1252.
      if (c === 0xa0) odd = true;
      else if (c === 0xc2 || c === 0xc3 || c === 0xe2 || c === 0xe3 || c === 0xc5 || c === 0xc4)
        mojibakeLead = true;
      else if (c === 0xf0) mojibakeLead = true;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      surrogate = true;
    } else if (
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0xfeff
    ) {
      odd = true;
    }
    if (odd) {
      if (firstOddSpace === -1) firstOddSpace = i;
      lastOddSpace = i;
    }
  }
  const oddSpace = firstOddSpace !== -1;
  lastScan = { oddSpace, control, mojibakeLead, surrogate, firstOddSpace, lastOddSpace };
  return lastScan;
}

// Every character the loop notes: controls (but LF and CR), odd spaces, the
// windows-1252 leads of mojibake, surrogates.
const NOTABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
  /[\0-\x08\t\v\f\x0e-\x1f\x7f\xa0\xc2-\xc5\xe2\xe3\xf0\u1680\u2000-\u200a\u202f\u205f\ud800-\udfff\ufeff]/;
const BOM_ONLY: WideScan = { ...CLEAN, oddSpace: true, firstOddSpace: 0, lastOddSpace: 0 };

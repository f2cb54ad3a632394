/**
 * Character classes shared by every stage. Kept as code-point tests rather than
 * regular expressions because they run on the hot path, once per line edge.
 */

/** True for characters a line may be padded with: what `trim()` removes, plus the BOM. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c;
  if (code < 0xa0) return code === 0x85;
  return (
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x3000 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f
  );
}

// Tabs, NBSP and the other horizontal Unicode spaces (not U+3000, which CJK text
// uses on purpose) become one ASCII space; runs of spaces collapse to one.
const INLINE_NOISE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\ufeff]| {2}/;
const INLINE_SPACE_RUN = /[ \t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\ufeff]+/g;

/**
 * Normalises the white space inside one trimmed line. The quick test keeps the
 * common case (already clean text) free of allocations.
 */
export function normalizeInline(text: string): string {
  return INLINE_NOISE.test(text) ? text.replace(INLINE_SPACE_RUN, " ") : text;
}

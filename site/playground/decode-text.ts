// A dropped text file becomes the input's text the way `parseArticle(bytes)`
// reads bytes (the library keeps its decoder private): a UTF-16 BOM says
// UTF-16, else UTF-8 (its BOM dropped), else windows-1252 for old Latin-1 files.

/** The text of a text file's bytes, and whether they were read as windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; latin1: boolean } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes), latin1: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes), latin1: false };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), latin1: false };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), latin1: true };
  }
}

/**
 * Whether the bytes may be an export file (a DOCX or other ZIP, RTF, PDF,
 * HTML or XML) that only the export reader reads; plain text never loads it.
 * Markup may still turn out to be a feed of SGML records: the reader says so.
 */
export function mayBeExportFile(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && i < 4096 && (bytes[i] ?? 0) <= 0x20) i++;
  const head = String.fromCharCode(...bytes.subarray(i, i + 5));
  return head.startsWith("PK") || head.startsWith("{\\rtf") || head === "%PDF-" || head[0] === "<";
}

// `TextDecoder` and `TextEncoder` are globals in every browser, Node, Bun and
// Deno, but the library is type-checked without DOM or Node types (so nothing
// platform-specific slips in): declare just the part the reader uses, here.
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean },
) => { decode(input: Uint8Array): string };
declare const TextEncoder: new () => { encode(input: string): Uint8Array };

/**
 * Bytes as text in the encoding `label` names (`utf-8`, `windows-1252`,
 * `latin1`); an encoding the platform does not know falls back to
 * windows-1252, which decodes every byte.
 */
export function decodeBytes(bytes: Uint8Array, label = "utf-8"): string {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Text as UTF-8 bytes. */
export function encodeText(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * An HTML or XML file as text: the encoding a byte order mark names; else
 * UTF-8 when the bytes are valid UTF-8, whatever the page declares (exports
 * declaring ISO-8859-1 are often UTF-8, and valid UTF-8 is almost never
 * anything else); else the encoding a `<meta charset>` or an XML declaration
 * names, or windows-1252 (old exports say nothing and are in it).
 */
export function decodeMarkup(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeBytes(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeBytes(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeBytes(bytes.subarray(2), "utf-16be");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const head = decodeBytes(bytes.subarray(0, 4096), "latin1");
    const named = /(?:charset|encoding)\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    // Said to be UTF-8 and not: exports that claim it are in windows-1252.
    const utf8 = named === undefined || named === "utf-8" || named === "utf8";
    return decodeBytes(bytes, utf8 ? "windows-1252" : named);
  }
}

import type { ArticleIssue } from "../schema/issues.js";
import { notUtf8, windows1252 } from "./decode.js";

// `TextDecoder` is a global in every browser and in Node; the core is
// type-checked without DOM or Node types, so declare the part used here.
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(input?: Uint8Array, options?: { stream?: boolean }): string };

/** A UTF-8 sequence cut at the end of `bytes`: how many bytes to hold for the next chunk. */
function cutSequence(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back] as number;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * Decodes bytes that arrive in chunks as `decodeBytes` decodes them whole: a
 * UTF-16 byte order mark gives UTF-16, else UTF-8 (a BOM dropped), and bytes
 * that are not UTF-8 give windows-1252 with the `not-utf8` warning. Bytes
 * cannot be read twice, so the switch to windows-1252 is made at the chunk
 * holding the first byte that is not UTF-8; the text before it stays UTF-8.
 */
export class StreamDecoder {
  #mode: "start" | "utf8" | "utf16" | "windows-1252" = "start";
  #utf16: { decode(input?: Uint8Array, options?: { stream?: boolean }): string } | null = null;
  /** Bytes held back: a UTF-8 sequence cut by the chunk's end, or a first byte too few to tell a BOM. */
  #held: Uint8Array = new Uint8Array(0);
  #first = true;
  /** The `not-utf8` warning, once the bytes have been found not to be UTF-8. */
  warning: ArticleIssue | null = null;

  /** The text of the next chunk (possibly empty). */
  push(chunk: Uint8Array): string {
    if (this.#mode === "start") {
      const bytes = concat(this.#held, chunk);
      // One byte cannot tell a UTF-16 byte order mark from UTF-8: wait for a second.
      if (bytes.length < 2) {
        this.#held = bytes;
        return "";
      }
      this.#held = new Uint8Array(0);
      this.#begin(bytes);
      return this.#decode(bytes);
    }
    return this.#decode(chunk);
  }

  /** The text still held at the end of the input. */
  end(): string {
    if (this.#mode === "start") {
      const held = this.#held;
      this.#held = new Uint8Array(0);
      this.#mode = "utf8";
      return held.length === 0 ? "" : this.#decode(held) + this.end();
    }
    if (this.#utf16) return this.#utf16.decode();
    if (this.#held.length === 0) return "";
    const held = this.#held;
    this.#held = new Uint8Array(0);
    return this.#fallBack(held); // a sequence cut by the end of the input
  }

  #begin(bytes: Uint8Array): void {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      this.#utf16 = new TextDecoder("utf-16le");
    } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      this.#utf16 = new TextDecoder("utf-16be");
    }
    this.#mode = this.#utf16 ? "utf16" : "utf8";
  }

  #decode(chunk: Uint8Array): string {
    if (this.#mode === "windows-1252") return windows1252(chunk);
    if (this.#utf16) return this.#utf16.decode(chunk, { stream: true });
    const bytes = concat(this.#held, chunk);
    const cut = cutSequence(bytes);
    const whole = bytes.subarray(0, bytes.length - cut);
    this.#held = bytes.slice(bytes.length - cut);
    try {
      // A fresh fatal decoder per chunk: it drops a BOM only at the input's start.
      const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: !this.#first }).decode(whole);
      this.#first = false;
      return text;
    } catch {
      const held = this.#held;
      this.#held = new Uint8Array(0);
      return this.#fallBack(concat(whole, held));
    }
  }

  #fallBack(bytes: Uint8Array): string {
    this.#mode = "windows-1252";
    this.warning = notUtf8();
    return windows1252(bytes);
  }
}

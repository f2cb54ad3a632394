import { decodeBytes } from "../internal.js";

/** How many leading bytes are searched for a NUL to call an input binary (as git and ripgrep do). */
export const BINARY_SNIFF_BYTES = 8192;

const NUL = 0x00;

/** Whether bytes open with a UTF-16 byte order mark: such text holds NULs and is not binary. */
function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  );
}

/** Whether an input starting with `head` is binary: a NUL in its first 8 KiB, no UTF-16 BOM. */
export function looksBinary(head: Uint8Array): boolean {
  if (hasUtf16Bom(head)) return false;
  return head.subarray(0, BINARY_SNIFF_BYTES).includes(NUL);
}

/** The `binary-file` message. */
export const BINARY_MESSAGE =
  "A NUL byte in its first 8 KiB: taken for a binary file and skipped (--binary parses it anyway).";

// A lone continuation byte: never valid UTF-8, and one character in windows-1252.
const NOT_UTF8 = 0x80;

/** Bytes as windows-1252, exactly as the library decodes a `Uint8Array` that is not UTF-8. */
function windows1252(bytes: Uint8Array): string {
  // decodeBytes falls back to windows-1252 only for the whole of an input that
  // is not UTF-8: one byte that cannot be UTF-8 in front makes sure it does.
  const marked = new Uint8Array(bytes.length + 1);
  marked[0] = NOT_UTF8;
  marked.set(bytes, 1);
  return decodeBytes(marked).text.slice(1);
}

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

/** What a {@link ByteDecoder} tells its user, besides the text. */
export interface DecodeEvents {
  /** The input is binary and `--binary` was not given: no text follows. */
  binary(): void;
  /** The bytes are not UTF-8: the library's `not-utf8` warning message. */
  notUtf8(message: string): void;
}

/**
 * Decodes bytes that arrive in chunks (standard input, a FIFO) as the library
 * decodes a whole `Uint8Array`: a UTF-16 BOM gives UTF-16, else UTF-8 (a BOM is
 * dropped), and bytes that are not UTF-8 give windows-1252 with the `not-utf8`
 * warning. As the bytes cannot be read twice, the switch to windows-1252 is
 * made at the chunk holding the first byte that is not UTF-8, not at the start.
 * The first 8 KiB are held to decide whether the input is binary.
 */
export class ByteDecoder {
  readonly #events: DecodeEvents;
  readonly #allowBinary: boolean;
  #head: Uint8Array[] = [];
  #headLength = 0;
  #mode: "sniff" | "utf8" | "utf16le" | "utf16be" | "windows-1252" | "binary" = "sniff";
  #utf16: TextDecoder | null = null;
  #held: Uint8Array = new Uint8Array(0);
  #first = true;

  constructor(events: DecodeEvents, allowBinary: boolean) {
    this.#events = events;
    this.#allowBinary = allowBinary;
  }

  /** The text of the next chunk (possibly empty). */
  push(chunk: Uint8Array): string {
    if (this.#mode !== "sniff") return this.#decode(chunk);
    this.#head.push(chunk);
    this.#headLength += chunk.length;
    return this.#headLength >= BINARY_SNIFF_BYTES ? this.#start() : "";
  }

  /** The text still held at the end of the input. */
  end(): string {
    let text = this.#mode === "sniff" ? this.#start() : "";
    if (this.#mode === "utf8" && this.#held.length > 0) {
      const held = this.#held;
      this.#held = new Uint8Array(0);
      text += this.#fallBack(held); // a sequence cut by the end of the input
    } else if (this.#utf16) text += this.#utf16.decode();
    return text;
  }

  #start(): string {
    const head = concat(this.#head);
    this.#head = [];
    if (!this.#allowBinary && looksBinary(head)) {
      this.#mode = "binary";
      this.#events.binary();
      return "";
    }
    if (head[0] === 0xff && head[1] === 0xfe) this.#mode = "utf16le";
    else if (head[0] === 0xfe && head[1] === 0xff) this.#mode = "utf16be";
    else this.#mode = "utf8";
    if (this.#mode !== "utf8") {
      this.#utf16 = new TextDecoder(this.#mode === "utf16le" ? "utf-16le" : "utf-16be");
    }
    return this.#decode(head);
  }

  #decode(chunk: Uint8Array): string {
    switch (this.#mode) {
      case "binary":
        return "";
      case "windows-1252":
        return windows1252(chunk);
      case "utf16le":
      case "utf16be":
        return (this.#utf16 as TextDecoder).decode(chunk, { stream: true });
      default: {
        const bytes = this.#held.length > 0 ? concat([this.#held, chunk]) : chunk;
        const cut = cutSequence(bytes);
        const whole = bytes.subarray(0, bytes.length - cut);
        this.#held = bytes.slice(bytes.length - cut);
        try {
          // A fresh fatal decoder per chunk: it drops a BOM only at the input's start.
          const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: !this.#first }).decode(
            whole,
          );
          this.#first = false;
          return text;
        } catch {
          const held = this.#held;
          this.#held = new Uint8Array(0);
          return this.#fallBack(concat([whole, held]));
        }
      }
    }
  }

  #fallBack(bytes: Uint8Array): string {
    this.#mode = "windows-1252";
    const { warnings } = decodeBytes(new Uint8Array([NOT_UTF8]));
    this.#events.notUtf8((warnings[0] as { message: string }).message);
    return windows1252(bytes);
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

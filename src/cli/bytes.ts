import { StreamDecoder } from "../internal.js";

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
/** What a {@link ByteDecoder} tells its user, besides the text. */
export interface DecodeEvents {
  /** The input is binary and `--binary` was not given: no text follows. */
  binary(): void;
  /** The bytes are not UTF-8: the library's `not-utf8` warning message. */
  notUtf8(message: string): void;
}

/**
 * Decodes bytes that arrive in chunks (standard input, a FIFO) as the library
 * decodes them (its `StreamDecoder`: a UTF-16 BOM gives UTF-16, else UTF-8,
 * and bytes that are not UTF-8 give windows-1252 from the chunk where that
 * shows, with the `not-utf8` warning). The first 8 KiB are held to decide
 * whether the input is binary.
 */
export class ByteDecoder {
  readonly #events: DecodeEvents;
  readonly #allowBinary: boolean;
  #head: Uint8Array[] = [];
  #headLength = 0;
  #decoder: StreamDecoder | null = null;
  #binary = false;
  #warned = false;

  constructor(events: DecodeEvents, allowBinary: boolean) {
    this.#events = events;
    this.#allowBinary = allowBinary;
  }

  /** The text of the next chunk (possibly empty). */
  push(chunk: Uint8Array): string {
    if (this.#binary) return "";
    if (this.#decoder !== null) return this.#tell(this.#decoder.push(chunk));
    this.#head.push(chunk);
    this.#headLength += chunk.length;
    return this.#headLength >= BINARY_SNIFF_BYTES ? this.#start() : "";
  }

  /** The text still held at the end of the input. */
  end(): string {
    const text = this.#decoder === null ? this.#start() : "";
    if (this.#decoder === null) return text;
    return text + this.#tell(this.#decoder.end());
  }

  #start(): string {
    const head = concat(this.#head);
    this.#head = [];
    if (!this.#allowBinary && looksBinary(head)) {
      this.#binary = true;
      this.#events.binary();
      return "";
    }
    this.#decoder = new StreamDecoder();
    return this.#tell(this.#decoder.push(head));
  }

  /** Passes text on, after the `not-utf8` warning the first time it shows. */
  #tell(text: string): string {
    const warning = this.#decoder?.warning;
    if (warning && !this.#warned) {
      this.#warned = true;
      this.#events.notUtf8(warning.message);
    }
    return text;
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

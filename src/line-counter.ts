/**
 * A 1-based line and column, as editors show them.
 *
 * @example
 * ```ts
 * import { type LinePos, LineCounter } from "syndicated-article";
 *
 * const pos: LinePos = new LineCounter("Title\n\nBody.").linePos(7);
 * pos; // { line: 3, col: 1 }
 * ```
 */
export interface LinePos {
  /** 1-based line number. */
  line: number;
  /** 1-based column, counted in UTF-16 code units. */
  col: number;
}

/**
 * Turns offsets into 1-based line and column numbers. The table of line starts
 * is built on the first lookup only, so parsing never pays for it (the same
 * trade eemeli/yaml's LineCounter makes). Line breaks are LF, CRLF and lone CR,
 * exactly as the parser splits lines.
 *
 * @example
 * ```ts
 * import { LineCounter } from "syndicated-article";
 *
 * const counter = new LineCounter("Headline\r\n\r\nBody.");
 * counter.linePos(12); // { line: 3, col: 1 }
 * ```
 */
export class LineCounter {
  readonly #text: string;
  #starts: number[] | undefined;

  /**
   * Keeps the text; the table of line starts waits for the first lookup.
   *
   * @param text - the text the offsets point into, exactly as it was parsed.
   */
  constructor(text: string) {
    this.#text = text;
  }

  /**
   * The line and column of `offset`. Offsets past the end clamp to the end.
   *
   * @param offset - a UTF-16 offset into the text, such as a span's `start`.
   * @example
   * ```ts
   * import { LineCounter } from "syndicated-article";
   *
   * new LineCounter("a\nb").linePos(2); // { line: 2, col: 1 }
   * ```
   */
  linePos(offset: number): LinePos {
    const starts = this.#lineStarts();
    const target = Math.max(0, Math.min(offset, this.#text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= target) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: target - (starts[lo] as number) + 1 };
  }

  #lineStarts(): number[] {
    if (this.#starts) return this.#starts;
    const text = this.#text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) starts.push(i + 1);
      else if (c === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        starts.push(i + 1);
      }
    }
    this.#starts = starts;
    return starts;
  }
}

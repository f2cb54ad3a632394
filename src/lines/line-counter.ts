import { LineReader } from "./reader.js";

/**
 * A 1-based line and column, as editors show them.
 *
 * @category Helpers
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
 * @category Helpers
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
   * @category Helpers
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
    const starts: number[] = [];
    // The parser's own line scanner, so lines are counted exactly as it splits them.
    const reader = new LineReader((_, __, ___, offset) => {
      starts.push(offset);
    });
    reader.push(this.#text);
    reader.end();
    this.#starts = starts;
    return starts;
  }
}

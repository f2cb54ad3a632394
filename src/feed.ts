import type { LabelIndex } from "./labels/index.js";
import type { Lines } from "./lines.js";
import { describe, type ParseOptions, resolveOptions } from "./options.js";
import { type SafeParseArticleResult, safeParseArticle } from "./parse.js";
import type { Span } from "./schema.js";
import { readLabelLine } from "./trailer.js";
import { normalizeUrl } from "./url.js";
import { isSpaceCode } from "./whitespace.js";

/** How many characters `FeedSplitter.push` reads at a time. */
const PIECE = 8192;

/**
 * Whether `text[from, to)` (a line's leading or trailing white space) holds a
 * form feed. A loop over those few characters: `text.slice(from, to).includes()`
 * on a slice of a large feed scanned far past the slice in V8's optimised code,
 * making `splitArticles` hundreds of times slower from its third call on.
 */
function hasFormFeed(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0c) return true;
  return false;
}

/** A rule line between articles: five or more `-` or `=` and nothing else. */
function isRule(text: string): boolean {
  const c = text.charCodeAt(0);
  if (text.length < 5 || (c !== 0x2d && c !== 0x3d)) return false;
  for (let i = 1; i < text.length; i++) if (text.charCodeAt(i) !== c) return false;
  return true;
}

/** The first line of a wire header: `-- Headline` (Reuters dumps), or a bare `--`. */
function isHeaderLine(text: string): boolean {
  return (
    text.charCodeAt(0) === 0x2d &&
    text.charCodeAt(1) === 0x2d &&
    (text.length === 2 || text.charCodeAt(2) === 0x20)
  );
}

/** Where an article was found: its span in the feed and the line and column it starts at. */
export interface FeedArticle extends Span {
  /** 1-based line of `start`, counting LF, CRLF and lone CR as `LineCounter` does. */
  line: number;
  /** 1-based column of `start`, in UTF-16 code units. */
  col: number;
}

/** A `-- ` line waiting for the next line of text. */
interface HeldLine {
  text: string;
  start: number;
  line: number;
  col: number;
}

/**
 * Splits a feed into articles as it arrives, in pieces of any size: the one
 * implementation behind {@link splitArticleSpans} (one piece, the whole feed)
 * and the streams of `stream.ts` (one piece per chunk).
 *
 * Only complete lines are classified: a line is held until its line break (or
 * the end of the feed) arrives, and a CR at the end of a piece is held until the
 * next piece says whether it is half of a CRLF. Each character is looked at a
 * bounded number of times, however the feed is cut, so the work is linear.
 * The splitter keeps no text of its own beyond the line it is reading and one
 * held `-- ` line; callers keep the raw text an open article needs
 * ({@link FeedSplitter.openStart} says from where).
 */
export class FeedSplitter {
  readonly #labels: LabelIndex;
  readonly #emit: (article: FeedArticle) => void;

  // Line reading.
  #offset = 0; // feed offset of the line being read
  #line = 1; // its 1-based line number
  #carry: string[] = []; // pieces of that line seen so far
  #heldCr = false; // the last piece ended with a CR
  #formFeed = false; // a form feed since the end of the last line of text

  // Article state, in feed offsets.
  #first = -1; // start of the open article, -1 when none is open
  #firstLine = 0;
  #firstCol = 0;
  #last = -1; // end of the open article's last line of text
  #lastIsHeader = false;
  #trailerRun = 0; // trailer lines since the last line of body text
  #trailerCloses = false;
  // A `-- ` line inside an article waits for the next line of text: it starts a
  // new article only when that line is a `-- ` line too (a wire header).
  #held: HeldLine | null = null;

  // One reusable single-line view for the trailer-label reader; `noisy` makes it
  // normalise odd spaces in values, as it would for a whole text holding any.
  readonly #view: { text: string; start: number[]; end: number[]; noisy: boolean } = {
    text: "",
    start: [0],
    end: [0],
    noisy: true,
  };

  /**
   * @param options - trailer labels, as for `parseArticle`; checked here, so a
   * malformed option throws `TypeError` before any text is read.
   * @param emit - called with each article as soon as its end is known, in order.
   */
  constructor(options: ParseOptions | undefined, emit: (article: FeedArticle) => void) {
    this.#labels = resolveOptions(options).labels;
    this.#emit = emit;
  }

  /**
   * The feed offset from which text may still belong to an article that has not
   * been emitted: the open article's start, else the start of the line being read.
   */
  get openStart(): number {
    return this.#first === -1 ? this.#offset : this.#first;
  }

  /** Reads the next piece of the feed. */
  push(piece: string): void {
    // Long pieces are read a few thousand characters at a time: on Node 20, V8's
    // optimised line loop slowed in proportion to the piece's length, making a
    // 10 MB feed split 400 times slower from the third call on.
    if (piece.length <= PIECE) this.#pushPiece(piece);
    else for (let i = 0; i < piece.length; i += PIECE) this.#pushPiece(piece.slice(i, i + PIECE));
  }

  #pushPiece(piece: string): void {
    const length = piece.length;
    if (length === 0) return;
    let pos = 0;
    if (this.#heldCr) {
      this.#heldCr = false;
      const crlf = piece.charCodeAt(0) === 0x0a;
      this.#endCarried(crlf ? 2 : 1);
      if (crlf) pos = 1;
    }
    // As in `scanLines`: lone CRs are rare, so look for them only when needed.
    let nextCr = piece.indexOf("\r", pos);
    while (pos < length) {
      let nextLf = piece.indexOf("\n", pos);
      if (nextCr !== -1 && nextCr < pos) nextCr = piece.indexOf("\r", pos);
      if (nextLf === -1) nextLf = length;
      let lineEnd = nextLf;
      let breakLength = 1;
      if (nextCr !== -1 && nextCr < nextLf) {
        lineEnd = nextCr;
        if (nextCr + 1 === length) {
          // CR or CRLF? The next piece will tell.
          this.#carry.push(piece.slice(pos, nextCr));
          this.#heldCr = true;
          return;
        }
        breakLength = nextCr + 1 === nextLf ? 2 : 1;
      } else if (nextLf === length) {
        this.#carry.push(piece.slice(pos));
        return;
      }
      if (this.#carry.length > 0) {
        this.#carry.push(piece.slice(pos, lineEnd));
        this.#endCarried(breakLength);
      } else {
        this.#readLine(piece, pos, lineEnd, breakLength);
      }
      pos = lineEnd + breakLength;
    }
  }

  /** Ends the feed: reads the last line and emits the open article. */
  end(): void {
    if (this.#heldCr) {
      this.#heldCr = false;
      this.#endCarried(1);
    }
    this.#endCarried(0);
    if (this.#held) this.#release(false);
    this.#close();
  }

  #endCarried(breakLength: number): void {
    const text = this.#carry.length === 1 ? (this.#carry[0] as string) : this.#carry.join("");
    this.#carry = [];
    this.#readLine(text, 0, text.length, breakLength);
  }

  /** One complete line: `text.slice(from, to)`, followed by a break of `breakLength`. */
  #readLine(text: string, from: number, to: number, breakLength: number): void {
    let s = from;
    let e = to;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    const base = this.#offset - from;
    if (s === e) {
      if (hasFormFeed(text, from, to)) this.#formFeed = true;
    } else {
      // A form feed in the white space between two lines of text ends the article.
      const formFeed = this.#formFeed || hasFormFeed(text, from, s);
      this.#textLine(text.slice(s, e), base + s, base + e, s - from + 1, formFeed);
      this.#formFeed = hasFormFeed(text, e, to);
    }
    this.#offset += to - from + breakLength;
    if (breakLength > 0) this.#line++;
  }

  /** A non-blank line, trimmed, with its feed offsets. */
  #textLine(text: string, start: number, end: number, col: number, formFeed: boolean): void {
    if (this.#held) this.#release(isHeaderLine(text));
    if (formFeed) this.#close();
    if (isRule(text)) {
      this.#close();
      return;
    }
    const isHeader = isHeaderLine(text);
    if (this.#first !== -1 && isHeader && !this.#lastIsHeader) {
      this.#held = { text, start, line: this.#line, col };
      return;
    }
    this.#addLine(text, start, end, col, isHeader);
  }

  #release(nextIsHeader: boolean): void {
    const held = this.#held as HeldLine;
    this.#held = null;
    if (nextIsHeader) this.#close();
    this.#addLine(held.text, held.start, held.start + held.text.length, held.col, true, held.line);
  }

  #addLine(
    text: string,
    start: number,
    end: number,
    col: number,
    isHeader: boolean,
    line: number = this.#line,
  ): void {
    const field = this.#first === -1 ? null : this.#readLabel(text);
    if (field) {
      this.#trailerRun++;
      if (
        this.#trailerRun >= 2 ||
        (field.key === "originalUrl" && normalizeUrl(field.value) !== null)
      ) {
        this.#trailerCloses = true;
      }
    } else {
      if (this.#trailerCloses) this.#close();
      this.#trailerRun = 0;
      this.#trailerCloses = false;
    }
    if (this.#first === -1) {
      this.#first = start;
      this.#firstLine = line;
      this.#firstCol = col;
    }
    this.#last = end;
    this.#lastIsHeader = isHeader;
  }

  #readLabel(text: string) {
    const view = this.#view;
    view.text = text;
    view.end[0] = text.length;
    return readLabelLine(view as Lines, 0, this.#labels);
  }

  #close(): void {
    if (this.#first !== -1) {
      this.#emit({
        start: this.#first,
        end: this.#last,
        line: this.#firstLine,
        col: this.#firstCol,
      });
    }
    this.#first = -1;
    this.#last = -1;
    this.#trailerRun = 0;
    this.#trailerCloses = false;
  }
}

/**
 * Where each article of a feed lies: UTF-16 spans into `feed`, trimmed of the
 * blank lines around them. Articles are separated by form feeds, by rule lines
 * (`-----`, `=====`), by a new `-- ` wire header, or by the end of a trailer:
 * after a run of two or more known trailer lines (or one `Original:` line with a
 * link), the next line of text starts a new article. A feed with no separator
 * is one article.
 *
 * @param feed - text holding one or more articles back to back.
 * @param options - trailer labels, as for `parseArticle`.
 * @example
 * ```ts
 * import { splitArticleSpans } from "syndicated-article";
 *
 * splitArticleSpans("One\n\nBody.\n-----\nTwo\n\nBody.");
 * // [{ start: 0, end: 10 }, { start: 17, end: 27 }]
 * ```
 */
export function splitArticleSpans(feed: string, options?: ParseOptions): Span[] {
  if (typeof feed !== "string") throw new TypeError(`Expected a string, got ${describe(feed)}`);
  const spans: Span[] = [];
  const splitter = new FeedSplitter(options, (a) => spans.push({ start: a.start, end: a.end }));
  splitter.push(feed);
  splitter.end();
  return spans;
}

/**
 * Splits a feed holding several articles back to back into the text of each,
 * by the rules of {@link splitArticleSpans}.
 *
 * @param feed - text holding one or more articles.
 * @param options - trailer labels, as for `parseArticle`.
 * @example
 * ```ts
 * import { splitArticles } from "syndicated-article";
 *
 * splitArticles("One\n\nBody.\n\nSource: AFP\nOriginal: example.com/1\n\nTwo\n\nBody.");
 * // ["One\n\nBody.\n\nSource: AFP\nOriginal: example.com/1", "Two\n\nBody."]
 * ```
 */
export function splitArticles(feed: string, options?: ParseOptions): string[] {
  return splitArticleSpans(feed, options).map((s) => feed.slice(s.start, s.end));
}

/**
 * Splits a feed with {@link splitArticles} and parses each article with
 * `safeParseArticle`: one result per article, in order, never throwing.
 *
 * @param feed - text holding one or more articles.
 * @param options - as for `parseArticle`.
 * @example
 * ```ts
 * import { parseArticles } from "syndicated-article";
 *
 * const results = parseArticles("One\n\nBody.\n-----\nTwo\n\nBody.");
 * results.map((r) => (r.success ? r.data.headline : r.error.message)); // ["One", "Two"]
 * ```
 */
export function parseArticles(feed: string, options?: ParseOptions): SafeParseArticleResult[] {
  return splitArticles(feed, options).map((text) => safeParseArticle(text, options));
}

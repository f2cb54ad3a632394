import { readLabelLine } from "../classify/trailer.js";
import { factivaCodes } from "../dialects/factiva-codes.js";
import { isCoverLine, isMarkerText } from "../dialects/nexis-marks.js";
import { closesRecord, isPrologue, recordOpening } from "../dialects/record-marks.js";
import { normalizeUrlAhead } from "../fields/url.js";
import type { Lines } from "../lines/lines.js";
import { LineReader } from "../lines/reader.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { Span } from "../schema/article.js";
import { isSpaceCode } from "../text/whitespace.js";

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

/**
 * Where an article was found: its span in the feed and the line and column it
 * starts at.
 *
 * @category Feeds and streams
 * @example
 * ```ts
 * import type { FeedArticle } from "syndicated-article";
 *
 * const found: FeedArticle = { start: 0, end: 10, line: 1, col: 1 };
 * ```
 */
export interface FeedArticle extends Span {
  /** 1-based line of `start`, counting LF, CRLF and lone CR as `LineCounter` does. */
  line: number;
  /** 1-based column of `start`, in UTF-16 code units. */
  col: number;
}

/**
 * Text of a feed that is no article, reported beside the articles: the
 * request header (cover page) of a Nexis export, before its first
 * `1 of 27 DOCUMENTS` line, or the prologue of a file of markup records
 * (`<!DOCTYPE lewis SYSTEM "lewis.dtd">` before the first `<REUTERS>`).
 *
 * @category Feeds and streams
 * @example
 * ```ts
 * import type { FeedSkipped } from "syndicated-article";
 *
 * const skipped: FeedSkipped = { start: 0, end: 30, line: 1, col: 1, reason: "cover-page" };
 * ```
 */
export interface FeedSkipped extends FeedArticle {
  /**
   * Why it is no article: a Nexis export's request header (`cover-page`), or
   * the markup before a file's first record (`prologue`: `<!DOCTYPE lewis …>`,
   * `<?xml …?>`).
   */
  reason: "cover-page" | "prologue";
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
  readonly #lexicon: Lexicon;
  readonly #emit: (article: FeedArticle) => void;
  readonly #skip: ((skipped: FeedSkipped) => void) | undefined;
  readonly #reader: LineReader;

  // Line reading.
  #offset = 0; // feed offset of the line being read
  #line = 1; // its 1-based line number
  #formFeed = false; // a form feed since the end of the last line of text

  // Article state, in feed offsets.
  #first = -1; // start of the open article, -1 when none is open
  #firstLine = 0;
  #firstCol = 0;
  #last = -1; // end of the open article's last line of text
  #lastIsHeader = false;
  #trailerRun = 0; // trailer lines since the last line of body text
  #trailerCloses = false;
  // The open article is a Factiva document (it opened with its `HD` code line):
  // only a form feed ends it, so rule lines, `-- ` lines and labelled lines in
  // its body are text.
  #coded = false;
  // Nexis exports: after a request header line or a document marker, only
  // markers end a document (their fields would read as trailers, their tables
  // hold rule lines).
  #cover = false; // the open text is a request header
  #markers = false; // a document marker has been read
  #emitted = false; // an article has been emitted
  // Markup records (`<REUTERS>`, `<DOC>`): the open article is a record, and
  // only its close tag or the next record's start tag ends it; its lines are
  // markup and text, never rules, wire headers or trailers.
  #record: string | null = null;
  #prologue = false; // the open text is markup before a file's first record
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
   * @param lexicon - the labels to read trailer lines by: the parser's, with
   * the options applied (a parser's feed functions resolve them first).
   * @param emit - called with each article as soon as its end is known, in order.
   * @param skip - called, in order with `emit`, with text that is no article (a cover page).
   */
  constructor(
    lexicon: Lexicon,
    emit: (article: FeedArticle) => void,
    skip?: (skipped: FeedSkipped) => void,
  ) {
    this.#lexicon = lexicon;
    this.#emit = emit;
    this.#skip = skip;
    this.#reader = new LineReader((text, from, to, offset, breakLength) => {
      this.#offset = offset;
      this.#readLine(text, from, to, breakLength);
      // Past this line: what the feed still needs starts after it.
      this.#offset = offset + (to - from) + breakLength;
    });
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
    this.#reader.push(piece);
  }

  /** Ends the feed: reads the last line and emits the open article. */
  end(): void {
    this.#reader.end();
    if (this.#held) this.#release(false);
    this.#close();
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
    if (breakLength > 0) this.#line++;
  }

  /** A non-blank line, trimmed, with its feed offsets. */
  #textLine(text: string, start: number, end: number, col: number, formFeed: boolean): void {
    if (this.#held) this.#release(isHeaderLine(text));
    if (this.#recordLine(text, start, end, col)) return;
    if (isMarkerText(text)) {
      // A document marker opens a document; what was open before the first one is its cover page.
      if (this.#markers || (!this.#cover && this.#emitted)) this.#close();
      else this.#close("cover-page");
      this.#markers = true;
      this.#cover = false;
    } else if (this.#first === -1 && !this.#markers && isCoverLine(text)) {
      this.#cover = true;
    }
    if (this.#markers || this.#cover) {
      this.#addLine(text, start, end, col, false, this.#line, false);
      return;
    }
    if (formFeed) this.#close();
    if (!this.#coded && isRule(text)) {
      this.#close();
      return;
    }
    const isHeader = isHeaderLine(text);
    if (this.#first !== -1 && isHeader && !this.#lastIsHeader && !this.#coded) {
      this.#held = { text, start, line: this.#line, col };
      return;
    }
    this.#addLine(text, start, end, col, isHeader);
  }

  /** Reads a line of a file of markup records; false when it is none of theirs. */
  #recordLine(text: string, start: number, end: number, col: number): boolean {
    const opening = text.charCodeAt(0) === 0x3c ? recordOpening(text) : null;
    if (opening !== null) {
      // What was open before the first record is the file's prologue when it is all markup.
      this.#close(this.#prologue && !this.#emitted ? "prologue" : undefined);
      this.#prologue = false;
      this.#addLine(text, start, end, col, false, this.#line, false);
      this.#record = opening;
    } else if (this.#record !== null) {
      this.#addLine(text, start, end, col, false, this.#line, false);
    } else {
      if (this.#first === -1 && !this.#markers && isPrologue(text)) this.#prologue = true;
      else if (this.#prologue && !isPrologue(text)) this.#prologue = false;
      return false;
    }
    if (closesRecord(text, this.#record)) this.#close();
    return true;
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
    trailers = true,
  ): void {
    const field = this.#first === -1 || this.#coded || !trailers ? null : this.#readLabel(text);
    if (field) {
      this.#trailerRun++;
      if (
        this.#trailerRun >= 2 ||
        (field.key === "originalUrl" && normalizeUrlAhead(field.value) !== null)
      ) {
        this.#trailerCloses = true;
      }
    } else {
      if (this.#trailerCloses && trailers) this.#close();
      this.#trailerRun = 0;
      this.#trailerCloses = false;
    }
    if (this.#first === -1) {
      this.#coded = factivaCodes.get(text) === "headline";
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
    return readLabelLine(view as Lines, 0, this.#lexicon);
  }

  #close(skipped?: FeedSkipped["reason"]): void {
    if (this.#first !== -1) {
      const found = {
        start: this.#first,
        end: this.#last,
        line: this.#firstLine,
        col: this.#firstCol,
      };
      if (skipped === undefined) {
        this.#emitted = true;
        this.#emit(found);
      } else this.#skip?.({ ...found, reason: skipped });
    }
    this.#first = -1;
    this.#last = -1;
    this.#trailerRun = 0;
    this.#trailerCloses = false;
    this.#coded = false;
    this.#record = null;
  }
}

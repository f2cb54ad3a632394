import type { SafeParseArticleResult } from "../parser/create-parser.js";
import { describe } from "../parser/describe.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { ArticleIssue } from "../schema/issues.js";
import { StreamDecoder } from "../text/stream-decode.js";
import { type FeedArticle, FeedSplitter } from "./splitter.js";

/**
 * A chunk of a feed, as the streams take it: text, or bytes, decoded as
 * `parseArticle` decodes a `Uint8Array` (UTF-8, UTF-16 with a byte order mark,
 * windows-1252 with a `not-utf8` warning). A stream takes one or the other.
 *
 * @category Feeds and streams
 * @example
 * ```ts
 * import type { FeedChunk } from "syndicated-article";
 *
 * const chunks: FeedChunk[] = [new TextEncoder().encode("One\n\nBody.")];
 * ```
 */
export type FeedChunk = string | Uint8Array;

// `TransformStream` is a global in browsers, Node >= 18, Deno and Bun, but the
// core is type-checked without DOM or Node types. The type is declared as an
// empty global interface: it merges with the platform's own declaration (DOM's
// lib or @types/node, which declare it with the same type parameters), so
// users see the real `TransformStream` and `pipeThrough` accepts it; nothing
// platform-specific is written into this library's declarations.
declare global {
  // biome-ignore lint/suspicious/noExplicitAny: must match the platform's type parameters to merge.
  interface TransformStream<I = any, O = any> {}
}

/** The part of a stream controller the transformers use. */
interface Controller<O> {
  enqueue(chunk: O): void;
}

// The constructor, declared here only, as `url.ts` declares `URL`.
declare const TransformStream: new <I, O>(transformer: {
  transform(chunk: I, controller: Controller<O>): void;
  flush(controller: Controller<O>): void;
}) => TransformStream<I, O>;

/**
 * Runs a {@link FeedSplitter} over chunks, keeping only the raw text that an
 * article not yet emitted may need, and hands each article's text to `emit`.
 * Chunks of bytes are decoded as `parseArticle` decodes bytes (a stream of
 * bytes that are not UTF-8 switches to windows-1252 where that shows; `emit`
 * is given the `not-utf8` warning from then on).
 */
export function splitChunks<O>(
  lexicon: Lexicon,
  emit: (
    text: string,
    article: FeedArticle,
    controller: Controller<O>,
    warning: ArticleIssue | null,
  ) => void,
): TransformStream<FeedChunk, O> {
  // Chunks still needed, oldest first, from `chunks[head]`; `base` is the feed
  // offset of `chunks[head]`. Whole chunks are kept and dropped, so memory is
  // bounded by the longest article plus a chunk at each end of it.
  let chunks: string[] = [];
  let head = 0;
  let base = 0;
  let current: Controller<O> | null = null;

  const textOf = (start: number, end: number): string => {
    let i = head;
    let from = base;
    while (from + (chunks[i] as string).length <= start) from += (chunks[i++] as string).length;
    const first = chunks[i] as string;
    if (end - from <= first.length) return first.slice(start - from, end - from);
    const parts = [first.slice(start - from)];
    let at = from + first.length;
    while (at < end) {
      const chunk = chunks[++i] as string;
      parts.push(at + chunk.length <= end ? chunk : chunk.slice(0, end - at));
      at += chunk.length;
    }
    return parts.join("");
  };

  // Made at the first chunk of bytes: a stream of text needs none.
  let decoder: StreamDecoder | null = null;
  let kind: "text" | "bytes" | null = null;
  const splitter = new FeedSplitter(lexicon, (article) => {
    emit(
      textOf(article.start, article.end),
      article,
      current as Controller<O>,
      decoder?.warning ?? null,
    );
  });

  const forget = () => {
    const keepFrom = splitter.openStart;
    while (head < chunks.length && base + (chunks[head] as string).length <= keepFrom) {
      base += (chunks[head] as string).length;
      chunks[head++] = "";
    }
    if (head === chunks.length) {
      chunks = [];
      head = 0;
    } else if (head > 64 && head * 2 > chunks.length) {
      chunks = chunks.slice(head);
      head = 0;
    }
  };

  const take = (text: string) => {
    if (text.length === 0) return;
    chunks.push(text);
    splitter.push(text);
    forget();
  };

  return new TransformStream<FeedChunk, O>({
    transform(chunk, controller) {
      current = controller;
      const now = typeof chunk === "string" ? "text" : chunk instanceof Uint8Array ? "bytes" : null;
      if (now === null) {
        throw new TypeError(`Expected text or bytes (a Uint8Array), got ${describe(chunk)}.`);
      }
      // One stream, one kind of chunk: the bytes read so far may end inside a character.
      if (kind !== null && now !== kind) {
        throw new TypeError(`Expected ${kind}, as the stream began, got ${now}.`);
      }
      kind = now;
      if (typeof chunk === "string") take(chunk);
      else {
        decoder ??= new StreamDecoder();
        take(decoder.push(chunk));
      }
    },
    flush(controller) {
      current = controller;
      if (decoder !== null) take(decoder.end());
      splitter.end();
      chunks = [];
    },
  });
}

/**
 * The stream of results of `safeParse` over each article: the work of
 * `safeParseArticlesStream`, for the default parser and for a parser built
 * with `createParser`. The `not-utf8` warning of bytes that are not UTF-8 is
 * added to each successful result read after it showed.
 */
export function resultStream(
  lexicon: Lexicon,
  safeParse: (text: string) => SafeParseArticleResult,
): TransformStream<FeedChunk, SafeParseArticleResult> {
  return splitChunks<SafeParseArticleResult>(lexicon, (text, _, controller, warning) => {
    const result = safeParse(text);
    if (warning !== null && result.success) result.warnings.unshift(warning);
    controller.enqueue(result);
  });
}

import { safeParseArticle } from "../parse.js";
import type { SafeParseArticleResult } from "../parser/create-parser.js";
import type { ParseOptions } from "../schema/options.js";
import { type FeedArticle, FeedSplitter } from "./splitter.js";

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
 */
function splitChunks<O>(
  options: ParseOptions | undefined,
  emit: (text: string, article: FeedArticle, controller: Controller<O>) => void,
): TransformStream<string, O> {
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

  const splitter = new FeedSplitter(options, (article) => {
    emit(textOf(article.start, article.end), article, current as Controller<O>);
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

  return new TransformStream<string, O>({
    transform(chunk, controller) {
      if (typeof chunk !== "string") {
        throw new TypeError(
          `Expected text chunks (pipe bytes through a TextDecoderStream first), got ${typeof chunk}`,
        );
      }
      if (chunk.length === 0) return;
      current = controller;
      chunks.push(chunk);
      splitter.push(chunk);
      forget();
    },
    flush(controller) {
      current = controller;
      splitter.end();
      chunks = [];
    },
  });
}

/**
 * A `TransformStream` that splits a feed arriving as text chunks into the text
 * of each article, exactly as {@link splitArticles} splits the whole feed,
 * however the chunks are cut (inside a line, a label or a CRLF pair). Memory is
 * bounded by the longest article, not the feed, and the work is linear in the
 * feed's length. Runs wherever Web Streams do: browsers, Node >= 18, Deno, Bun.
 *
 * @param options - trailer labels, as for `parseArticle`; a malformed option
 * throws `TypeError` here, before any text is read.
 * @returns a stream taking text chunks and giving one string per article.
 * @category Feeds and streams
 * @example
 * ```ts
 * import { splitArticlesStream } from "syndicated-article";
 *
 * const response = await fetch("https://example.com/feed.txt");
 * const articles = response.body!
 *   .pipeThrough(new TextDecoderStream())
 *   .pipeThrough(splitArticlesStream());
 * for await (const text of articles) console.log(text.split("\n", 1)[0]);
 * ```
 */
export function splitArticlesStream(options?: ParseOptions): TransformStream<string, string> {
  return splitChunks<string>(options, (text, _, controller) => controller.enqueue(text));
}

/**
 * A `TransformStream` that splits a feed arriving as text chunks and parses each
 * article with `safeParseArticle`: the same results, in the same order, as
 * {@link safeParseArticles} on the whole feed, never erroring on a bad article.
 * Spans in the results point into each article's text, as with `safeParseArticles`.
 *
 * @param options - as for `parseArticle`; a malformed option throws `TypeError`
 * here, before any text is read.
 * @returns a stream taking text chunks and giving one result per article.
 * @category Feeds and streams
 * @example
 * ```ts
 * import { safeParseArticlesStream } from "syndicated-article";
 *
 * const response = await fetch("https://example.com/feed.txt");
 * const results = response.body!
 *   .pipeThrough(new TextDecoderStream())
 *   .pipeThrough(safeParseArticlesStream());
 * for await (const result of results) {
 *   if (result.success) console.log(result.data.headline);
 *   else console.error(result.error.message);
 * }
 * ```
 */
export function safeParseArticlesStream(
  options?: ParseOptions,
): TransformStream<string, SafeParseArticleResult> {
  return splitChunks<SafeParseArticleResult>(options, (text, _, controller) =>
    controller.enqueue(safeParseArticle(text, options)),
  );
}

/**
 * An article of a streamed feed with where it starts in the feed, for tools
 * that report positions in the whole feed (the command-line tool does).
 * Not part of the package's public surface.
 */
export interface LocatedArticle extends FeedArticle {
  text: string;
}

/**
 * Like {@link splitArticlesStream}, with each article's feed offsets, line and
 * column. Internal: used by the command-line tool.
 */
export function splitLocatedArticlesStream(
  options?: ParseOptions,
): TransformStream<string, LocatedArticle> {
  return splitChunks<LocatedArticle>(options, (text, article, controller) =>
    controller.enqueue({ ...article, text }),
  );
}

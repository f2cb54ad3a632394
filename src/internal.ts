// NOT PUBLIC API. The internal entry module: what the command-line tool
// (src/cli/) needs from the core beyond the public surface of index.ts. It is
// not built into the package's exports and may change in any release; the CLI
// imports core internals from here and nowhere else, so a change to the core's
// layout is a change to this file only.

/** The default parser's options resolved: the lexicon a feed splitter reads labels with. */
export { resolveDefault } from "./default-parser.js";
/** The incremental feed splitter behind `splitArticles` and the streams. */
export { type FeedArticle, FeedSplitter } from "./feed/splitter.js";
/** A feed stream that also gives each article's offsets, line and column in the feed. */
export { type LocatedArticle, splitLocatedArticlesStream } from "./feed/stream.js";
/** Bytes to text as `parseArticle` decodes a `Uint8Array` (BOM, UTF-8, windows-1252). */
export { decodeBytes } from "./text/decode.js";
/** The same decoding for bytes that arrive in chunks. */
export { StreamDecoder } from "./text/stream-decode.js";

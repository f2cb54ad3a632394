// The internal entry of the command-line tool: what it needs beyond the public
// surface. Not public API: nothing here is re-exported by `index.ts`.
export { FeedSplitter } from "./feed/splitter.js";
export { splitLocatedArticlesStream } from "./feed/stream.js";
export { decodeBytes } from "./text/decode.js";

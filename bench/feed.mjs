// How a feed becomes article texts: the library's `splitArticles` when the
// built package has it, else a split on the separator line.
import { splitOnSeparator } from "./inputs.mjs";

/** True when the built package exports `splitArticles`. */
export const hasSplitArticles = (lib) => typeof lib.splitArticles === "function";

/** The article texts of `feed`. */
export function articleTexts(lib, feed) {
  if (!hasSplitArticles(lib)) return splitOnSeparator(feed);
  return lib.splitArticles(feed).map((item) => (typeof item === "string" ? item : item.text));
}

import { splitFeed } from "syndicated-article";
import { decodeBytes } from "./codec.js";
import type { FoundDocuments } from "./found.js";

/**
 * A text export (Nexis or Factiva text, or any feed): split as
 * `splitFeed` splits it, each document's layout left to the parser.
 */
export function textDocuments(bytes: Uint8Array): FoundDocuments {
  const text = decodeBytes(bytes);
  const { articles, skipped } = splitFeed(text);
  const documents = articles.map((a) => ({ text: text.slice(a.start, a.end), dialect: null }));
  const cover = skipped.map((s) => text.slice(s.start, s.end)).join("\n") || null;
  return { layout: "text", documents, cover };
}

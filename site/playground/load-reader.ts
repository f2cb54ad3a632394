// The export-file reader (`syndicated-article/files`, with its ZIP and HTML
// parsers) is a script of its own, loaded only when a file may need it, so the
// page's first load does not carry it. Its bundle takes the core library from
// the global this module sets, rather than holding a second copy of it.
import * as lib from "../../src/index.js";

/** The part of the export-file entry the playground uses. */
export type Reader = typeof import("../../src/files/index.js");

const scope = globalThis as typeof globalThis & {
  __syndicatedArticle?: typeof lib;
  __syndicatedArticleFiles?: Reader;
};

/** The reader, running `source` (the reader's bundle) the first time; null when no source has come. */
export function loadReader(source: string | null): Reader | null {
  if (scope.__syndicatedArticleFiles === undefined && source !== null) {
    scope.__syndicatedArticle = lib;
    new Function(source)();
  }
  return scope.__syndicatedArticleFiles ?? null;
}

import type { Locale } from "../schema/locale.js";

/**
 * Italian: labels, the byline word and title-case small words.
 *
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * // Built in: no option needed.
 * parseArticle("Titolo\n\nIl testo.\n\nFonte: ANSA").source; // "ANSA"
 * ```
 */
export const it = {
  language: "it",
  labels: {
    source: ["Fonte"],
    originalUrl: ["Articolo originale"],
  },
  smallWords: ["di", "da", "e", "del", "la"],
} as const satisfies Locale;

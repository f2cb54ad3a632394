import type { Locale } from "../schema/locale.js";

/**
 * Italian: labels, the byline word and title-case small words.
 *
 * @category Locales and dialects
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
  stopwords: [
    "il",
    "lo",
    "la",
    "i",
    "gli",
    "le",
    "un",
    "una",
    "di",
    "del",
    "della",
    "e",
    "o",
    "ma",
    "è",
    "sono",
    "era",
    "ha",
    "hanno",
    "in",
    "con",
    "per",
    "su",
    "da",
    "che",
    "non",
    "si",
    "come",
    "anche",
    "al",
    "alla",
    "dei",
  ],
  smallWords: ["di", "da", "e", "del", "la"],
} as const satisfies Locale;

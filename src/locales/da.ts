import type { Locale } from "../schema/locale.js";
import { daDateWords } from "./dates/da.js";

/**
 * Danish: labels and the date words (`Onsdag 6. Januar 2010`).
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * // Built in: no option needed.
 * parseArticle("Titel\n\nTeksten.\n\nKilde: Ritzau").source; // "Ritzau"
 * ```
 */
export const da = {
  language: "da",
  labels: {
    source: ["Kilde"],
  },
  stopwords: [
    "den",
    "det",
    "de",
    "en",
    "et",
    "og",
    "eller",
    "men",
    "er",
    "var",
    "har",
    "have",
    "i",
    "på",
    "for",
    "med",
    "af",
    "til",
    "at",
    "som",
    "ikke",
    "også",
    "der",
    "han",
    "hun",
    "vi",
    "sig",
    "fra",
    "om",
    "kan",
  ],
  smallWords: ["og", "i", "på", "til", "med", "af", "for"],
  dates: daDateWords,
} as const satisfies Locale;

import type { Locale } from "../schema/locale.js";
import { frDateWords } from "./dates/fr.js";

/**
 * French labels (`Source :`, with the space French puts before a colon).
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * // Built in: no option needed.
 * parseArticle("Titre\n\nLe texte.\n\nSource : AFP\nLien original : example.fr/1").originalUrl;
 * // "https://example.fr/1"
 * ```
 */
export const fr = {
  language: "fr",
  labels: {
    source: ["Source"],
    originalUrl: ["Lien original", "Article original"],
    disclaimer: ["Avertissement", "Avis de non-responsabilité"],
    originalTitle: ["Titre original"],
    editor: ["Rédacteur", "Rédactrice", "Édition"],
    byline: ["Auteur", "Autrice", "Journaliste"],
    publishedAt: ["Publié le", "Date de publication"],
  },
  bylinePrefixes: ["Par"],
  stopwords: [
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "du",
    "de",
    "et",
    "ou",
    "mais",
    "est",
    "sont",
    "était",
    "a",
    "ont",
    "dans",
    "sur",
    "pour",
    "par",
    "avec",
    "que",
    "qui",
    "ne",
    "pas",
    "ce",
    "cette",
    "il",
    "elle",
    "ils",
    "nous",
    "se",
    "son",
    "sa",
    "ses",
    "au",
    "aux",
    "plus",
    "en",
  ],
  smallWords: ["de", "la", "le", "les", "du", "des", "et"],
  dates: frDateWords,
} as const satisfies Locale;

import type { LanguageLabels } from "./types.js";

/**
 * French labels (`Source :`, with the space French puts before a colon).
 *
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * // Built in: no option needed.
 * parseArticle("Titre\n\nLe texte.\n\nSource : AFP\nLien original : example.fr/1").originalUrl;
 * // "https://example.fr/1"
 * ```
 */
export const frenchLabels = {
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
} as const satisfies LanguageLabels;

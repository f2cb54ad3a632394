import type { Locale } from "../schema/locale.js";
import { nlDateWords } from "./dates/nl.js";

/**
 * Dutch: labels, the byline word and title-case small words.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * // Built in: no option needed.
 * parseArticle("Titel\n\nDe tekst.\n\nBron: ANP").source; // "ANP"
 * ```
 */
export const nl = {
  language: "nl",
  labels: {
    source: ["Bron"],
    originalUrl: ["Origineel artikel", "Originele link"],
    byline: ["Auteur"],
  },
  bylinePrefixes: ["Door"],
  stopwords: [
    "de",
    "het",
    "een",
    "en",
    "of",
    "maar",
    "is",
    "zijn",
    "was",
    "werd",
    "wordt",
    "heeft",
    "hebben",
    "in",
    "op",
    "voor",
    "met",
    "van",
    "aan",
    "door",
    "dat",
    "die",
    "niet",
    "ook",
    "als",
    "er",
    "hij",
    "zij",
    "we",
    "bij",
    "naar",
    "om",
    "te",
  ],
  smallWords: ["van", "der", "den"],
  dates: nlDateWords,
} as const satisfies Locale;

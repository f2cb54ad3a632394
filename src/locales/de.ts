import type { Locale } from "../schema/locale.js";
import { deDateWords } from "./dates/de.js";

/**
 * German labels.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * // Built in: no option needed.
 * parseArticle("Titel\n\nDer Text.\n\nQuelle: dpa").source; // "dpa"
 * ```
 */
export const de = {
  language: "de",
  labels: {
    source: ["Quelle"],
    originalUrl: ["Originalartikel", "Originallink", "Link zum Original"],
    disclaimer: ["Hinweis", "Haftungsausschluss"],
    originalTitle: ["Originaltitel"],
    editor: ["Redaktion", "Redakteur", "Redakteurin"],
    byline: ["Autor", "Autorin"],
    publishedAt: ["Veröffentlicht", "Datum"],
  },
  bylinePrefixes: ["Von"],
  stopwords: [
    "der",
    "die",
    "das",
    "und",
    "oder",
    "aber",
    "nicht",
    "ist",
    "sind",
    "war",
    "wurde",
    "werden",
    "hat",
    "haben",
    "ein",
    "eine",
    "einen",
    "dem",
    "den",
    "des",
    "zu",
    "im",
    "in",
    "mit",
    "von",
    "auf",
    "für",
    "als",
    "auch",
    "es",
    "er",
    "sie",
    "wir",
    "sich",
    "dass",
    "bei",
    "nach",
    "noch",
    "wie",
  ],
  smallWords: ["von", "der", "den", "und"],
  dates: deDateWords,
} as const satisfies Locale;

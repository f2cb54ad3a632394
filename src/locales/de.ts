import type { Locale } from "../schema/locale.js";
import { deDateWords } from "./dates/de.js";

/**
 * German labels.
 *
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
  smallWords: ["von", "der", "den", "und"],
  dates: deDateWords,
} as const satisfies Locale;

import type { Locale } from "../schema/locale.js";
import { esDateWords } from "./dates/es.js";

/**
 * Spanish labels.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * // Built in: no option needed.
 * parseArticle("Título\n\nEl texto.\n\nFuente: EFE").source; // "EFE"
 * ```
 */
export const es = {
  language: "es",
  labels: {
    source: ["Fuente"],
    originalUrl: ["Enlace original", "Artículo original"],
    disclaimer: ["Aviso", "Aviso legal", "Descargo de responsabilidad"],
    originalTitle: ["Título original"],
    editor: ["Edición", "Editado por"],
    byline: ["Autor", "Autora"],
    publishedAt: ["Publicado", "Fecha de publicación"],
  },
  bylinePrefixes: ["Por"],
  stopwords: [
    "el",
    "la",
    "los",
    "las",
    "un",
    "una",
    "unos",
    "de",
    "del",
    "y",
    "o",
    "pero",
    "es",
    "son",
    "fue",
    "ha",
    "han",
    "en",
    "con",
    "por",
    "para",
    "que",
    "se",
    "no",
    "su",
    "sus",
    "al",
    "lo",
    "como",
    "más",
    "le",
    "este",
    "esta",
  ],
  smallWords: ["de", "del", "la", "y", "e"],
  dates: esDateWords,
} as const satisfies Locale;

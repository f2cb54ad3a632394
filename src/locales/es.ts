import type { Locale } from "../schema/locale.js";
import { esDateWords } from "./dates/es.js";

/**
 * Spanish labels.
 *
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
  smallWords: ["de", "del", "la", "y", "e"],
  dates: esDateWords,
} as const satisfies Locale;

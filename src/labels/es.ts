import type { LanguageLabels } from "./types.js";

/**
 * Spanish labels.
 *
 * @example
 * ```ts
 * import { spanishLabels } from "syndicated-article";
 *
 * spanishLabels.labels.source; // ["Fuente"]
 * ```
 */
export const spanishLabels = {
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
} as const satisfies LanguageLabels;

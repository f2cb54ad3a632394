import type { Locale } from "../schema/locale.js";

/**
 * Russian labels.
 *
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * // Built in: no option needed.
 * parseArticle("Заголовок\n\nТекст.\n\nИсточник: ТАСС").source; // "ТАСС"
 * ```
 */
export const ru = {
  language: "ru",
  labels: {
    source: ["Источник"],
    originalUrl: ["Оригинал", "Ссылка на оригинал", "Оригинал статьи"],
    disclaimer: ["Отказ от ответственности", "Заявление"],
    originalTitle: ["Оригинальный заголовок"],
    editor: ["Редактор"],
    byline: ["Автор"],
    publishedAt: ["Опубликовано", "Дата публикации"],
  },
} as const satisfies Locale;

import type { Locale } from "../schema/locale.js";

/**
 * Russian labels.
 *
 * @category Locales and dialects
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
  stopwords: [
    "и",
    "в",
    "во",
    "не",
    "что",
    "он",
    "она",
    "они",
    "на",
    "я",
    "с",
    "со",
    "как",
    "а",
    "то",
    "все",
    "так",
    "его",
    "но",
    "да",
    "ты",
    "к",
    "у",
    "же",
    "вы",
    "за",
    "бы",
    "по",
    "из",
    "это",
    "было",
    "был",
    "от",
    "для",
    "о",
  ],
} as const satisfies Locale;

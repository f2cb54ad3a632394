import type { Locale } from "../schema/locale.js";

/**
 * Ukrainian labels.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * // Built in: no option needed.
 * parseArticle("Заголовок\n\nТекст.\n\nДжерело: Укрінформ").source; // "Укрінформ"
 * ```
 */
export const uk = {
  language: "uk",
  labels: {
    source: ["Джерело"],
    originalUrl: ["Оригінал", "Посилання на оригінал", "Оригінал статті"],
    disclaimer: ["Застереження", "Заява"],
    originalTitle: ["Оригінальний заголовок"],
    editor: ["Редактор"],
    byline: ["Автор"],
    publishedAt: ["Опубліковано", "Дата публікації"],
  },
  stopwords: [
    "і",
    "й",
    "та",
    "в",
    "у",
    "на",
    "не",
    "що",
    "він",
    "вона",
    "вони",
    "з",
    "із",
    "як",
    "а",
    "то",
    "все",
    "так",
    "його",
    "але",
    "за",
    "б",
    "по",
    "до",
    "від",
    "для",
    "про",
    "це",
    "був",
    "була",
  ],
} as const satisfies Locale;

import type { Locale } from "../schema/locale.js";

/**
 * Ukrainian labels.
 *
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
} as const satisfies Locale;

import type { LanguageLabels } from "./types.js";

/**
 * Ukrainian labels.
 *
 * @example
 * ```ts
 * import { ukrainianLabels } from "syndicated-article";
 *
 * ukrainianLabels.labels.source; // ["Джерело"]
 * ```
 */
export const ukrainianLabels = {
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
} as const satisfies LanguageLabels;

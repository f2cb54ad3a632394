import type { DateWords } from "../../fields/read-date.js";

/**
 * Chinese month and weekday words, folded (lower case, no final dot), for
 * `readDate`.
 *
 * @example
 * ```
 * import { readDate } from "../../fields/read-date.js";
 * import { zhDateWords } from "./zh.js";
 *
 * readDate("2024年3月5日 星期二", [zhDateWords])?.iso; // "2024-03-05"
 * ```
 */
export const zhDateWords: DateWords = {
  // Months are numerals with 月, which the reader knows: no words to list.
  months: {},
  weekdays: [
    "星期一",
    "星期二",
    "星期三",
    "星期四",
    "星期五",
    "星期六",
    "星期日",
    "星期天",
    "周一",
    "周二",
    "周三",
    "周四",
    "周五",
    "周六",
    "周日",
    "周天",
    "週一",
    "週二",
    "週三",
    "週四",
    "週五",
    "週六",
    "週日",
    "礼拜一",
    "礼拜二",
    "礼拜三",
    "礼拜四",
    "礼拜五",
    "礼拜六",
    "礼拜日",
    "礼拜天",
  ],
};

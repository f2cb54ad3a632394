import type { DateWords } from "../../fields/read-date.js";

/**
 * Korean month and weekday words, folded (lower case, no final dot), for
 * `readDate`.
 *
 * @example
 * ```
 * import { readDate } from "../../fields/read-date.js";
 * import { koDateWords } from "./ko.js";
 *
 * readDate("2024년 3월 5일 (화) 10시 30분", [koDateWords])?.iso; // "2024-03-05T10:30:00"
 * ```
 */
export const koDateWords: DateWords = {
  // Months are numerals with 월, which the reader knows: no words to list.
  months: {},
  // The one-syllable forms only in brackets, as in `(화)`: alone, 월 and 일 are
  // the month and day markers.
  weekdays: [
    "월요일",
    "화요일",
    "수요일",
    "목요일",
    "금요일",
    "토요일",
    "일요일",
    "(월)",
    "(화)",
    "(수)",
    "(목)",
    "(금)",
    "(토)",
    "(일)",
  ],
};

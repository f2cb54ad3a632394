import type { DateWords } from "../../fields/read-date.js";

/**
 * Danish month and weekday words, folded (lower case, no final dot), for
 * `readDate`.
 *
 * @example
 * ```
 * import { readDate } from "../../fields/read-date.js";
 * import { daDateWords } from "./da.js";
 *
 * readDate("Onsdag 6. Januar 2010", [daDateWords])?.iso; // "2010-01-06"
 * ```
 */
export const daDateWords: DateWords = {
  months: {
    januar: 1,
    jan: 1,
    februar: 2,
    feb: 2,
    marts: 3,
    mar: 3,
    april: 4,
    apr: 4,
    maj: 5,
    juni: 6,
    jun: 6,
    juli: 7,
    jul: 7,
    august: 8,
    aug: 8,
    september: 9,
    sep: 9,
    sept: 9,
    oktober: 10,
    okt: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  },
  weekdays: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
  fillers: ["kl"],
};

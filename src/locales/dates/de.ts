import type { DateWords } from "../../fields/read-date.js";

/**
 * German month and weekday words, folded (lower case, no final dot), for
 * `readDate`.
 *
 * @example
 * ```
 * import { readDate } from "../../fields/read-date.js";
 * import { deDateWords } from "./de.js";
 *
 * readDate("Mittwoch 31. August 2011", [deDateWords])?.iso; // "2011-08-31"
 * ```
 */
export const deDateWords: DateWords = {
  months: {
    januar: 1,
    jänner: 1,
    jan: 1,
    jän: 1,
    februar: 2,
    feber: 2,
    feb: 2,
    märz: 3,
    maerz: 3,
    mär: 3,
    mrz: 3,
    april: 4,
    apr: 4,
    mai: 5,
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
    dezember: 12,
    dez: 12,
  },
  weekdays: [
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    "mo",
    "di",
    "mi",
    "do",
    "fr",
    "sa",
    "so",
  ],
  fillers: ["um", "uhr"],
};

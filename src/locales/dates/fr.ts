import type { DateWords } from "../../fields/read-date.js";

/**
 * French month and weekday words, folded (lower case, no final dot), for
 * `readDate`.
 *
 * @example
 * ```
 * import { readDate } from "../../fields/read-date.js";
 * import { frDateWords } from "./fr.js";
 *
 * readDate("17 mai 2003", [frDateWords])?.iso; // "2003-05-17"
 * ```
 */
export const frDateWords: DateWords = {
  months: {
    janvier: 1,
    janv: 1,
    février: 2,
    fevrier: 2,
    févr: 2,
    fevr: 2,
    fév: 2,
    mars: 3,
    avril: 4,
    avr: 4,
    mai: 5,
    juin: 6,
    juillet: 7,
    juil: 7,
    août: 8,
    aout: 8,
    septembre: 9,
    sept: 9,
    octobre: 10,
    oct: 10,
    novembre: 11,
    nov: 11,
    décembre: 12,
    decembre: 12,
    déc: 12,
  },
  // No `mar` for mardi: it is March in English and Spanish.
  weekdays: [
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lun",
    "mer",
    "jeu",
    "ven",
    "sam",
    "dim",
  ],
  fillers: ["le", "à"],
};

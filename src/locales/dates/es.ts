import type { DateWords } from "../../fields/read-date.js";

/**
 * Spanish month and weekday words, folded (lower case, no final dot), for
 * `readDate`.
 *
 * @example
 * ```
 * import { readDate } from "../../fields/read-date.js";
 * import { esDateWords } from "./es.js";
 *
 * readDate("11 de enero de 2010", [esDateWords])?.iso; // "2010-01-11"
 * ```
 */
export const esDateWords: DateWords = {
  months: {
    enero: 1,
    ene: 1,
    febrero: 2,
    feb: 2,
    marzo: 3,
    mar: 3,
    abril: 4,
    abr: 4,
    mayo: 5,
    may: 5,
    junio: 6,
    jun: 6,
    julio: 7,
    jul: 7,
    agosto: 8,
    ago: 8,
    septiembre: 9,
    setiembre: 9,
    sep: 9,
    sept: 9,
    set: 9,
    octubre: 10,
    oct: 10,
    noviembre: 11,
    nov: 11,
    diciembre: 12,
    dic: 12,
  },
  // No `mar` for martes: it is the month.
  weekdays: [
    "lunes",
    "martes",
    "miércoles",
    "miercoles",
    "jueves",
    "viernes",
    "sábado",
    "sabado",
    "domingo",
    "lun",
    "mié",
    "mie",
    "jue",
    "vie",
    "sáb",
    "dom",
  ],
  fillers: ["de", "del"],
};

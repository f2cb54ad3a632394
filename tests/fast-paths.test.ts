import fc from "fast-check";
import { expect, it } from "vitest";
import { readDate } from "../src/fields/read-date.js";
import { enDateWords } from "../src/locales/dates/en.js";
import { scanWide } from "../src/text/wide-scan.js";
import { propertyRuns } from "./support/seed.js";

// The hand-written fast paths must answer exactly what the plain code they
// replace answers: the regular expressions and `Date#toISOString`.
propertyRuns(2000);

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is its job
const CONTROL = /[\0-\x08\x0e-\x1f\x7f]/;
const ODD_SPACE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\ufeff]/;
const LEAD = /[ÂÃâãÅÄð]/;

// Characters near every boundary the loop tests, and wide ones so the text is two-byte.
const CHARS = [
  ..."\0\x08\t\n\v\f\r\x0e\x1f \x7e\x7f\x80\x9f\xa0\xa1ÂÃÄÅâãäðñ",
  ..."\u167f\u1680\u1fff\u2000\u200a\u200b\u202f\u205f\u3000\ufeff\ufffd中한a.",
];
const text = fc
  .array(fc.constantFrom(...CHARS), { maxLength: 40 })
  .map((chars) => `中${chars.join("")}`);

it("scanWide answers what the three regular expressions answer", () => {
  fc.assert(
    fc.property(text, (t) => {
      const scan = scanWide(t);
      expect(scan.oddSpace).toBe(ODD_SPACE.test(t));
      expect(scan.control).toBe(CONTROL.exec(t)?.index ?? -1);
      expect(scan.mojibakeLead).toBe(LEAD.test(t));
    }),
  );
});

it("scanWide answers for the text it is given, not the one before", () => {
  expect(scanWide("中\t").oddSpace).toBe(true);
  expect(scanWide("中 ").oddSpace).toBe(false);
  expect(scanWide("中\x01").control).toBe(1);
});

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const ZONES: [string, number][] = [
  ["GMT", 0],
  ["EST", -300],
  ["AEDT", 660],
  ["+14:00", 840],
  ["-12:00", -720],
];

it("readDate writes the UTC form Date#toISOString writes, and refuses the days Date rolls over", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1000, max: 9999 }),
      fc.integer({ min: 0, max: 11 }),
      fc.integer({ min: 1, max: 31 }),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom(...ZONES),
      (year, month, day, hour, minute, [zone, offset]) => {
        const stated = `${MONTHS[month]} ${day}, ${year} ${hour}:${String(minute).padStart(2, "0")} ${zone}`;
        const read = readDate(stated, [enDateWords]);
        const exists = new Date(Date.UTC(year, month, day)).getUTCDate() === day;
        if (!exists) {
          expect(read).toBeNull();
          return;
        }
        const utc = Date.UTC(year, month, day, hour, minute) - offset * 60_000;
        expect(read?.iso).toBe(new Date(utc).toISOString());
      },
    ),
  );
});

import { languageNames } from "../locales/language-names.js";

// The values of labelled lines that are read, not kept as written.

/** `355 words`, `1.234 Wörter`, `LENGTH: 12,000`: the first number, or null. */
export function wordCountOf(value: string): number | null {
  const m = /^\D{0,12}?(\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+)/.exec(value);
  if (!m) return null;
  const n = Number((m[1] as string).replace(/\D/g, ""));
  return Number.isSafeInteger(n) ? n : null;
}

/** A stated language as a BCP 47 tag: a tag as written, or a known name; else null. */
export function languageOf(value: string): string | null {
  // Exports often name the language twice: `GERMAN; DEUTSCH`, `Dutch / Nederlands`.
  for (const name of value.split(/[;/,]/)) {
    const v = name.trim().replace(/\.$/, "");
    if (/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(v)) {
      return v.slice(0, 2).toLowerCase() + v.slice(2);
    }
    const known = languageNames[v.toLowerCase()];
    if (known !== undefined) return known;
  }
  return null;
}

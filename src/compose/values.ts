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

// `Jane Doe <jane@example.com>`, `"Doe, Jane" <jane@example.com>`, `jane@example.com (Jane Doe)`.
const NAME_BEFORE_ADDRESS = /^"?([^"<>@]{2,80}?)"?\s*<[^<>\s]+@[^<>\s]+>$/;
const NAME_AFTER_ADDRESS = /^[^\s()]+@[^\s()]+\s*\(([^()]{2,80})\)$/;

/**
 * The name in a byline that is an e-mail address with one (a message's
 * `From:` line), with its offsets; the value as it is otherwise.
 */
export function addressName<T extends { text: string; start: number; end: number }>(value: T): T {
  const m = NAME_BEFORE_ADDRESS.exec(value.text) ?? NAME_AFTER_ADDRESS.exec(value.text);
  if (m === null) return value;
  const name = (m[1] as string).trim();
  // The name after an address stands inside its brackets: look for it from the end.
  const at = value.text.lastIndexOf(name);
  if (name === "" || at === -1) return value;
  return { ...value, text: name, start: value.start + at, end: value.start + at + name.length };
}

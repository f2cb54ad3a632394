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

// `jane@example.com (Jane Doe)`: the address holds no `@` before its own.
const NAME_AFTER_ADDRESS = /^[^\s()@]+@[^\s()]+ ?\(([^()]{2,80})\)$/;

/**
 * The name in a byline that is an e-mail address with one (a message's
 * `From:` line: `Jane Doe <jane@example.com>`, `"Doe, Jane" <jane@example.com>`,
 * `jane@example.com (Jane Doe)`), with its offsets; the value as it is otherwise.
 */
export function addressName<T extends { text: string; start: number; end: number }>(value: T): T {
  const text = value.text;
  let name: string | null = null;
  const open = text.indexOf("<");
  if (open > 0 && text.endsWith(">") && text.indexOf("@", open) !== -1) {
    // Read by hand: a pattern with optional quotes and spaces around the name backtracks.
    const address = text.slice(open + 1, -1);
    if (!/[\s<>]/.test(address)) name = text.slice(0, open).trim().replace(/^"|"$/g, "").trim();
  } else {
    name = NAME_AFTER_ADDRESS.exec(text)?.[1]?.trim() ?? null;
  }
  if (name === null || name.length < 2 || name.length > 80) return value;
  // The name after an address stands inside its brackets: look for it from the end.
  const at = text.lastIndexOf(name);
  if (at === -1) return value;
  return { ...value, text: name, start: value.start + at, end: value.start + at + name.length };
}

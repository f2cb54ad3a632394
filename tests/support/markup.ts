// Shared by the record tests: what of the markup may never be left in a value.
import type { Article } from "../../src/index.js";

/** A tag of `tags`, a character reference, or a control character, found in `text`; null when none. */
export function markupIn(text: string, tags: readonly string[]): string | null {
  // A one-letter name (`D`, `P`) is also a ticker in text (`Dominion Resources
  // Inc <D>`, written `&lt;D>`): only its close tag is surely markup.
  const long = tags.filter((t) => t.length > 1);
  const short = tags.filter((t) => t.length === 1);
  const names = [
    `</?(?:${long.join("|")})\\b`,
    ...(short.length ? [`</(?:${short.join("|")})>`] : []),
  ];
  const tag = new RegExp(names.join("|"), "i").exec(text);
  if (tag) return tag[0];
  const reference = /&#?\w+;/.exec(text);
  if (reference) return reference[0];
  const control = /\p{Cc}/u.exec(text);
  return control ? `U+${(control[0].codePointAt(0) ?? 0).toString(16)}` : null;
}

/** Every text value of an Article: headline, byline, dateline, paragraphs, notes, trailer. */
export function valuesOf(a: Article): string[] {
  return [
    a.headline ?? "",
    a.byline ?? "",
    a.slug ?? "",
    a.dateline?.text ?? "",
    a.publishedAtText ?? "",
    ...a.sections.flatMap((s) => [s.heading ?? "", ...s.paragraphs]),
    ...a.notes.map((n) => n.text),
    ...a.trailer.flatMap((t) => [t.label, t.value]),
  ];
}

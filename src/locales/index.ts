// The built-in locales, one module each, and the `locales` object that holds
// them all, built by a pure call rather than with `export * as` so that a
// bundle using only some locales, through their own names (`enLocale`), drops
// the others (see dialects/index.ts).
import { da } from "./da.js";
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { it } from "./it.js";
import { ko } from "./ko.js";
import { nl } from "./nl.js";
import { ru } from "./ru.js";
import { uk } from "./uk.js";
import { zh } from "./zh.js";

export { da, de, en, es, fr, it, ko, nl, ru, uk, zh };

/**
 * Every built-in locale, by language code. Each is also exported under a name
 * of its own (`enLocale`, `zhLocale` …): import those when building a parser
 * of a few, so a bundle leaves the others out.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { locales } from "syndicated-article";
 *
 * Object.keys(locales).length; // 11
 * locales.de.language; // "de"
 * ```
 */
export const locales = /* @__PURE__ */ Object.freeze({
  da,
  de,
  en,
  es,
  fr,
  it,
  ko,
  nl,
  ru,
  uk,
  zh,
});

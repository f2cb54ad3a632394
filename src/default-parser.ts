import { aggregator } from "./dialects/aggregator.js";
import { cnnDailymail } from "./dialects/cnn-dailymail.js";
import { factiva } from "./dialects/factiva.js";
import { lines } from "./dialects/lines.js";
import { markdown } from "./dialects/markdown.js";
import { nexis } from "./dialects/nexis.js";
import { pressRelease } from "./dialects/press-release.js";
import { reutersSgml } from "./dialects/reuters-sgml.js";
import { sogouXml } from "./dialects/sogou-xml.js";
import { trecSgml } from "./dialects/trec-sgml.js";
import { webPage } from "./dialects/web-page.js";
import { wireDump } from "./dialects/wire-dump.js";
import { xsum } from "./dialects/xsum.js";
import { da } from "./locales/da.js";
import { de } from "./locales/de.js";
import { en } from "./locales/en.js";
import { es } from "./locales/es.js";
import { fr } from "./locales/fr.js";
import { it } from "./locales/it.js";
import { ko } from "./locales/ko.js";
import { nl } from "./locales/nl.js";
import { ru } from "./locales/ru.js";
import { uk } from "./locales/uk.js";
import { zh } from "./locales/zh.js";
import { createParser } from "./parser/create-parser.js";
import type { Lexicon } from "./parser/lexicon.js";
import { defaultResolved, OptionsError, type Resolved, resolveOptions } from "./parser/resolve.js";

/**
 * The package's own parser: every built-in dialect and locale. Importing any
 * of the default functions pulls all of them into a bundle; `createParser`
 * with a few is the way to a smaller one.
 */
export const config = {
  // The order breaks ties between equally strong claims; the first reads a
  // text no dialect claims. Markup records come early: a record's start tag
  // on the first line is unmistakable.
  dialects: [
    wireDump,
    reutersSgml,
    trecSgml,
    sogouXml,
    factiva,
    nexis,
    pressRelease,
    cnnDailymail,
    xsum,
    markdown,
    webPage,
    aggregator,
    lines,
  ],
  // The order decides which locale's key a label shared by two gets.
  locales: [en, zh, fr, es, de, ru, uk, nl, it, ko, da],
};

// Pure: a bundle that uses none of the default functions drops it, and with it every dialect and locale.
export const defaultParser = /* @__PURE__ */ createParser(config);

const defaults = /* @__PURE__ */ defaultResolved(config);
const cache = new Map<string, Lexicon>();

/**
 * Resolves options for the helpers that are not a whole parse (feeds,
 * streams, body splitting), with the default parser's data.
 *
 * @throws TypeError naming the malformed option.
 */
export function resolveDefault(options: unknown): Resolved {
  try {
    return resolveOptions(options, config, defaults, cache);
  } catch (error) {
    if (error instanceof OptionsError) throw new TypeError(error.message);
    throw error;
  }
}

// The built-in dialects, one module each, and the `dialects` object that
// holds them all. The object is built by a pure call rather than with
// `export * as`: a bundle that uses only some dialects, through their own
// names (`aggregatorDialect`), drops it and every dialect it does not use,
// which bundlers (esbuild among them) cannot do for a namespace re-export.
import { aggregator } from "./aggregator.js";
import { cnnDailymail } from "./cnn-dailymail.js";
import { factiva } from "./factiva.js";
import { lines } from "./lines.js";
import { markdown } from "./markdown.js";
import { nexis } from "./nexis.js";
import { pressRelease } from "./press-release.js";
import { reutersSgml } from "./reuters-sgml.js";
import { sogouXml } from "./sogou-xml.js";
import { trecSgml } from "./trec-sgml.js";
import { webPage } from "./web-page.js";
import { wireDump } from "./wire-dump.js";
import { xsum } from "./xsum.js";

export {
  aggregator,
  cnnDailymail,
  factiva,
  lines,
  markdown,
  nexis,
  pressRelease,
  reutersSgml,
  sogouXml,
  trecSgml,
  webPage,
  wireDump,
  xsum,
};

/**
 * Every built-in dialect, by name. Each is also exported under a name of its
 * own (`aggregatorDialect`, `factivaDialect` …): import those when building a
 * parser of a few, so a bundle leaves the others out.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { dialects } from "syndicated-article";
 *
 * dialects.wireDump.name; // "wire-dump"
 * ```
 */
export const dialects = /* @__PURE__ */ Object.freeze({
  aggregator,
  cnnDailymail,
  factiva,
  lines,
  markdown,
  nexis,
  pressRelease,
  reutersSgml,
  sogouXml,
  trecSgml,
  webPage,
  wireDump,
  xsum,
});

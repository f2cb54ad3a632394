// The built-in dialects, one module each; `export * as dialects` in the
// package entry makes them one namespace that bundlers shake member by member.
export { aggregator } from "./aggregator.js";
export { factiva } from "./factiva.js";
export { lines } from "./lines.js";
export { markdown } from "./markdown.js";
export { nexis } from "./nexis.js";
export { pressRelease } from "./press-release.js";
export { wireDump } from "./wire-dump.js";

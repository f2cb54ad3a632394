// The built-in locales, one module each. `export * as locales` in the package
// entry makes them one namespace that bundlers can still shake member by member.
export { da } from "./da.js";
export { de } from "./de.js";
export { en } from "./en.js";
export { es } from "./es.js";
export { fr } from "./fr.js";
export { it } from "./it.js";
export { ko } from "./ko.js";
export { nl } from "./nl.js";
export { ru } from "./ru.js";
export { uk } from "./uk.js";
export { zh } from "./zh.js";

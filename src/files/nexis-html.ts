import { splitFeed } from "syndicated-article";
import { isMarkerText } from "../dialects/nexis-marks.js";
import type { FoundDocuments } from "./found.js";
import { type Element, findAll, linesOf } from "./markup.js";

// Nexis UK HTML exports: the Nexis text export set in HTML. Each document
// opens with its `1 of 74 DOCUMENTS` line; each block is a `div` of `p`s,
// centered (publication, date, copyright) or flush left (headline, fields,
// body) by a class of the page's style sheet. The blocks are written out as
// the text export writes them, centered lines indented, and the text is cut
// into documents at their marker lines, as a text export is.

/** Indentation that marks a line as centered in the text layout. */
const CENTER = "                    ";

/** The classes the page's style sheet centers (`.c0 { text-align: center; }`). */
function centeredClasses(root: Element): Set<string> {
  const classes = new Set<string>();
  for (const style of findAll(root, (e) => e.name === "style")) {
    const css = style.children.filter((c) => typeof c === "string").join("");
    for (const [name, rules] of cssRules(css)) {
      if (/text-align:\s*center/i.test(rules)) classes.add(name);
    }
  }
  return classes;
}

/** The page as Nexis text: one block per paragraph, centered ones indented. */
function pageText(root: Element): string {
  const centered = centeredClasses(root);
  const isCentered = (e: Element) =>
    e.name === "center" ||
    (e.attrs.align ?? "").toLowerCase() === "center" ||
    (e.attrs.class ?? "").split(/\s+/).some((c) => centered.has(c));
  const blocks: string[] = [];
  const visit = (element: Element, center: boolean) => {
    const here = center || isCentered(element);
    const hasBlocks = element.children.some(
      (c) => typeof c !== "string" && (c.name === "p" || c.name === "div" || c.name === "table"),
    );
    if (
      !hasBlocks &&
      element.name !== "#root" &&
      element.name !== "body" &&
      element.name !== "html"
    ) {
      const lines = linesOf(element);
      if (lines.length > 0) blocks.push(lines.map((l) => (here ? CENTER + l : l)).join("\n"));
      return;
    }
    for (const child of element.children) if (typeof child !== "string") visit(child, here);
  };
  visit(root, false);
  return blocks.join("\n\n");
}

/** The Nexis documents of an HTML page; null when the page holds no document marker. */
export function nexisHtmlDocuments(root: Element): FoundDocuments | null {
  const text = pageText(root);
  if (!text.split("\n").some((line) => isMarkerText(line.trim()))) return null;
  const { articles, skipped } = splitFeed(text);
  const documents = articles.map((a) => ({
    text: text.slice(a.start, a.end),
    dialect: "nexis" as const,
  }));
  const cover = skipped.map((s) => text.slice(s.start, s.end)).join("\n") || null;
  return { layout: "nexis-html", documents, cover };
}

/**
 * The class rules of a style sheet (`.c3 { text-align: center }`) as [class,
 * declarations] pairs, read by hand: a pattern scanning for them backtracks
 * over long runs of word characters.
 */
function* cssRules(css: string): Generator<[string, string]> {
  for (let dot = css.indexOf("."); dot !== -1; dot = css.indexOf(".", dot + 1)) {
    let end = dot + 1;
    while (end < css.length && /[\w-]/.test(css.charAt(end))) end++;
    if (end === dot + 1) continue;
    let brace = end;
    while (brace < css.length && /\s/.test(css.charAt(brace))) brace++;
    if (css.charAt(brace) !== "{") continue;
    const close = css.indexOf("}", brace);
    if (close === -1) return;
    yield [css.slice(dot + 1, end), css.slice(brace + 1, close)];
  }
}

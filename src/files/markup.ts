import { Parser } from "htmlparser2";
import { fail } from "./failure.js";

/** An element of HTML or XML: the few facts the export readers look at. */
export interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
}

/** A node: an element, or text with its entities decoded. */
export type Node = Element | string;

/** Elements HTML never closes: they take no children, so they add no depth. */
const VOID = new Set(
  "area base br col embed hr img input link meta param source track wbr".split(" "),
);

/**
 * Reads HTML (or XML, with `xml`) into a tree with htmlparser2, which never
 * recurses and never fails on bad markup. Nesting past `maxDepth` is refused
 * as it is met, so a hostile file costs no more than that much depth; the
 * readers walk the tree recursively, within that bound.
 */
export function parseMarkup(text: string, xml: boolean, maxDepth: number): Element {
  const root: Element = { name: "#root", attrs: {}, children: [] };
  const stack: Element[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const element: Element = { name, attrs, children: [] };
        (stack[stack.length - 1] as Element).children.push(element);
        if (!xml && VOID.has(name)) return;
        stack.push(element);
        if (stack.length > maxDepth) {
          fail("too-deep", `The markup nests deeper than ${maxDepth} elements; it was not read.`);
        }
      },
      onclosetag(name) {
        if (!xml && VOID.has(name)) return;
        // htmlparser2 closes every open element it implies: the top is the one closed.
        if (stack.length > 1) stack.pop();
      },
      ontext(data) {
        const children = (stack[stack.length - 1] as Element).children;
        const last = children.length - 1;
        if (typeof children[last] === "string") children[last] += data;
        else children.push(data);
      },
    },
    { xmlMode: xml, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(text);
  parser.end();
  return root;
}

/** The value of a `class` attribute as its class names. */
export function classesOf(element: Element): string[] {
  return (element.attrs.class ?? "").split(/\s+/).filter((c) => c.length > 0);
}

/** Whether an element has the class `name`. */
export function hasClass(element: Element, name: string): boolean {
  return classesOf(element).includes(name);
}

/** Every element under `root` (itself included) for which `test` holds, in document order. */
export function findAll(root: Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (element: Element) => {
    if (test(element)) found.push(element);
    for (const child of element.children) if (typeof child !== "string") visit(child);
  };
  visit(root);
  return found;
}

/** The first element under `root` (itself included) for which `test` holds. */
export function findFirst(root: Element, test: (element: Element) => boolean): Element | null {
  if (test(root)) return root;
  for (const child of root.children) {
    if (typeof child === "string") continue;
    const found = findFirst(child, test);
    if (found) return found;
  }
  return null;
}

/** Elements that break a line before and after them when text is read out of HTML. */
const BLOCKS = new Set(
  "address article aside blockquote body br center dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split(
    " ",
  ),
);

/** Text never shown: its content is no part of the document. */
const HIDDEN = new Set(["script", "style", "head", "title", "noscript", "template"]);

/**
 * The text of an element as lines: each block element (`p`, `div`, `br`,
 * `tr`, …) on lines of its own, white space inside a line collapsed, blank
 * lines dropped. What a browser shows, without its styles.
 */
export function linesOf(element: Element): string[] {
  const lines: string[] = [];
  let current = "";
  const flush = () => {
    const line = current.replace(/[\s\u00a0]+/g, " ").trim();
    if (line.length > 0) lines.push(line);
    current = "";
  };
  const visit = (node: Node) => {
    if (typeof node === "string") {
      current += node;
      return;
    }
    if (HIDDEN.has(node.name)) return;
    const block = BLOCKS.has(node.name);
    if (block) flush();
    for (const child of node.children) visit(child);
    if (block) flush();
  };
  visit(element);
  flush();
  return lines;
}

/** The text of an element on one line, white space collapsed. */
export function textOf(element: Element): string {
  return linesOf(element).join(" ");
}

/** A line of text with what it stood in: the names and classes of its ancestors. */
export interface TaggedLine {
  text: string;
  tags: Set<string>;
}

/**
 * The text of an element as lines, as {@link linesOf} cuts them, each with
 * the element names and classes every piece of its text stood in: a reader
 * of a layout that marks its parts with classes (`DocPublicationName`)
 * finds them on the lines.
 */
export function taggedLinesOf(element: Element): TaggedLine[] {
  const lines: TaggedLine[] = [];
  let current = "";
  let tags = new Set<string>();
  const flush = () => {
    const text = current.replace(/[\s\u00a0]+/g, " ").trim();
    if (text.length > 0) lines.push({ text, tags });
    current = "";
    tags = new Set();
  };
  const visit = (node: Node, context: readonly string[]) => {
    if (typeof node === "string") {
      if (node.trim() !== "") for (const tag of context) tags.add(tag);
      current += node;
      return;
    }
    if (HIDDEN.has(node.name)) return;
    const block = BLOCKS.has(node.name);
    if (block) flush();
    const inner = [...context, node.name, ...classesOf(node)];
    for (const child of node.children) visit(child, inner);
    if (block) flush();
  };
  visit(element, []);
  flush();
  return lines;
}

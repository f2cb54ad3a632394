// Reads the tags of SGML and XML news records (Reuters-21578, TREC / LDC
// `<DOC>`, SogouCS `<doc>`) into a tree of elements with offsets. The records
// are flat and regular, so a small reader does: no DTD, no validation. Tag
// names compare case-blind, as SGML's do; a close tag with no open element of
// its name is skipped; an element left open ends where its parent does, or
// where the next element of its name starts (records never nest an element in
// one of its own name, and SGML lets `<P>` go unclosed).

const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const SOLIDUS = 0x2f;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;
// A tag is short: a `<` with no `>` this close is text.
const MAX_TAG = 512;

/** Text between tags: `text.slice(start, end)`, entities not yet decoded. */
export interface TextNode {
  readonly kind: "text";
  readonly start: number;
  readonly end: number;
}

/** One attribute of a start tag, its value's offsets (quotes left out). */
export interface Attribute {
  readonly name: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** An element: its start tag's offsets, its content's, and what it holds. */
export interface Element {
  readonly kind: "element";
  /** The name in capitals: `REUTERS`, `DOCNO`, `CONTENTTITLE`. */
  readonly name: string;
  readonly attributes: readonly Attribute[];
  /** Where the start tag begins. */
  readonly start: number;
  /** Where the content begins, after the start tag. */
  readonly contentStart: number;
  /** Where the content ends: at the close tag, or where the element was cut off. */
  contentEnd: number;
  /** Past the close tag. */
  end: number;
  readonly children: Node[];
}

/** What an element holds. */
export type Node = TextNode | Element;

const isNameCode = (c: number) =>
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x2d ||
  c === 0x5f ||
  c === 0x2e ||
  c === 0x3a;
const isLetterCode = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isBlankCode = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** The attributes written in `text[from, to)`: `NEWID="1"`, `type='story'`, `id=x`. */
function readAttributes(text: string, from: number, to: number): Attribute[] {
  const found: Attribute[] = [];
  let p = from;
  while (p < to) {
    while (p < to && !isNameCode(text.charCodeAt(p))) p++;
    const nameStart = p;
    while (p < to && isNameCode(text.charCodeAt(p))) p++;
    if (p === nameStart) break;
    const name = text.slice(nameStart, p).toUpperCase();
    while (p < to && isBlankCode(text.charCodeAt(p))) p++;
    if (text.charCodeAt(p) !== 0x3d) continue;
    p++;
    while (p < to && isBlankCode(text.charCodeAt(p))) p++;
    const quote = text.charCodeAt(p);
    let start = p;
    let end: number;
    if (quote === 0x22 || quote === 0x27) {
      start = p + 1;
      end = text.indexOf(String.fromCharCode(quote), start);
      if (end === -1 || end > to) end = to;
      p = end + 1;
    } else {
      while (p < to && !isBlankCode(text.charCodeAt(p)) && text.charCodeAt(p) !== SOLIDUS) p++;
      end = p;
    }
    found.push({ name, value: text.slice(start, end), start, end });
  }
  return found;
}

/** Where a tag or declaration starting at `at` ends (past its `>`), or -1 when it is no tag. */
function tagEnd(text: string, at: number, to: number): number {
  if (text.startsWith("<!--", at)) {
    const close = text.indexOf("-->", at + 4);
    return close === -1 || close + 3 > to ? -1 : close + 3;
  }
  const limit = Math.min(to, at + MAX_TAG);
  for (let p = at + 1; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (c === GREATER_THAN) return p + 1;
    if (c === LESS_THAN) return -1;
  }
  return -1;
}

/**
 * The elements and text of `text[from, to)`, as a list of top-level nodes.
 * Declarations, comments and processing instructions (`<!DOCTYPE …>`,
 * `<!-- … -->`, `<?xml …?>`) are markup and become no node.
 */
export function readTags(text: string, from = 0, to = text.length): Node[] {
  const root: Node[] = [];
  const open: Element[] = [];
  const children = () => (open.length === 0 ? root : (open[open.length - 1] as Element).children);
  let textStart = from;
  const flush = (end: number) => {
    if (end > textStart) children().push({ kind: "text", start: textStart, end });
  };
  let at = text.indexOf("<", from);
  while (at !== -1 && at < to) {
    const next = text.charCodeAt(at + 1);
    const isClose = next === SOLIDUS && isLetterCode(text.charCodeAt(at + 2));
    const isMarkup = next === EXCLAMATION || next === QUESTION;
    const end = isClose || isMarkup || isLetterCode(next) ? tagEnd(text, at, to) : -1;
    if (end === -1) {
      at = text.indexOf("<", at + 1);
      continue;
    }
    flush(at);
    textStart = end;
    if (isClose) {
      let p = at + 2;
      while (p < end && isNameCode(text.charCodeAt(p))) p++;
      const name = text.slice(at + 2, p).toUpperCase();
      let k = open.length - 1;
      while (k >= 0 && (open[k] as Element).name !== name) k--;
      // Elements left open inside this one end where it ends.
      for (let j = open.length - 1; j >= k && k >= 0; j--) {
        const element = open.pop() as Element;
        element.contentEnd = at;
        element.end = j === k ? end : at;
      }
    } else if (!isMarkup) {
      let p = at + 1;
      while (p < end && isNameCode(text.charCodeAt(p))) p++;
      const selfClosing = text.charCodeAt(end - 2) === SOLIDUS;
      const name = text.slice(at + 1, p).toUpperCase();
      const top = open[open.length - 1];
      if (top !== undefined && top.name === name) {
        open.pop();
        top.contentEnd = at;
        top.end = at;
      }
      const element: Element = {
        kind: "element",
        name,
        attributes: readAttributes(text, p, end - (selfClosing ? 2 : 1)),
        start: at,
        contentStart: end,
        contentEnd: end,
        end,
        children: [],
      };
      children().push(element);
      if (!selfClosing) open.push(element);
    }
    at = text.indexOf("<", end);
  }
  flush(to);
  for (const element of open) {
    element.contentEnd = to;
    element.end = to;
  }
  return root;
}

/** The child elements of `element` named `name` (in capitals). */
export function childrenNamed(element: Element, name: string): Element[] {
  return element.children.filter((c): c is Element => c.kind === "element" && c.name === name);
}

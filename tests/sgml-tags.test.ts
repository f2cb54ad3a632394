import { describe, expect, it } from "vitest";
import {
  decodeRange,
  decodeSquashed,
  decodeText,
  endOf,
  joinMapped,
  locate,
  startOf,
} from "../src/markup/mapped.js";
import { childrenNamed, type Element, readTags } from "../src/markup/tags.js";

const decode = (text: string) => decodeText(text, 0, text.length);

describe("decodeRange", () => {
  it("decodes the XML entities and numeric references, decimal and hex", () => {
    expect(decode("&lt;BAC&gt; &amp; &quot;x&quot; &apos;y&apos;")).toBe(`<BAC> & "x" 'y'`);
    expect(decode("&#60;&#x3C;&#X3c;&#8212;&#x1F600;")).toBe("<<<\u2014\u{1f600}");
  });

  it("decodes the Latin-1 names and the typographic ones", () => {
    expect(decode("caf&eacute; &Uuml;ber &szlig; &yuml; &nbsp;")).toBe("café Über ß ÿ \u00a0");
    expect(decode("&mdash;&ndash;&hellip;&lsquo;&rsquo;&ldquo;&rdquo;&euro;&trade;")).toBe(
      "\u2014\u2013\u2026\u2018\u2019\u201c\u201d\u20ac\u2122",
    );
  });

  it("drops control characters written as references, and keeps tabs and breaks", () => {
    expect(decode("&#2;Text&#3; &#5;&#22;&#31;&#127;xy")).toBe("Text xy");
    expect(decode("a&#9;b&#10;c")).toBe("a\tb\nc");
  });

  it("keeps as text what is no reference: unknown names, no semicolon, bad digits", () => {
    expect(decode("AT&T; R&D &nosuch; &amp &#xZZ; &#;")).toBe("AT&T; R&D &nosuch; &amp &#xZZ; &#;");
  });

  it("reads U+FFFD for references to no character", () => {
    expect(decode("&#0;&#xD800;&#x110000;")).toBe("\ufffd\ufffd\ufffd");
  });

  it("maps each character back to the input range it came from", () => {
    const m = decodeRange("a &lt;b", 0, 7);
    expect(m.text).toBe("a <b");
    expect([0, 1, 2, 3].map((i) => startOf(m, i))).toEqual([0, 1, 2, 6]);
    expect([0, 1, 2, 3].map((i) => endOf(m, i))).toEqual([1, 2, 6, 7]);
  });
});

describe("decodeSquashed, joinMapped, locate", () => {
  it("trims and makes each run of ASCII white space one space, not ideographic ones", () => {
    const text = "  a \n\t b\u3000c  ";
    const m = decodeSquashed(text, 0, text.length);
    expect(m.text).toBe("a b\u3000c");
    expect(locate(m)).toEqual({ text: "a b\u3000c", start: 2, end: 10 });
  });

  it("keeps white space around a dropped control character one space", () => {
    const text = " a &#3; b &#2;";
    const m = decodeSquashed(text, 0, text.length);
    expect(m.text).toBe("a b");
    expect(locate(m)).toEqual({ text: "a b", start: 1, end: 9 });
  });

  it("joins pieces with a space standing for the gap between them", () => {
    const text = "one\ntwo";
    const joined = joinMapped([decodeRange(text, 0, 3), decodeRange(text, 4, 7)]);
    expect(joined.text).toBe("one two");
    expect(locate(joined, 4)).toEqual({ text: "two", start: 4, end: 7 });
    expect(locate(joined, 3, 3)).toBeNull();
  });
});

describe("readTags", () => {
  it("reads elements, attributes and text with their offsets", () => {
    const text = `<REUTERS NEWID="1" OLDID='5544' x=y><DATE>26-FEB</DATE>tail</REUTERS>`;
    const [record] = readTags(text) as [Element];
    expect(record.name).toBe("REUTERS");
    expect(record.attributes.map((a) => [a.name, a.value, text.slice(a.start, a.end)])).toEqual([
      ["NEWID", "1", "1"],
      ["OLDID", "5544", "5544"],
      ["X", "y", "y"],
    ]);
    const [date] = childrenNamed(record, "DATE") as [Element];
    expect(text.slice(date.contentStart, date.contentEnd)).toBe("26-FEB");
    expect(record.children.at(-1)).toEqual({ kind: "text", start: 55, end: 59 });
    expect(record.end).toBe(text.length);
  });

  it("compares names case-blind, ends unclosed elements with their parent, skips stray close tags", () => {
    const text = "<doc><p>one<p>two</DOC></b>after";
    const [doc, after] = readTags(text) as [Element, { start: number; end: number }];
    const ps = childrenNamed(doc, "P");
    expect(ps.map((p) => text.slice(p.contentStart, p.contentEnd))).toEqual(["one", "two"]);
    expect(text.slice(doc.contentStart, doc.contentEnd)).toBe("<p>one<p>two");
    expect(text.slice(after.start, after.end)).toBe("after");
  });

  it("takes declarations, comments and processing instructions for markup, not text", () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<!-- a <b> note -->x';
    const nodes = readTags(text);
    expect(nodes.map((n) => text.slice(n.start, n.end))).toEqual(["\n", "\n", "x"]);
  });

  it("reads a `<` that opens no tag as text, and self-closing elements as empty", () => {
    const text = "a < b <3 <url/>c";
    const nodes = readTags(text);
    expect(nodes.map((n) => (n.kind === "text" ? text.slice(n.start, n.end) : n.name))).toEqual([
      "a < b <3 ",
      "URL",
      "c",
    ]);
  });
});

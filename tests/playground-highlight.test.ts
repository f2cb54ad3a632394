import { describe, expect, it } from "vitest";
import { lineCol, nest, partsFromSpans, withDecisionParts } from "../site/playground/highlight.js";

describe("partsFromSpans", () => {
  it("names every part by its field path, in input order", () => {
    const spans = {
      headline: { start: 0, end: 5 },
      slug: null,
      byline: null,
      dateline: { start: 7, end: 12 },
      sections: [
        { heading: null, paragraphs: [{ start: 7, end: 20 }] },
        { heading: { start: 22, end: 29 }, paragraphs: [{ start: 31, end: 40 }] },
      ],
      notes: [],
      trailer: [{ start: 42, end: 53 }],
      source: { start: 50, end: 53 },
    };
    expect(partsFromSpans(spans).map((p) => `${p.part} ${p.path} ${p.start}-${p.end}`)).toEqual([
      "headline headline 0-5",
      "paragraph sections[0].paragraphs[0] 7-20",
      "dateline dateline 7-12",
      "heading sections[1].heading 22-29",
      "paragraph sections[1].paragraphs[0] 31-40",
      "trailer trailer[0] 42-53",
    ]);
  });

  it("gives nothing for a failed parse", () => {
    expect(partsFromSpans(undefined)).toEqual([]);
  });
});

describe("nest", () => {
  it("keeps every character once and puts inner parts inside outer ones", () => {
    const text = "Title\n\nLIMA - Body text.";
    const pieces = nest(text, [
      { part: "headline", path: "headline", start: 0, end: 5 },
      { part: "paragraph", path: "p", start: 7, end: 24 },
      { part: "dateline", path: "dateline", start: 7, end: 14 },
    ]);
    expect(pieces).toEqual([
      { part: { part: "headline", path: "headline", start: 0, end: 5 }, children: ["Title"] },
      "\n\n",
      {
        part: { part: "paragraph", path: "p", start: 7, end: 24 },
        children: [
          {
            part: { part: "dateline", path: "dateline", start: 7, end: 14 },
            children: ["LIMA - "],
          },
          "Body text.",
        ],
      },
    ]);
  });

  it("cuts a part that crosses the end of the one around it", () => {
    const pieces = nest("abcdef", [
      { part: "paragraph", path: "p", start: 0, end: 4 },
      { part: "note", path: "n", start: 2, end: 6 },
    ]);
    expect(pieces).toEqual([
      {
        part: { part: "paragraph", path: "p", start: 0, end: 4 },
        children: ["ab", { part: { part: "note", path: "n", start: 2, end: 4 }, children: ["cd"] }],
      },
      "ef",
    ]);
  });
});

describe("withDecisionParts", () => {
  it("adds boilerplate the Article has no span for, and skips what would cross a part", () => {
    const parts = [{ part: "paragraph", path: "p", start: 10, end: 20 }];
    const added = withDecisionParts(parts, [
      { span: { start: 22, end: 30 }, part: "boilerplate", path: null, rule: "copyright-line" },
      { span: { start: 15, end: 25 }, part: "caption", path: null, rule: "x" },
      { span: null, part: "dialect", path: null, rule: "y", value: "wire" },
    ]);
    expect(added.map((p) => `${p.part} ${p.start}-${p.end}`)).toEqual([
      "paragraph 10-20",
      "boilerplate 22-30",
    ]);
  });
});

it("lineCol counts lines and columns from 1", () => {
  expect(lineCol("ab\ncd\n", 0)).toEqual({ line: 1, col: 1 });
  expect(lineCol("ab\ncd\n", 4)).toEqual({ line: 2, col: 2 });
  expect(lineCol("ab\ncd\n", 6)).toEqual({ line: 3, col: 1 });
});

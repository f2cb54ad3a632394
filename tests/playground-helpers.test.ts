import { describe, expect, it } from "vitest";
import { decodeText, mayBeExportFile } from "../site/playground/decode-text.js";
import { bodySummary, documentLabel } from "../site/playground/document-label.js";
import { decisionFacts } from "../site/playground/evidence.js";
import { misparseReport } from "../site/playground/report.js";
import { shiftSpans } from "../site/playground/shift-offsets.js";
import type { ShownDocument } from "../site/playground/worker.js";

/** A document's result holding `article` (null: a failed parse). */
const doc = (article: Record<string, unknown> | null): ShownDocument => ({
  start: 0,
  end: 0,
  text: null,
  success: article !== null,
  article,
  issues: [],
  decisions: null,
  dialect: null,
});

describe("shiftSpans", () => {
  it("moves every span, however deep, and leaves everything else alone", () => {
    const spans = {
      headline: { start: 0, end: 5 },
      byline: null,
      sections: [{ heading: null, paragraphs: [{ start: 7, end: 20 }] }],
      trailer: [{ start: 22, end: 33 }],
    };
    expect(shiftSpans({ headline: "Title", spans }, 100)).toEqual({
      headline: "Title",
      spans: {
        headline: { start: 100, end: 105 },
        byline: null,
        sections: [{ heading: null, paragraphs: [{ start: 107, end: 120 }] }],
        trailer: [{ start: 122, end: 133 }],
      },
    });
    // The original is not changed.
    expect(spans.headline).toEqual({ start: 0, end: 5 });
  });
});

describe("decodeText", () => {
  it("reads UTF-8, UTF-16 by its BOM, and windows-1252 when the bytes are no UTF-8", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xc3, 0xa9]))).toEqual({
      text: "Café",
      latin1: false,
    });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x43, 0, 0xe9, 0]))).toEqual({
      text: "Cé",
      latin1: false,
    });
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({
      text: "Café",
      latin1: true,
    });
  });
});

describe("mayBeExportFile", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it("sends ZIP, RTF, PDF and markup to the export reader, and plain text to the parser", () => {
    expect(mayBeExportFile(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe(true);
    expect(mayBeExportFile(bytes("{\\rtf1\\ansi Title}"))).toBe(true);
    expect(mayBeExportFile(bytes("%PDF-1.7"))).toBe(true);
    expect(mayBeExportFile(bytes("\ufeff\n  <html><body></body></html>"))).toBe(true);
    expect(mayBeExportFile(bytes("Talks resume\n\nThe talks resumed."))).toBe(false);
    expect(mayBeExportFile(bytes("                1 of 2 DOCUMENTS\n"))).toBe(false);
  });
});

describe("documentLabel", () => {
  it("names a document by its place and headline, a null headline as (no headline)", () => {
    expect(documentLabel(doc({ headline: "Talks resume" }), 2, 10)).toBe(
      "Document 3 of 10 — Talks resume",
    );
    expect(documentLabel(doc({ headline: null }), 0, 2)).toBe("Document 1 of 2 — (no headline)");
    expect(documentLabel(doc(null), 1, 2)).toBe("Document 2 of 2 — (no article)");
  });
});

describe("bodySummary", () => {
  it("counts paragraphs and sections, and says when there is no body", () => {
    const sections = [
      { heading: null, paragraphs: ["a", "b"] },
      { heading: "H", paragraphs: ["c"] },
    ];
    expect(bodySummary(doc({ sections }))).toBe("3 paragraphs in 2 sections");
    expect(bodySummary(doc({ sections: [] }))).toBe("(no body)");
    expect(bodySummary(doc(null))).toBe("—");
  });
});

describe("decisionFacts", () => {
  it("writes out a decision's label, key, value and score", () => {
    expect(
      decisionFacts({
        span: { start: 0, end: 11 },
        part: "trailer",
        path: "trailer[0] → source",
        rule: "trailer-label",
        key: "source",
        label: "Source",
      }),
    ).toEqual(["label “Source”", "key source"]);
    expect(
      decisionFacts({ span: null, part: "headline", path: "headline", rule: "r", score: 0.8125 }),
    ).toEqual(["score 0.813"]);
    expect(
      decisionFacts({ span: null, part: "trailer", path: null, rule: "r", key: null, label: "X" }),
    ).toEqual(["label “X”", "unknown label"]);
    // Facts the page knows not by name are written as they come.
    const more = {
      span: null,
      part: "headline",
      path: "headline",
      rule: "r",
      lines: 2,
      why: "short",
    };
    expect(decisionFacts(more)).toEqual(["lines 2", "why short"]);
  });
});

describe("misparseReport", () => {
  it("names the document a feed's report is about", () => {
    const report = misparseReport({
      version: "1.2.3",
      state: { text: "A\n\nB", languages: null, paragraphMode: "auto", dialect: "", document: 1 },
      doc: doc({ headline: "Second" }),
      count: 2,
      link: "https://example.com/#s=x",
    });
    expect(report).toContain('syndicated-article 1.2.3, options {"languages":"all"');
    expect(report).toContain("### The Article of document 2 of 2 (spans left out)");
    expect(report).toContain('"headline": "Second"');
    expect(report.endsWith("Link to this view: https://example.com/#s=x")).toBe(true);
  });
});

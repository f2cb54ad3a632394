import { describe, expect, it } from "vitest";
import { readExportFile, safeReadExportFile } from "../src/files/index.js";
import { documentXml, docx, nexisUniDocument, nexisUniExport } from "./support/export-files.js";

// Nexis Uni / Lexis Advance DOCX exports, made in the test as their files are.

const first = nexisUniDocument("Blair faces revolt over tuition fees", [
  "Tony Blair faced a revolt on Tuesday.",
  "Dozens of Labour MPs said they would vote against the bill.",
]);
const second = nexisUniDocument("Fees vote: the rebels", ["The rebels met at noon."]);

describe("a Nexis Uni DOCX", () => {
  const file = readExportFile(nexisUniExport([first, second]), { fileName: "export.docx" });

  it("yields its documents, not its cover page", () => {
    expect(file.format).toBe("docx");
    expect(file.layout).toBe("nexis-uni");
    expect(file.documents.map((d) => d.index)).toEqual([0, 1]);
    expect(file.documents.map((d) => d.data?.headline)).toEqual([
      "Blair faces revolt over tuition fees",
      "Fees vote: the rebels",
    ]);
    expect(file.cover).toContain("Documents (2)");
  });

  it("reads each document's fields", () => {
    const a = file.documents[0]?.data;
    expect(a?.dialect).toBe("nexis");
    expect(a?.source).toBe("The Guardian (London)");
    expect(a?.publishedAt).toBe("2004-03-03");
    expect(a?.byline).toBe("Jane Doe, Political Editor");
    expect(a?.section).toBe("HOME PAGES; Pg. 5");
    expect(a?.wordCount).toBe(412);
    expect(a?.copyright).toBe("Copyright 2004 Guardian Newspapers Limited");
    expect(a?.sections.flatMap((s) => s.paragraphs)).toEqual([
      "Tony Blair faced a revolt on Tuesday.",
      "Dozens of Labour MPs said they would vote against the bill.",
    ]);
  });

  it("gives spans into each document's text", () => {
    const d = file.documents[1];
    const span = d?.data?.spans.headline;
    expect(d?.text.slice(span?.start, span?.end)).toBe("Fees vote: the rebels");
  });

  it("keeps the edition after the date out of the date", () => {
    const a = file.documents[0]?.data;
    expect(a?.publishedAtText).toBe("March 3, 2004 Wednesday");
    expect(a?.trailer.some((t) => t.value === "Final Edition")).toBe(true);
  });

  it("reads a file without a cover page, and fields after the body", () => {
    const doc = nexisUniDocument("Markets rally", ["Shares rose."], []);
    doc.splice(doc.length - 2, 0, { text: "Classification" }, { text: "Language: ENGLISH" });
    const only = readExportFile(docx(documentXml(doc)));
    expect(only.cover).toBeNull();
    expect(only.documents).toHaveLength(1);
    expect(only.documents[0]?.data?.language).toBe("en");
    expect(only.documents[0]?.data?.sections.flatMap((s) => s.paragraphs)).toEqual([
      "Shares rose.",
    ]);
  });

  it("takes an ArrayBuffer as well", () => {
    const bytes = nexisUniExport([second]);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(readExportFile(buffer as ArrayBuffer).documents).toHaveLength(1);
  });
});

describe("a DOCX holding no document", () => {
  it("is no-articles", () => {
    const result = safeReadExportFile(docx(documentXml([{ text: "LexisNexis Uni Test" }])));
    expect(result.error?.issues.map((i) => i.code)).toEqual(["no-articles"]);
  });

  it("with only a cover page is no-articles", () => {
    const result = safeReadExportFile(nexisUniExport([]));
    expect(result.error?.issues.map((i) => i.code)).toEqual(["no-articles"]);
  });
});

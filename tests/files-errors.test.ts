import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { safeReadExportFile } from "../src/files/index.js";
import {
  bytes,
  documentXml,
  docx,
  nexisUniDocument,
  nexisUniExport,
} from "./support/export-files.js";

// Files the reader must refuse: each a typed error, in bounded time, never a
// crash and never an empty success.

const codeOf = (input: Uint8Array, options?: Parameters<typeof safeReadExportFile>[1]) => {
  const result = safeReadExportFile(input, options);
  expect(result.success).toBe(false);
  return result.error?.issues.map((i) => i.code);
};

describe("bad export files", () => {
  it("a PDF is unsupported-format, and says how to convert it", () => {
    const result = safeReadExportFile(bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"), { fileName: "x.pdf" });
    expect(result.error?.issues[0]?.code).toBe("unsupported-format");
    expect(result.error?.message).toContain("pdftotext -layout x.pdf");
  });

  it("a ZIP that is no DOCX is unsupported-format", () => {
    expect(codeOf(zipSync({ "a.txt": bytes("hello") }))).toEqual(["unsupported-format"]);
  });

  it("a truncated DOCX is corrupt-file", () => {
    const whole = nexisUniExport([nexisUniDocument("Title", ["Body."])]);
    expect(codeOf(whole.subarray(0, Math.floor(whole.length / 2)))).toEqual(["corrupt-file"]);
  });

  it("a DOCX whose document.xml is damaged is corrupt-file", () => {
    const whole = nexisUniExport([nexisUniDocument("Title", ["Body.".repeat(500)])]);
    const broken = whole.slice();
    // Overwrite the middle of the compressed document with bytes that do not inflate.
    broken.fill(0xff, 120, 400);
    expect(codeOf(broken)).toEqual(["corrupt-file"]);
  });

  it("a ZIP bomb is too-large, within its bound", () => {
    // 80 MB of zeros, past the default bound of 64 MiB, inflate from a few hundred kilobytes.
    // (How fast it stops is the benchmark's to measure; the test's timeout catches a hang.)
    const bomb = zipSync({ "word/document.xml": new Uint8Array(80 * 1024 * 1024) }, { level: 1 });
    expect(codeOf(bomb)).toEqual(["too-large"]);
  }, 30_000);

  it("an entry inflating past a smaller bound given is too-large", () => {
    const file = nexisUniExport([nexisUniDocument("Title", ["Body."])]);
    expect(codeOf(file, { maxInflatedBytes: 100 })).toEqual(["too-large"]);
  });

  it("deeply nested HTML is too-deep", () => {
    const html = `<html><body>${"<div>".repeat(100_000)}x</body></html>`;
    expect(codeOf(bytes(html))).toEqual(["too-deep"]);
  });

  it("deeply nested DOCX XML and RTF groups are too-deep", () => {
    const xml = documentXml([{ text: "x" }]).replace(
      "<w:body>",
      `<w:body>${"<w:sdt>".repeat(1000)}`,
    );
    expect(codeOf(docx(xml))).toEqual(["too-deep"]);
    expect(codeOf(bytes(`{\\rtf1${"{".repeat(10_000)}x`))).toEqual(["too-deep"]);
  });

  it("HTML that is no export is not-an-export", () => {
    expect(codeOf(bytes("<!doctype html><html><body><p>Hello</p></body></html>"))).toEqual([
      "not-an-export",
    ]);
  });

  it("XML that is no export is not-an-export", () => {
    expect(codeOf(bytes('<?xml version="1.0"?><rss><channel/></rss>'))).toEqual(["not-an-export"]);
  });

  it("an export holding no document is no-articles", () => {
    expect(codeOf(docx(documentXml([{ text: "LexisNexis Uni Test" }])))).toEqual(["no-articles"]);
    expect(codeOf(bytes("   \n\n"))).toEqual(["no-articles"]);
  });

  it("input that is no bytes is a TypeError", () => {
    expect(() => safeReadExportFile("text" as never)).toThrow(TypeError);
  });
});

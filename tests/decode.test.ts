import { describe, expect, it } from "vitest";
import { safeParseArticle } from "../src/index.js";

// Bytes and mojibake (docs/rules.md, "Text, bytes and mojibake").

/** `text` as UTF-16 big-endian bytes, with the BOM. */
function utf16be(text: string): Uint8Array {
  const bytes = [0xfe, 0xff];
  for (let i = 0; i < text.length; i++)
    bytes.push(text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff);
  return new Uint8Array(bytes);
}

describe("bytes", () => {
  it("are read as UTF-16 big-endian after its BOM, with no warning", () => {
    const result = safeParseArticle(utf16be("Café Talks\n\nThe envoys met in Zürich."));
    expect(result.success && result.warnings).toEqual([]);
    expect(result.success && result.data.headline).toBe("Café Talks");
    expect(result.success && result.data.sections[0]?.paragraphs).toEqual([
      "The envoys met in Zürich.",
    ]);
  });
});

describe("mojibake", () => {
  it("is not reported for a lead character whose sequence is no UTF-8", () => {
    // `â€` alone: the bytes E2 80 start a three-byte sequence that never ends.
    const result = safeParseArticle("Title\n\nThe â€ sign stands alone.");
    expect(result.success && result.warnings).toEqual([]);
    const repaired = safeParseArticle("Title\n\nThe â€ sign stands alone.", {
      repairMojibake: true,
    });
    expect(repaired.success && repaired.data.sections[0]?.paragraphs).toEqual([
      "The â€ sign stands alone.",
    ]);
  });

  it("is repaired sequence by sequence, a broken one kept", () => {
    const result = safeParseArticle("Title\n\nItâ€™s â€ here: cafÃ©.", { repairMojibake: true });
    expect(result.success && result.data.sections[0]?.paragraphs).toEqual(["It’s â€ here: café."]);
    expect(result.success && result.warnings.map((w) => w.code)).toEqual(["mojibake"]);
  });
});

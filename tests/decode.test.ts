import { describe, expect, it } from "vitest";
import { type Article, parseArticle, safeParseArticle } from "../src/index.js";

// Bytes and mojibake (docs/rules.md, "Text, bytes and mojibake").

/** `text` as UTF-16 big-endian bytes, with the BOM. */
function utf16be(text: string): Uint8Array {
  const bytes = [0xfe, 0xff];
  for (let i = 0; i < text.length; i++)
    bytes.push(text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff);
  return new Uint8Array(bytes);
}

describe("UTF-16 big-endian bytes", () => {
  it("are read as UTF-16 big-endian after its BOM, with no warning", () => {
    const result = safeParseArticle(utf16be("Café Talks\n\nThe envoys met in Zürich."));
    expect(result.success && result.warnings).toEqual([]);
    expect(result.success && result.data.headline).toBe("Café Talks");
    expect(result.success && result.data.sections[0]?.paragraphs).toEqual([
      "The envoys met in Zürich.",
    ]);
  });
});

describe("sequences shaped like mojibake", () => {
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

const body = (a: Article) => a.sections.flatMap((s) => s.paragraphs);

describe("bytes", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const text = "Café Talks\n\nThey met at the café.";

  it("reads UTF-8 with a BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    const result = safeParseArticle(bytes);
    expect(result.success && result.warnings).toEqual([]);
    const a = parseArticle(bytes);
    expect(a.headline).toBe("Café Talks");
    expect(body(a)).toEqual(["They met at the café."]);
  });

  it("reads UTF-16LE with a BOM", () => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      bytes[2 + 2 * i] = c & 0xff;
      bytes[3 + 2 * i] = c >> 8;
    }
    const a = parseArticle(bytes);
    expect(a.headline).toBe("Café Talks");
    expect(body(a)).toEqual(["They met at the café."]);
  });

  it("reads invalid UTF-8 as windows-1252 with a not-utf8 warning", () => {
    // é as the single byte 0xE9 and £ as 0xA3: old Latin-1 files.
    const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
    const bytes = new Uint8Array([
      ...ascii("Caf"),
      0xe9,
      ...ascii(" Talks\n\nIt cost "),
      0xa3,
      ...ascii("5 at the caf"),
      0xe9,
      ...ascii("."),
    ]);
    const result = safeParseArticle(bytes);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.warnings.map((w) => w.code)).toEqual(["not-utf8"]);
    expect(result.data.headline).toBe("Café Talks");
    expect(body(result.data)).toEqual(["It cost £5 at the café."]);
  });

  it("reads windows-1252 bytes 0x80-0x9F as the quotes, dashes and euro sign they stand for", () => {
    // 0x93/0x94 are curly double quotes, 0x96 an en dash, 0x80 the euro sign.
    const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
    const bytes = new Uint8Array([
      0x93,
      ...ascii("Talks Resume"),
      0x94,
      ...ascii("\n\nPrices rose 5"),
      0x96,
      ...ascii("7 percent to "),
      0x80,
      ...ascii("9."),
    ]);
    const result = safeParseArticle(bytes);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.warnings.map((w) => w.code)).toEqual(["not-utf8"]);
    expect(result.data.headline).toBe("Talks Resume");
    expect(body(result.data)).toEqual(["Prices rose 5–7 percent to €9."]);
  });

  it("rejects what is neither text nor bytes", () => {
    const result = safeParseArticle(42);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.code).toBe("invalid-input");
    expect(() => parseArticle(42 as unknown as string)).toThrow(TypeError);
  });
});

describe("mojibake", () => {
  const text = "Rubioâ€™s Talks\n\nThey met at a cafÃ©. It cost Â£5.";

  it("is reported with a mojibake warning and left as it is", () => {
    const result = safeParseArticle(text);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.warnings.map((w) => w.code)).toEqual(["mojibake"]);
    expect(result.data.headline).toBe("Rubioâ€™s Talks");
    const span = result.warnings[0]?.span;
    expect(text.slice(span?.start, span?.end)).toBe("â€");
  });

  it.each([
    ["â€™", "’"],
    ["Ã©", "é"],
    ["Â£", "£"],
  ])("reports %s alone", (bad) => {
    const result = safeParseArticle(`Title Here\n\nIt says ${bad} here.`);
    expect(result.success && result.warnings.map((w) => w.code)).toEqual(["mojibake"]);
  });

  it("is repaired with repairMojibake: true", () => {
    const result = safeParseArticle(text, { repairMojibake: true });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.warnings.map((w) => w.code)).toEqual(["mojibake"]);
    expect(result.data.headline).toBe("Rubio’s Talks");
    expect(body(result.data)).toEqual(["They met at a café. It cost £5."]);
  });

  it("leaves correct text alone", () => {
    const result = safeParseArticle("Rubio’s Talks\n\nThey met at a café. It cost £5.");
    expect(result.success && result.warnings).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { readExportFile } from "../src/files/index.js";
import { rtfParagraphs } from "../src/files/rtf-text.js";
import { rtfTokens } from "../src/files/rtf-tokens.js";
import { bytes } from "./support/export-files.js";

// The RTF tokenizer and reader of our own, and RTF exports read through them.

describe("rtfTokens", () => {
  it("reads groups, control words with parameters, symbols, hex escapes and text", () => {
    expect([...rtfTokens("{\\rtf1\\b0 Bold\\~\\'e9}", 10)]).toEqual([
      { kind: "open" },
      { kind: "word", word: "rtf", param: 1 },
      { kind: "word", word: "b", param: 0 },
      { kind: "text", text: "Bold" },
      { kind: "symbol", symbol: "~" },
      { kind: "hex", byte: 0xe9 },
      { kind: "close" },
    ]);
  });

  it("takes a negative parameter and drops the space that ends a control word", () => {
    expect([...rtfTokens("\\u-3913 x", 10)]).toEqual([
      { kind: "word", word: "u", param: -3913 },
      { kind: "text", text: "x" },
    ]);
  });
});

describe("rtfParagraphs", () => {
  it("ends paragraphs at \\par, centers at \\qc, and skips tables of fonts and {\\*…}", () => {
    const rtf =
      "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}}{\\*\\generator Word;}\\pard\\qc Le Monde\\par\\pard Caf\\'e9 \\u8364?5\\line next\\par}";
    expect(rtfParagraphs(rtf, 64)).toEqual([
      { text: "Le Monde", centered: true, inTable: false },
      { text: "Café €5\nnext", centered: false, inTable: false },
    ]);
  });
});

describe("an RTF export", () => {
  it("of Nexis Uni is read as its DOCX is", () => {
    const par = (text: string, center = false) => `\\pard${center ? "\\qc" : ""} ${text}\\par\n`;
    const rtf = `{\\rtf1\\ansi ${par("Markets rally", true)}${par("The Times (London)", true)}${par("May 2, 2019 Thursday", true)}${par("Length: 210 words")}${par("Byline: Ann Lee")}${par("Body")}${par("Shares rose on Thursday.")}${par("Load-Date: May 3, 2019")}${par("End of Document")}}`;
    const file = readExportFile(bytes(rtf));
    expect(file.format).toBe("rtf");
    const a = file.documents[0]?.data;
    expect(a?.headline).toBe("Markets rally");
    expect(a?.source).toBe("The Times (London)");
    expect(a?.byline).toBe("Ann Lee");
    expect(a?.sections.flatMap((s) => s.paragraphs)).toEqual(["Shares rose on Thursday."]);
  });

  it("of Factiva is read as the text it holds, pages apart", () => {
    const doc = (hd: string) =>
      `\\pard HD\\par ${hd}\\par PD\\par 7 April 2000\\par SN\\par Gazeta Mercantil\\par LP\\par The mill will grow.\\par AN\\par Document gmes000020010810dw47004yg\\par`;
    const file = readExportFile(
      bytes(`{\\rtf1\\ansi ${doc("Mill to expand")}\\page ${doc("Mill grows")}}`),
    );
    expect(file.documents.map((d) => d.data?.headline)).toEqual(["Mill to expand", "Mill grows"]);
    expect(file.documents[0]?.data?.source).toBe("Gazeta Mercantil");
  });
});

describe("rtfParagraphs, the rest of the subset", () => {
  it("reads typographic words, escaped braces, tabs, cells and skipped Unicode fallbacks", () => {
    const rtf =
      "{\\rtf1\\ansi\\pard\\intbl A\\cell B\\tab C\\cell\\pard \\ldblquote Yes\\rdblquote\\emdash \\lquote no\\rquote\\endash \\bullet \\{x\\}\\par\\uc2\\u8212\\'97\\'97 done\\par}";
    expect(rtfParagraphs(rtf, 64)).toEqual([
      { text: "A", centered: false, inTable: true },
      { text: "B C", centered: false, inTable: true },
      {
        text: "\u201cYes\u201d\u2014\u2018no\u2019\u2013\u2022{x}",
        centered: false,
        inTable: false,
      },
      { text: "\u2014 done", centered: false, inTable: false },
    ]);
  });

  it("decodes hex escapes in the code page \\ansicpg names", () => {
    expect(rtfParagraphs("{\\rtf1\\ansi\\ansicpg1251 \\'c4\\'e0\\par}", 64)).toEqual([
      { text: "\u0414\u0430", centered: false, inTable: false },
    ]);
  });
});

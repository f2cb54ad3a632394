import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.js";

// Wire notes (docs/rules.md, "Notes and the dateline"), through parseArticle:
// whole-paragraph notes at the start and end of the body, and credits or
// currency notes run into the end of the last paragraph.

/** Where `written` lies in `text`, found by searching. */
function at(text: string, written: string) {
  const start = text.indexOf(written);
  expect(start, written).toBeGreaterThanOrEqual(0);
  return { start, end: start + written.length };
}

describe("notes run into the last paragraph", () => {
  it("cut a credit off the end of one-line wire copy", () => {
    const text =
      "Hilton Rises\n\nHilton said profit rose in 2009.  (Additional reporting by Deena Beasley in Los Angeles)";
    const a = parseArticle(text);
    expect(a.sections).toEqual([
      { heading: null, paragraphs: ["Hilton said profit rose in 2009."] },
    ]);
    expect(a.notes).toEqual([
      { kind: "credit", text: "(Additional reporting by Deena Beasley in Los Angeles)" },
    ]);
    expect(a.spans.notes).toEqual([
      at(text, "(Additional reporting by Deena Beasley in Los Angeles)"),
    ]);
    expect(a.spans.sections[0]?.paragraphs).toEqual([at(text, "Hilton said profit rose in 2009.")]);
  });

  it("cut a credit and then a currency note, keeping their order", () => {
    const text =
      "Deal Agreed\n\nThe deal is worth 5 billion euros. (Reporting by Jane Doe) ($1 = 0.7812 euros)";
    const a = parseArticle(text);
    expect(a.sections[0]?.paragraphs).toEqual(["The deal is worth 5 billion euros."]);
    expect(a.notes).toEqual([
      { kind: "credit", text: "(Reporting by Jane Doe)" },
      { kind: "currency", text: "($1 = 0.7812 euros)" },
    ]);
    expect(a.spans.notes).toEqual([
      at(text, "(Reporting by Jane Doe)"),
      at(text, "($1 = 0.7812 euros)"),
    ]);
  });

  it("find the note's bracket in the input when the paragraph was joined from wrapped lines", () => {
    const text =
      "Profit Rises\n\nProfit rose in the\nthird quarter. (Reporting by Jane\nDoe; Editing by John Roe)";
    const a = parseArticle(text, { paragraphMode: "blocks" });
    expect(a.sections[0]?.paragraphs).toEqual(["Profit rose in the third quarter."]);
    expect(a.notes).toEqual([
      { kind: "credit", text: "(Reporting by Jane Doe; Editing by John Roe)" },
    ]);
    expect(a.spans.notes).toEqual([at(text, "(Reporting by Jane\nDoe; Editing by John Roe)")]);
    expect(a.spans.sections[0]?.paragraphs).toEqual([
      at(text, "Profit rose in the\nthird quarter."),
    ]);
  });

  it("leave an aside in brackets that is no note", () => {
    const text = "Talks Resume\n\nThe envoys met again (for the third time)";
    expect(parseArticle(text).notes).toEqual([]);
    expect(parseArticle(text).sections[0]?.paragraphs).toEqual([
      "The envoys met again (for the third time)",
    ]);
  });

  it("leave a paragraph that is one note and nothing else when it is the only one", () => {
    const a = parseArticle("Talks Resume\n\n(Reporting by Jane Doe)");
    expect(a.notes).toEqual([]);
    expect(a.sections[0]?.paragraphs).toEqual(["(Reporting by Jane Doe)"]);
  });
});

describe("whole-paragraph notes", () => {
  it("hold brackets inside them when the first one closes at the very end", () => {
    const a = parseArticle(
      "Talks Resume\n\nThe envoys met again.\n\n(Reporting by Jane Doe (AFP) in Paris)",
    );
    expect(a.notes).toEqual([{ kind: "credit", text: "(Reporting by Jane Doe (AFP) in Paris)" }]);
    expect(a.sections[0]?.paragraphs).toEqual(["The envoys met again."]);
  });

  it("are not two bracketed groups side by side", () => {
    const a = parseArticle(
      "Talks Resume\n\nThe envoys met again.\n\n(Reporting by Jane Doe) and (more to come)",
    );
    expect(a.notes).toEqual([]);
    expect(a.sections[0]?.paragraphs).toEqual([
      "The envoys met again.",
      "(Reporting by Jane Doe) and (more to come)",
    ]);
    // The second group is a credit: run into the paragraph, it is cut off.
    const b = parseArticle(
      "Talks Resume\n\nThe envoys met again.\n\n(Reporting by Jane Doe) and (Editing by John Roe)",
    );
    expect(b.notes).toEqual([{ kind: "credit", text: "(Editing by John Roe)" }]);
    expect(b.sections[0]?.paragraphs).toEqual([
      "The envoys met again.",
      "(Reporting by Jane Doe) and",
    ]);
  });

  it("take editor's notes from the start and credits from the end", () => {
    const a = parseArticle(
      "Talks Resume\n\n(Updates with quotes)\n\nThe envoys met again.\n\n(Compiled by Jane Doe)",
    );
    expect(a.notes).toEqual([
      { kind: "editorsNote", text: "(Updates with quotes)" },
      { kind: "credit", text: "(Compiled by Jane Doe)" },
    ]);
    expect(a.sections).toEqual([{ heading: null, paragraphs: ["The envoys met again."] }]);
  });
});

describe("credit sentences closing the body", () => {
  const body = "Hilton Rises\n\nHilton said profit rose in 2009.\n\n";
  it("are read with or without the final dot, in any case", () => {
    for (const credit of [
      "Jane Roe in Tampa contributed to this report.",
      "Jane Roe contributed reporting",
      "JANE ROE CONTRIBUTED TO THIS STORY.",
    ]) {
      const a = parseArticle(body + credit);
      expect(a.notes, credit).toEqual([{ kind: "credit", text: credit }]);
      expect(a.sections[0]?.paragraphs).toEqual(["Hilton said profit rose in 2009."]);
    }
  });
  it("are not a paragraph that only mentions the words, nor one of more than 240 characters before them", () => {
    const long = `${"Many people said the firm grew. ".repeat(8)}Jane Roe contributed to this report.`;
    for (const paragraph of [
      "Jane Roe contributed to this report and then left.",
      "They contributed to this report..",
      long,
    ]) {
      const a = parseArticle(body + paragraph);
      expect(a.notes, paragraph).toEqual([]);
      expect(a.sections[0]?.paragraphs[1]).toBe(paragraph);
    }
  });
});

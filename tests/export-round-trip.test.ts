import { describe, expect, it } from "vitest";
import { formatArticle, parseArticle } from "../src/index.js";
import { comparable } from "./support/round-trip.js";

// Writing export Articles back: the export layout only when it reads back as
// itself, the shared layout otherwise.

const exportWithCover = [
  "Download Request: Selected Items: 1-2",
  "Time Of Request: Friday, March 20, 2018  16:51:31",
  "",
  "Send To:",
  "   UNIVERSITY LIBRARY",
  "",
  "                               1 of 2 DOCUMENTS",
  "",
  "                                  The Guardian",
  "",
  "                            January 11, 2010 Monday",
  "",
  "Talks resume in Geneva",
  "",
  "BYLINE: Jane Doe",
  "",
  "DATELINE: GENEVA",
  "",
  "LENGTH: 355 words",
  "",
  "Negotiators met again on Sunday.",
  "",
  "They will meet again next week.",
  "",
  "LOAD-DATE: January 12, 2010",
].join("\n");

describe("formatArticle: Nexis exports", () => {
  it("writes a cover page and its marker first, and reads the same Article back", () => {
    const article = parseArticle(exportWithCover);
    expect(article.dialect).toBe("nexis");
    expect(article.headline).toBe("Talks resume in Geneva");
    const text = formatArticle(article);
    expect(text.split("\n")[0]).toBe("Download Request: Selected Items: 1-2");
    const again = parseArticle(text);
    expect(again.dialect).toBe("nexis");
    expect(comparable(again)).toEqual(comparable(article));
    expect(formatArticle(again)).toBe(text);
  });

  it("keeps a DATELINE: label in the trailer, the dateline's span on its value", () => {
    const article = parseArticle(exportWithCover);
    expect(article.dateline).toEqual({ text: "GENEVA", place: "GENEVA", agency: null });
    const span = article.spans.dateline;
    expect(span && exportWithCover.slice(span.start, span.end)).toBe("GENEVA");
    expect(article.trailer).toContainEqual({ key: null, label: "DATELINE", value: "" });
    expect(formatArticle(article)).toContain("\n\nDATELINE: GENEVA\n\n");
  });

  it("reads a text with no Nexis mark, forced to Nexis, in the shared layout", () => {
    const text = "# Talks Resume\n\nThe talks resumed on Monday.\n\n(Reporting by Jane Doe)";
    const forced = parseArticle(text, { dialect: "nexis" });
    expect(forced.dialect).toBe("nexis");
    expect(forced.headline).toBe("Talks Resume");
    expect(forced.trailer).toEqual([]);
    expect(forced.notes).toEqual([{ kind: "credit", text: "(Reporting by Jane Doe)" }]);
    const written = formatArticle(forced);
    expect(written).toBe("Talks Resume\n\nThe talks resumed on Monday.\n\n(Reporting by Jane Doe)");
    expect(comparable(parseArticle(written))).toEqual(comparable(forced));
  });
});

describe("formatArticle: Factiva exports", () => {
  it("writes a body that stood above the first code back there, with no LP added", () => {
    const text =
      "They met on Monday.\nThey meet again today.\n   HD\n Talks Resume \n   PD\n7 April 2000";
    const article = parseArticle(text);
    expect(article.dialect).toBe("factiva");
    expect(article.sections[0]?.paragraphs).toEqual([
      "They met on Monday.",
      "They meet again today.",
    ]);
    expect(article.trailer.map((f) => f.label)).toEqual(["HD", "PD"]);
    const written = formatArticle(article);
    expect(written).not.toMatch(/^ *LP$/m);
    const again = parseArticle(written);
    expect(again.dialect).toBe("factiva");
    expect(comparable(again)).toEqual(comparable(article));
  });

  it("writes the headline and the date under their first code only: a later one stays empty", () => {
    const text = "   HD\n Talks Resume \n   HD\n   PD\n7 April 2000\n   PD\n   LP\n They met. ";
    const article = parseArticle(text);
    expect(article.headline).toBe("Talks Resume");
    expect(article.publishedAt).toBe("2000-04-07");
    expect(article.trailer.map((f) => [f.label, f.value])).toEqual([
      ["HD", ""],
      ["HD", ""],
      ["PD", ""],
      ["PD", ""],
      ["LP", ""],
    ]);
    const written = formatArticle(article);
    expect(written.match(/Talks Resume/g)).toHaveLength(1);
    expect(written.match(/7 April 2000/g)).toHaveLength(1);
    expect(comparable(parseArticle(written))).toEqual(comparable(article));
  });
});

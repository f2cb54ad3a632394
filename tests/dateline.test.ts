import { describe, expect, it } from "vitest";
import { type Article, parseArticle } from "../src/index.js";

// Datelines split off the first paragraph.

const body = (a: Article) => a.sections.flatMap((s) => s.paragraphs);

describe("datelines", () => {
  it.each([
    ["WASHINGTON (Reuters) - ", "WASHINGTON", "Reuters"],
    ["LIMA, Peru  (Reuters) - ", "LIMA, Peru", "Reuters"],
    ["LOS ANGELES (Hollywood Reporter) - ", "LOS ANGELES", "Hollywood Reporter"],
    ["BEIJING, Nov. 30 (Xinhua) -- ", "BEIJING", "Xinhua"],
    ["(Reuters) - ", null, "Reuters"],
  ])("splits `%s` off the first paragraph", (dateline, place, agency) => {
    const a = parseArticle(`Talks Resume\n\n${dateline}The talks resumed.\n\nMore text.`);
    expect(a.dateline).toEqual({ text: dateline, place, agency });
    expect(body(a)).toEqual(["The talks resumed.", "More text."]);
  });

  it("reads a byline run into the dateline", () => {
    const a = parseArticle(
      "Hilton Sees Profit\n\nBy  Paritosh Bansal NEW YORK  Dec 13 (Reuters) - Hilton forecast growth.",
    );
    expect(a.byline).toBe("Paritosh Bansal");
    expect(a.dateline).toEqual({
      text: "By  Paritosh Bansal NEW YORK  Dec 13 (Reuters) - ",
      place: "NEW YORK",
      agency: "Reuters",
    });
    expect(body(a)).toEqual(["Hilton forecast growth."]);
  });

  it.each([
    "On Sunday, November 30, the talks (in Florida) - the first - went well.",
    "A (B) - C",
    "The minister (Reuters said) - and others agreed.",
  ])("finds none in ordinary prose: %s", (paragraph) => {
    const a = parseArticle(`Talks Resume\n\n${paragraph}`);
    expect(a.dateline).toBeNull();
    expect(body(a)).toEqual([paragraph]);
  });

  it("does not split a dateline off a later paragraph", () => {
    const a = parseArticle("Talks Resume\n\nFirst.\n\nWASHINGTON (Reuters) - Second.");
    expect(a.dateline).toBeNull();
    expect(body(a)).toEqual(["First.", "WASHINGTON (Reuters) - Second."]);
  });
});

import { describe, expect, it } from "vitest";
import { isHeadingLine, parseArticle } from "../src/index.js";

describe("isHeadingLine", () => {
  it.each([
    "Oumerov Leads the Ukrainian Delegation",
    'Earlier Negotiations Were "Not Easy" - Wording and Territory Became Major Obstacles',
    "Rubio: Expects to Promote Overall Progress; Trump Team Accused of Pressuring Ukraine to Make Concessions",
    "What Comes Next",
    "WORLD OF WARCRAFT",
    "TOO FAST TOO FURIOUS (DIGITAL BRIDGES)",
    "  What Comes Next \t",
    "\u00a0What\u00a0Comes Next\u00a0",
    "Background Tension: Eastern Front Intense, Kyiv Attacked",
    "会谈取得进展",
  ])("accepts a title-shaped line: %j", (line) => {
    expect(isHeadingLine(line)).toBe(true);
  });

  it.each([
    ["a sentence", "The talks began at 10:10 a.m."],
    ["a sentence with no final mark", "The talks began on Sunday morning"],
    ["a title ending with a period", "What Comes Next."],
    ["a title ending with !", "What Comes Next!"],
    ["a title ending with ?", "What Comes Next?"],
    ["a title ending with 。", "会谈取得进展。"],
    ["a title ending with ！", "会谈取得进展！"],
    ["a title ending with ？", "会谈取得进展？"],
    ["a title ending with …", "What Comes Next…"],
    ["a period before a closing quote", 'Rubio Says "We Are Not There Yet."'],
    ["a ? before a closing curly quote", "Rubio Asks “Is It Over?”"],
    ["a 。 before a closing corner bracket", "他说「会谈取得进展。」"],
    ["a line running on with a colon", "What Comes Next:"],
    ["a line running on with a comma", "What Comes Next,"],
    ["a dash list item", "- Pledged 102bn rupees"],
    ["a dash list item in title case", "- Pledged Rupees For Victims"],
    ["a star list item", "* Pledged Rupees For Victims"],
    ["a bullet list item", "• Pledged Rupees For Victims"],
    ["a numbered list item", "1. Pledged Rupees For Victims"],
    ["an initial and a name", "K Clark"],
    ["a number", "8,661"],
    ["a list of names", "Riise, Hyypia, Traore, Hamann"],
    ["a list of names in a line-up", "Carson, Finnan, Carragher, Hyypia, Traore, Riise"],
    ["one word", "Background"],
    ["a lower-case start", "the Talks Resume"],
    ["a lower-case word that is not a small word", "Talks resume in Florida"],
    ["an empty line", ""],
    ["white space only", "  \t "],
    ["two lines", "What Comes\nNext"],
    ["a line with a CR", "What Comes\rNext"],
  ])("rejects %s", (_, line) => {
    expect(isHeadingLine(line)).toBe(false);
  });

  it("rejects a title-case line longer than 150 characters", () => {
    const line = Array.from({ length: 20 }, () => "Negotiations").join(" ");
    expect(line.length).toBeGreaterThan(150);
    expect(isHeadingLine(line)).toBe(false);
  });

  it("rejects a title-case line of more than 24 words", () => {
    const line = Array.from({ length: 25 }, () => "Go").join(" ");
    expect(line.length).toBeLessThanOrEqual(150);
    expect(isHeadingLine(line)).toBe(false);
    expect(isHeadingLine(Array.from({ length: 24 }, () => "Go").join(" "))).toBe(true);
  });

  it("rejects a CJK line longer than 40 characters", () => {
    expect(isHeadingLine("会".repeat(40))).toBe(true);
    expect(isHeadingLine("会".repeat(41))).toBe(false);
  });

  it("returns false for what is not a string", () => {
    expect(isHeadingLine(42 as unknown as string)).toBe(false);
    expect(isHeadingLine(null as unknown as string)).toBe(false);
  });
});

describe("Markdown and subheads", () => {
  it("reads # Title, ## heading and **Heading**", () => {
    const a = parseArticle(
      "# Talks Resume\n\nThey met on Monday.\n\n## what comes next\n\nMore talks are due.\n\n**The Road Ahead**\n\nNobody knows.",
    );
    expect(a.headline).toBe("Talks Resume");
    expect(a.sections).toEqual([
      { heading: null, paragraphs: ["They met on Monday."] },
      { heading: "what comes next", paragraphs: ["More talks are due."] },
      { heading: "The Road Ahead", paragraphs: ["Nobody knows."] },
    ]);
  });

  it("keeps the last block of a body of headings only as text", () => {
    const a = parseArticle("Title\n\n## Background");
    expect(a.sections).toEqual([{ heading: null, paragraphs: ["## Background"] }]);
    const b = parseArticle("Title\n\nThey met.\n\n## Background");
    expect(b.sections).toEqual([
      { heading: null, paragraphs: ["They met."] },
      { heading: "Background", paragraphs: [] },
    ]);
  });

  it("reads no bold heading with a space just inside a mark", () => {
    const a = parseArticle("Title\n\nThey met.\n\n**the next step **\n\nNobody knows.");
    expect(a.sections).toEqual([
      { heading: null, paragraphs: ["They met.", "**the next step **", "Nobody knows."] },
    ]);
  });

  it("reads an all-caps subhead followed by prose as a heading", () => {
    const a = parseArticle("Game Review\n\nThe game is out.\n\nWORLD OF WARCRAFT\n\nIt sold well.");
    expect(a.sections).toEqual([
      { heading: null, paragraphs: ["The game is out."] },
      { heading: "WORLD OF WARCRAFT", paragraphs: ["It sold well."] },
    ]);
  });

  it("does not read a title-case line followed by a list as a heading", () => {
    const a = parseArticle("Award Winners\n\nThe winners were named.\n\nBest Film\n\nK Clark");
    expect(a.sections).toEqual([
      { heading: null, paragraphs: ["The winners were named.", "Best Film", "K Clark"] },
    ]);
  });
});

describe("Markdown headings with closing marks, and letters beyond ASCII", () => {
  it("drops the closing #s of an ATX heading", () => {
    expect(
      parseArticle("Title\n\nIntro.\n\n## What Comes Next ##\n\nEnvoys travel.").sections,
    ).toEqual([
      { heading: null, paragraphs: ["Intro."] },
      { heading: "What Comes Next", paragraphs: ["Envoys travel."] },
    ]);
  });

  it("keeps a # that is part of the text", () => {
    expect(
      parseArticle("Title\n\nIntro.\n\n## Learning C#\n\nEnvoys travel.").sections[1]?.heading,
    ).toBe("Learning C#");
  });

  it("reads a lower-case letter beyond ASCII as lower case", () => {
    expect(isHeadingLine("ZÜRICH TALKS RESUME")).toBe(true);
    expect(isHeadingLine("WHAT über COMES")).toBe(false);
  });
});

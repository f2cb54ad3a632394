import { describe, expect, it } from "vitest";
import { type ParseOptions, parseArticle } from "../src/index.js";

const sectionsOf = (body: string, options?: ParseOptions) =>
  parseArticle(`Talks Resume\n\n${body}`, options).sections;

describe("paragraphs", () => {
  it("are the blank-line separated blocks of the body", () => {
    expect(sectionsOf("The talks resumed.\n\nEnvoys met again.\n\nNo deal yet.")).toEqual([
      { heading: null, paragraphs: ["The talks resumed.", "Envoys met again.", "No deal yet."] },
    ]);
  });

  it("join hard-wrapped lines with one space", () => {
    expect(sectionsOf("The talks\nresumed on\nMonday.\n\nEnvoys met\nagain.")).toEqual([
      { heading: null, paragraphs: ["The talks resumed on Monday.", "Envoys met again."] },
    ]);
  });

  it("keep each list item apart, even on consecutive lines", () => {
    const body = [
      "The budget:",
      "- Pledged 102bn rupees",
      "- Cut duties on goods",
      "* Raised spending",
      "• Froze fuel duty",
      "1. Expanded the tax net",
      "2. Lowered corporate tax",
      "3) Kept the rates",
      "– Froze pensions",
      "",
      "Markets rose.",
    ].join("\n");
    expect(sectionsOf(body)).toEqual([
      {
        heading: null,
        paragraphs: [
          "The budget:",
          "- Pledged 102bn rupees",
          "- Cut duties on goods",
          "* Raised spending",
          "• Froze fuel duty",
          "1. Expanded the tax net",
          "2. Lowered corporate tax",
          "3) Kept the rates",
          "– Froze pensions",
          "Markets rose.",
        ],
      },
    ]);
  });

  it("join a hard-wrapped list item's continuation line to the item", () => {
    expect(
      sectionsOf("- Pledged 102bn rupees\n  for tsunami victims\n- Cut duties\n\nEnd."),
    ).toEqual([
      {
        heading: null,
        paragraphs: ["- Pledged 102bn rupees for tsunami victims", "- Cut duties", "End."],
      },
    ]);
  });

  it("are one per line when the body has no blank line at all", () => {
    expect(sectionsOf("The talks resumed.\nEnvoys met\nagain.")).toEqual([
      { heading: null, paragraphs: ["The talks resumed.", "Envoys met", "again."] },
    ]);
    expect(parseArticle("Talks Resume\nThe talks resumed.\nEnvoys met again.").sections).toEqual([
      { heading: null, paragraphs: ["The talks resumed.", "Envoys met again."] },
    ]);
  });

  it('are blank-line blocks with paragraphMode "blocks", even without blank lines', () => {
    expect(
      sectionsOf("The talks\nresumed.\nEnvoys met again.", { paragraphMode: "blocks" }),
    ).toEqual([{ heading: null, paragraphs: ["The talks resumed. Envoys met again."] }]);
  });

  it('are one per line with paragraphMode "lines", even with blank lines', () => {
    expect(
      sectionsOf("The talks\nresumed.\n\nEnvoys met again.", { paragraphMode: "lines" }),
    ).toEqual([{ heading: null, paragraphs: ["The talks", "resumed.", "Envoys met again."] }]);
  });

  it('are picked by the text with paragraphMode "auto"', () => {
    const options: ParseOptions = { paragraphMode: "auto" };
    expect(sectionsOf("The talks\nresumed.\n\nEnvoys met.", options)).toEqual([
      { heading: null, paragraphs: ["The talks resumed.", "Envoys met."] },
    ]);
    expect(sectionsOf("The talks\nresumed.", options)).toEqual([
      { heading: null, paragraphs: ["The talks", "resumed."] },
    ]);
  });
});

describe("sections", () => {
  it("start with a null heading when the body starts without one", () => {
    expect(
      sectionsOf("The talks resumed.\n\nWhat Comes Next\n\nEnvoys are expected in Moscow."),
    ).toEqual([
      { heading: null, paragraphs: ["The talks resumed."] },
      { heading: "What Comes Next", paragraphs: ["Envoys are expected in Moscow."] },
    ]);
  });

  it("start with the heading when the body opens with one", () => {
    expect(sectionsOf("What Comes Next\n\nEnvoys are expected in Moscow.")).toEqual([
      { heading: "What Comes Next", paragraphs: ["Envoys are expected in Moscow."] },
    ]);
  });

  it("are opened by every heading, each with the paragraphs up to the next", () => {
    const body = [
      "The talks resumed.",
      "",
      "Earlier Talks Were Hard",
      "",
      "Wording was an obstacle.",
      "",
      "Territory was another.",
      "",
      "WHAT COMES NEXT",
      "",
      "Envoys go to Moscow.",
    ].join("\n");
    expect(sectionsOf(body)).toEqual([
      { heading: null, paragraphs: ["The talks resumed."] },
      {
        heading: "Earlier Talks Were Hard",
        paragraphs: ["Wording was an obstacle.", "Territory was another."],
      },
      { heading: "WHAT COMES NEXT", paragraphs: ["Envoys go to Moscow."] },
    ]);
  });

  it("find headings between lines when the body has no blank line", () => {
    expect(sectionsOf("The talks resumed.\nWhat Comes Next\nEnvoys go to Moscow.")).toEqual([
      { heading: null, paragraphs: ["The talks resumed."] },
      { heading: "What Comes Next", paragraphs: ["Envoys go to Moscow."] },
    ]);
  });

  it("take a heading before a hard-wrapped prose paragraph", () => {
    expect(sectionsOf("Intro.\n\nWhat Comes Next\n\nEnvoys are\nexpected in Moscow.")).toEqual([
      { heading: null, paragraphs: ["Intro."] },
      { heading: "What Comes Next", paragraphs: ["Envoys are expected in Moscow."] },
    ]);
  });

  it("take a heading before a paragraph that introduces a quote with a colon", () => {
    expect(sectionsOf("Intro.\n\nWhat Comes Next\n\nRubio said:\n\n“We will see.”")).toEqual([
      { heading: null, paragraphs: ["Intro."] },
      { heading: "What Comes Next", paragraphs: ["Rubio said:", "“We will see.”"] },
    ]);
  });

  it("take a CJK heading before CJK prose", () => {
    expect(sectionsOf("会谈周日举行。\n\n会谈取得进展\n\n双方表示会谈富有成效。")).toEqual([
      { heading: null, paragraphs: ["会谈周日举行。"] },
      { heading: "会谈取得进展", paragraphs: ["双方表示会谈富有成效。"] },
    ]);
  });
});

describe("the context rule", () => {
  it("keeps a heading-like line before a fragment as a paragraph", () => {
    expect(sectionsOf("Intro.\n\nThe Men's Final\n\nand\n\nThe race was won.")).toEqual([
      { heading: null, paragraphs: ["Intro.", "The Men's Final", "and", "The race was won."] },
    ]);
  });

  it("keeps a heading-like line before another short line as a paragraph", () => {
    expect(
      sectionsOf(
        "Winners were named.\n\nBest Comedy Show\n\nLittle Britain (BBC Three)\n\nDoc Martin",
      ),
    ).toEqual([
      {
        heading: null,
        paragraphs: [
          "Winners were named.",
          "Best Comedy Show",
          "Little Britain (BBC Three)",
          "Doc Martin",
        ],
      },
    ]);
  });

  it("takes only the second of two heading-like lines in a row", () => {
    expect(sectionsOf("Intro.\n\nPart One Begins\n\nWhat Comes Next\n\nEnvoys go.")).toEqual([
      { heading: null, paragraphs: ["Intro.", "Part One Begins"] },
      { heading: "What Comes Next", paragraphs: ["Envoys go."] },
    ]);
  });

  it("keeps a heading-like last line of the body as a paragraph", () => {
    expect(sectionsOf("The talks resumed.\n\nHalf Life Is Out Now")).toEqual([
      { heading: null, paragraphs: ["The talks resumed.", "Half Life Is Out Now"] },
    ]);
  });

  it("keeps a heading-like line before a list item as a paragraph", () => {
    expect(sectionsOf("Intro.\n\nBudget Highlights\n\n- Pledged 102bn rupees")).toEqual([
      { heading: null, paragraphs: ["Intro.", "Budget Highlights", "- Pledged 102bn rupees"] },
    ]);
  });

  it("never takes a line of a multi-line block as a heading", () => {
    expect(
      sectionsOf("Intro.\n\nWhat Comes Next\nEnvoys go to Moscow.", { paragraphMode: "blocks" }),
    ).toEqual([{ heading: null, paragraphs: ["Intro.", "What Comes Next Envoys go to Moscow."] }]);
  });
});

import { describe, expect, it } from "vitest";
import {
  type ParseOptions,
  parseArticle,
  type Section,
  splitBodyBlocks,
  splitSections,
} from "../src/index.js";

// The texts of the blocks, headings included.
const blockTexts = (text: string, options?: ParseOptions) =>
  splitBodyBlocks(text, options).map((b) => b.text);

const BODY = [
  "The talks resumed on Monday.",
  "",
  "Earlier Talks Were Hard",
  "",
  "Wording was an",
  "obstacle.",
  "- Pledged 102bn rupees",
  "- Cut duties",
  "",
  "Best Comedy Show",
  "",
  "Little Britain",
  "",
  "WHAT COMES NEXT",
  "",
  "Envoys go to Moscow.",
].join("\n");

const HEAD = "Talks Resume\n\n";

/** BODY's sections, read by hand: "auto" and "blocks" mode. */
const SECTIONS: Section[] = [
  { heading: null, paragraphs: ["The talks resumed on Monday."] },
  {
    heading: "Earlier Talks Were Hard",
    paragraphs: [
      "Wording was an obstacle.",
      "- Pledged 102bn rupees",
      "- Cut duties",
      "Best Comedy Show",
      "Little Britain",
    ],
  },
  { heading: "WHAT COMES NEXT", paragraphs: ["Envoys go to Moscow."] },
];

describe("splitBodyBlocks texts", () => {
  it("gives the body's blocks, headings included, by hand", () => {
    expect(blockTexts(BODY)).toEqual([
      "The talks resumed on Monday.",
      "Earlier Talks Were Hard",
      "Wording was an obstacle.",
      "- Pledged 102bn rupees",
      "- Cut duties",
      "Best Comedy Show",
      "Little Britain",
      "WHAT COMES NEXT",
      "Envoys go to Moscow.",
    ]);
  });

  it("gives the blocks parseArticle puts in its sections, by hand", () => {
    const article = parseArticle(`${HEAD}${BODY}`);
    expect(article.sections).toEqual(SECTIONS);
  });

  it("follows paragraphMode", () => {
    expect(blockTexts("One.\nTwo.")).toEqual(["One.", "Two."]);
    expect(blockTexts("One.\nTwo.", { paragraphMode: "blocks" })).toEqual(["One. Two."]);
    expect(blockTexts("One\ntwo.\n\nThree.", { paragraphMode: "lines" })).toEqual([
      "One",
      "two.",
      "Three.",
    ]);
  });

  it("gives nothing for blank text", () => {
    expect(blockTexts("")).toEqual([]);
    expect(blockTexts(" \n\r\n\t")).toEqual([]);
  });

  it("throws a TypeError for what is not a string", () => {
    expect(() => blockTexts(null as unknown as string)).toThrow(TypeError);
    expect(() => splitSections(42 as unknown as string)).toThrow(TypeError);
    expect(() => splitBodyBlocks({} as unknown as string)).toThrow(TypeError);
  });
});

describe("splitSections", () => {
  it("gives the body's sections, by hand", () => {
    expect(splitSections(BODY)).toEqual(SECTIONS);
  });

  it("gives the sections parseArticle gives, in every paragraph mode, by hand", () => {
    // The body has blank lines, so "auto" reads it as "blocks".
    for (const mode of ["auto", "blocks"] as const) {
      const options: ParseOptions = { paragraphMode: mode };
      expect(splitSections(BODY, options)).toEqual(SECTIONS);
      expect(parseArticle(`${HEAD}${BODY}`, options).sections).toEqual(SECTIONS);
    }
    // Every line is a paragraph. "Earlier Talks Were Hard" is no heading now:
    // the line after it, "Wording was an", does not read as prose.
    const lines: Section[] = [
      {
        heading: null,
        paragraphs: [
          "The talks resumed on Monday.",
          "Earlier Talks Were Hard",
          "Wording was an",
          "obstacle.",
          "- Pledged 102bn rupees",
          "- Cut duties",
          "Best Comedy Show",
          "Little Britain",
        ],
      },
      { heading: "WHAT COMES NEXT", paragraphs: ["Envoys go to Moscow."] },
    ];
    expect(splitSections(BODY, { paragraphMode: "lines" })).toEqual(lines);
    expect(parseArticle(`${HEAD}${BODY}`, { paragraphMode: "lines" }).sections).toEqual(lines);
  });

  it("ignores trailer labels: the body has no trailer", () => {
    expect(splitSections("The talks resumed.\n\nSource: rfi")).toEqual([
      { heading: null, paragraphs: ["The talks resumed.", "Source: rfi"] },
    ]);
  });
});

describe("splitBodyBlocks", () => {
  it("gives kinds and spans into the body", () => {
    const body = "Intro.\n\nA Title Line Here\n\nText.";
    expect(splitBodyBlocks(body)).toEqual([
      { kind: "paragraph", text: "Intro.", span: { start: 0, end: 6 } },
      { kind: "heading", text: "A Title Line Here", span: { start: 8, end: 25 } },
      { kind: "paragraph", text: "Text.", span: { start: 27, end: 32 } },
    ]);
  });

  it("gives the body's blocks with spans, and parseArticle the same spans after the headline", () => {
    /** Where `written` lies in `text`: found by searching, not by parsing. */
    const at = (text: string, written: string) => {
      const start = text.indexOf(written);
      expect(start, written).toBeGreaterThanOrEqual(0);
      return { start, end: start + written.length };
    };
    const blocks = (text: string) => [
      {
        kind: "paragraph",
        text: "The talks resumed on Monday.",
        span: at(text, "The talks resumed on Monday."),
      },
      {
        kind: "heading",
        text: "Earlier Talks Were Hard",
        span: at(text, "Earlier Talks Were Hard"),
      },
      {
        kind: "paragraph",
        text: "Wording was an obstacle.",
        span: at(text, "Wording was an\nobstacle."),
      },
      {
        kind: "paragraph",
        text: "- Pledged 102bn rupees",
        span: at(text, "- Pledged 102bn rupees"),
      },
      { kind: "paragraph", text: "- Cut duties", span: at(text, "- Cut duties") },
      { kind: "paragraph", text: "Best Comedy Show", span: at(text, "Best Comedy Show") },
      { kind: "paragraph", text: "Little Britain", span: at(text, "Little Britain") },
      { kind: "heading", text: "WHAT COMES NEXT", span: at(text, "WHAT COMES NEXT") },
      { kind: "paragraph", text: "Envoys go to Moscow.", span: at(text, "Envoys go to Moscow.") },
    ];
    expect(splitBodyBlocks(BODY)).toEqual(blocks(BODY));

    const text = `${HEAD}${BODY}`;
    const want = blocks(text);
    const spans = parseArticle(text).spans.sections;
    expect(spans).toEqual([
      { heading: null, paragraphs: [want[0]?.span] },
      { heading: want[1]?.span, paragraphs: want.slice(2, 7).map((b) => b.span) },
      { heading: want[7]?.span, paragraphs: [want[8]?.span] },
    ]);
  });

  it("spans the whole of a hard-wrapped paragraph", () => {
    const body = "Wording was an\r\nobstacle.";
    const [block] = splitBodyBlocks(body, { paragraphMode: "blocks" });
    expect(block?.text).toBe("Wording was an obstacle.");
    expect(body.slice(block?.span.start, block?.span.end)).toBe(body);
  });
});

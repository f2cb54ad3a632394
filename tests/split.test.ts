import { describe, expect, it } from "vitest";
import { type ParseOptions, parseArticle, splitBodyBlocks, splitSections } from "../src/index.js";

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

  it("agrees with parseArticle on the same body", () => {
    const article = parseArticle(`${HEAD}${BODY}`);
    expect(blockTexts(BODY)).toEqual(
      article.sections.flatMap((s) => (s.heading ? [s.heading, ...s.paragraphs] : s.paragraphs)),
    );
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
    expect(splitSections(BODY)).toEqual([
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
    ]);
  });

  it("agrees with parseArticle on the same body, in every paragraph mode", () => {
    for (const mode of ["auto", "blocks", "lines"] as const) {
      const options: ParseOptions = { paragraphMode: mode };
      expect(splitSections(BODY, options)).toEqual(
        parseArticle(`${HEAD}${BODY}`, options).sections,
      );
    }
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

  it("agrees with parseArticle's parts and spans, shifted by the headline", () => {
    const text = `${HEAD}${BODY}`;
    const article = parseArticle(text);
    const fromArticle = article.sections.flatMap((section, i) => {
      const spans = article.spans.sections[i];
      const heading =
        section.heading !== null && spans?.heading
          ? [{ kind: "heading", text: section.heading, span: spans.heading }]
          : [];
      return [
        ...heading,
        ...section.paragraphs.map((p, j) => ({
          kind: "paragraph",
          text: p,
          span: spans?.paragraphs[j],
        })),
      ];
    });
    const shift = HEAD.length;
    expect(
      splitBodyBlocks(BODY).map((b) => ({
        kind: b.kind,
        text: b.text,
        span: { start: b.span.start + shift, end: b.span.end + shift },
      })),
    ).toEqual(fromArticle);
  });

  it("spans the whole of a hard-wrapped paragraph", () => {
    const body = "Wording was an\r\nobstacle.";
    const [block] = splitBodyBlocks(body, { paragraphMode: "blocks" });
    expect(block?.text).toBe("Wording was an obstacle.");
    expect(body.slice(block?.span.start, block?.span.end)).toBe(body);
  });
});

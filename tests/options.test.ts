import { describe, expect, it } from "vitest";
import {
  type Article,
  type ParseOptions,
  parseArticle,
  safeParseArticle,
  type TrailerField,
} from "../src/index.js";

// Parse options: labels, languages, defaultLabels, paragraphMode.

const body = (a: Article) => a.sections.flatMap((s) => s.paragraphs);
const field = (key: TrailerField["key"], label: string, value: string): TrailerField => ({
  key,
  label,
  value,
});

describe("options", () => {
  const dutch: ParseOptions = {
    languages: [{ language: "nl", labels: { source: ["Bron"] }, bylinePrefixes: ["Door"] }],
  };
  const text = "Gesprekken Hervat\nDoor Jan de Vries\n\nZe kwamen bijeen.\n\nBron: ANP";

  it("adds a language: its labels and byline words", () => {
    const a = parseArticle(text, dutch);
    expect(a.byline).toBe("Jan de Vries");
    expect(a.source).toBe("ANP");
    expect(a.trailer).toEqual([field("source", "Bron", "ANP")]);
    expect(body(a)).toEqual(["Ze kwamen bijeen."]);
  });

  it("without the language the Dutch lines are body text", () => {
    const a = parseArticle(text);
    expect(a.byline).toBeNull();
    expect(a.source).toBeNull();
    expect(a.trailer).toEqual([]);
    // A title-case line followed by prose: read as a heading, nothing lost.
    expect(a.sections).toEqual([
      { heading: "Door Jan de Vries", paragraphs: ["Ze kwamen bijeen.", "Bron: ANP"] },
    ]);
  });

  it("adds labels to a key", () => {
    const a = parseArticle("Talks Resume\n\nThey met.\n\nFine print: Views are our own.", {
      labels: { disclaimer: ["Fine print"] },
    });
    expect(a.disclaimer).toBe("Views are our own.");
    expect(a.trailer).toEqual([field("disclaimer", "Fine print", "Views are our own.")]);
  });

  it("drops the built-in labels with defaultLabels: false", () => {
    const a = parseArticle("Talks Resume\n\nThey met.\n\nSource: rfi", { defaultLabels: false });
    expect(a.source).toBeNull();
    expect(body(a)).toEqual(["They met.", "Source: rfi"]);
  });

  it("reports malformed options as invalid-options", () => {
    const result = safeParseArticle("Title\n\nBody.", {
      labels: { nonsense: ["X"] },
    } as unknown as ParseOptions);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.code).toBe("invalid-options");
  });
});

describe("malformed languages", () => {
  it.each([
    ["not an array", "zh"],
    ["an entry without labels", [{ language: "xx" }]],
  ])("are invalid options when %s", (_, languages) => {
    const text = "Headline\n\nBody text.";
    const result = safeParseArticle(text, { languages } as unknown as ParseOptions);
    expect(result.success ? [] : result.error.issues.map((i) => i.code)).toEqual([
      "invalid-options",
    ]);
    expect(() => parseArticle(text, { languages } as unknown as ParseOptions)).toThrow(TypeError);
  });
});

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
  // Swedish is not built in.
  const swedish: ParseOptions = {
    locales: [{ language: "sv", labels: { source: ["Källa"] }, bylinePrefixes: ["Av"] }],
  };
  const text = "Samtalen Återupptas\nAv Jan Svensson\n\nDe träffades.\n\nKälla: TT";

  it("adds a locale: its labels and byline words", () => {
    const a = parseArticle(text, swedish);
    expect(a.byline).toBe("Jan Svensson");
    expect(a.source).toBe("TT");
    expect(a.trailer).toEqual([field("source", "Källa", "TT")]);
    expect(body(a)).toEqual(["De träffades."]);
  });

  it("reads a mutated options object as it now is, not as it was first seen", () => {
    const options: ParseOptions = { labels: {} };
    expect(parseArticle(text, options).source).toBeNull();
    options.labels = { source: ["Källa"] };
    expect(parseArticle(text, options).source).toBe("TT");
  });

  it("without the locale the Swedish lines are body text", () => {
    const a = parseArticle(text);
    expect(a.byline).toBeNull();
    expect(a.source).toBeNull();
    expect(a.trailer).toEqual([]);
    // A title-case line followed by prose: read as a heading, nothing lost.
    expect(a.sections).toEqual([
      { heading: "Av Jan Svensson", paragraphs: ["De träffades.", "Källa: TT"] },
    ]);
  });

  it("rejects a label list given as a string, with the option's path", () => {
    // A string walked letter by letter would make `Q: x` a source line.
    const result = safeParseArticle("Title\n\nBody.\n\nQ: x", {
      locales: [{ language: "de", labels: { source: "Quelle" } }],
    } as unknown as ParseOptions);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("invalid-options");
    expect(result.error?.issues[0]?.message).toMatch(/^options\.locales\.0\.labels\.source: /);
  });

  it("rejects a label key no Article field has as invalid-options, not invalid-result", () => {
    const result = safeParseArticle("Title\n\nBody.", {
      locales: [{ language: "x", labels: { author: ["Foo"] } }],
    } as unknown as ParseOptions);
    expect(result.error?.issues[0]?.code).toBe("invalid-options");
    expect(result.error?.issues[0]?.message).toMatch(/^options\.locales\.0\.labels/);
  });

  it("reports options whose getters throw as invalid-options, without throwing", () => {
    const hostile = {
      get paragraphMode(): never {
        throw null;
      },
    };
    const result = safeParseArticle("Title\n\nBody.", hostile as unknown as ParseOptions);
    expect(result.error?.issues[0]?.code).toBe("invalid-options");
  });

  it("adds labels to a key", () => {
    const a = parseArticle("Talks Resume\n\nThey met.\n\nFine print: Views are our own.", {
      labels: { disclaimer: ["Fine print"] },
    });
    expect(a.disclaimer).toBe("Views are our own.");
    expect(a.trailer).toEqual([field("disclaimer", "Fine print", "Views are our own.")]);
  });

  it("drops the built-in labels with builtinLocales: false", () => {
    const a = parseArticle("Talks Resume\n\nThey met.\n\nSource: rfi", { builtinLocales: false });
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

describe("the validate option", () => {
  const text = "“Talks Resume”\nBy Jane Doe\n\nLONDON (Reuters) - They met.\n\nSource: Reuters";

  it("with `validate: false`, gives the Article the checked parse gives", () => {
    const checked = parseArticle(text);
    const unchecked = parseArticle(text, { validate: false });
    expect(unchecked).toEqual(checked);
    expect(unchecked.headline).toBe("Talks Resume");
    expect(unchecked.byline).toBe("Jane Doe");
    expect(unchecked.source).toBe("Reuters");
  });

  it("still fails on what is no article", () => {
    const result = safeParseArticle("   \n\n  ", { validate: false });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("empty-input");
  });

  it("is a boolean", () => {
    const result = safeParseArticle(text, { validate: "no" } as unknown as ParseOptions);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("invalid-options");
    expect(result.error?.issues[0]?.message).toContain("validate");
  });
});

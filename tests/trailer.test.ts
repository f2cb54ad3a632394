import { describe, expect, it } from "vitest";
import { type ParseOptions, parseArticle, safeParseArticle } from "../src/index.js";

const HEAD = "Talks Resume\n\nThe talks resumed on Monday.\n\n";
const parse = (trailer: string, options?: ParseOptions) =>
  parseArticle(`${HEAD}${trailer}`, options);
const warningsOf = (text: string) => {
  const result = safeParseArticle(text);
  if (!result.success) throw result.error;
  return result.warnings;
};

describe("trailer labels", () => {
  it.each([
    ["Source", "source", "rfi"],
    ["Sources", "source", "rfi"],
    ["Via", "source", "rfi"],
    ["Statement", "disclaimer", "This article represents the views of the author."],
    ["Disclaimer", "disclaimer", "This article represents the views of the author."],
  ] as const)("%s fills %s", (label, key, value) => {
    const article = parse(`${label}: ${value}`);
    expect(article[key]).toBe(value);
    expect(article.trailer).toEqual([{ key, label, value }]);
    expect(article.sections).toEqual([
      { heading: null, paragraphs: ["The talks resumed on Monday."] },
    ]);
  });

  it.each(["Original", "Original link", "Original URL", "Original article", "Link", "URL"])(
    "%s fills originalUrl",
    (label) => {
      const article = parse(`${label}: www.toutiao.com/article/1850266575037452/`);
      expect(article.originalUrl).toBe("https://www.toutiao.com/article/1850266575037452/");
      expect(article.trailer).toEqual([
        { key: "originalUrl", label, value: "www.toutiao.com/article/1850266575037452/" },
      ]);
    },
  );

  it("match labels whatever their case, keeping the label as written", () => {
    const article = parse("SOURCE: rfi\noriginal url: example.com/a\nDiScLaImEr: Views vary.");
    expect(article.source).toBe("rfi");
    expect(article.originalUrl).toBe("https://example.com/a");
    expect(article.disclaimer).toBe("Views vary.");
    expect(article.trailer.map((f) => f.label)).toEqual(["SOURCE", "original url", "DiScLaImEr"]);
  });

  it("take a full-width colon, and spaces before the colon", () => {
    const article = parse("Source：rfi\nOriginal : example.com/a\nStatement ：Views vary.");
    expect(article.trailer).toEqual([
      { key: "source", label: "Source", value: "rfi" },
      { key: "originalUrl", label: "Original", value: "example.com/a" },
      { key: "disclaimer", label: "Statement", value: "Views vary." },
    ]);
  });

  it("come in any order, with or without blank lines between them", () => {
    const article = parse("Statement: Views vary.\n\n\nOriginal: example.com/a\nSource: rfi");
    expect(article.source).toBe("rfi");
    expect(article.originalUrl).toBe("https://example.com/a");
    expect(article.disclaimer).toBe("Views vary.");
    expect(article.trailer.map((f) => f.key)).toEqual(["disclaimer", "originalUrl", "source"]);
  });

  it("may follow the last paragraph line directly, with no blank line", () => {
    const article = parseArticle(
      "Talks Resume\n\nThe talks resumed.\n\nEnvoys met again.\nSource: rfi\nOriginal: example.com/a",
    );
    expect(article.sections).toEqual([
      { heading: null, paragraphs: ["The talks resumed.", "Envoys met again."] },
    ]);
    expect(article.source).toBe("rfi");
    expect(article.originalUrl).toBe("https://example.com/a");
  });

  it("are body text when they are not at the end", () => {
    const article = parseArticle(
      "Talks Resume\n\nSource: the ministry, which declined to be named.\n\nThe talks resumed.",
    );
    expect(article.source).toBeNull();
    expect(article.trailer).toEqual([]);
    expect(article.sections).toEqual([
      {
        heading: null,
        paragraphs: ["Source: the ministry, which declined to be named.", "The talks resumed."],
      },
    ]);
  });

  it("end at the first line from the end that is not a label line", () => {
    const article = parse("Source: rfi\n\nThe talks will go on.\n\nOriginal: example.com/a");
    expect(article.sections).toEqual([
      {
        heading: null,
        paragraphs: ["The talks resumed on Monday.", "Source: rfi", "The talks will go on."],
      },
    ]);
    expect(article.source).toBeNull();
    expect(article.trailer).toEqual([
      { key: "originalUrl", label: "Original", value: "example.com/a" },
    ]);
  });

  it("are not labels when the word is unknown", () => {
    const article = parse("Källa: Jane Doe");
    expect(article.trailer).toEqual([]);
    expect(article.sections[0]?.paragraphs).toEqual([
      "The talks resumed on Monday.",
      "Källa: Jane Doe",
    ]);
  });
});

describe("duplicate trailer labels", () => {
  it("let the first line fill the field, keep both lines and warn", () => {
    const text = `${HEAD}Source: rfi\nVia: AFP`;
    const article = parseArticle(text);
    expect(article.source).toBe("rfi");
    expect(article.trailer).toEqual([
      { key: "source", label: "Source", value: "rfi" },
      { key: "source", label: "Via", value: "AFP" },
    ]);
    const warnings = warningsOf(text);
    expect(warnings.map((w) => w.code)).toEqual(["duplicate-field"]);
    expect(warnings[0]?.severity).toBe("warning");
    const span = warnings[0]?.span ?? { start: 0, end: 0 };
    expect(text.slice(span.start, span.end)).toBe("AFP");
  });

  it("give one warning per key however many lines repeat it, pointing at the first repeat", () => {
    const text = `${HEAD}Source: rfi\nSource: AFP\nSource: AP\nSource: dpa\nStatement: Views.\nDisclaimer: Mine.`;
    const article = parseArticle(text);
    expect(article.source).toBe("rfi");
    expect(article.disclaimer).toBe("Views.");
    expect(article.trailer).toHaveLength(6);
    const warnings = warningsOf(text);
    expect(warnings.map((w) => w.code)).toEqual(["duplicate-field", "duplicate-field"]);
    expect(warnings[0]?.message).toContain("3 more lines for source");
    const first = warnings[0]?.span ?? { start: 0, end: 0 };
    expect(text.slice(first.start, first.end)).toBe("AFP");
    const second = warnings[1]?.span ?? { start: 0, end: 0 };
    expect(text.slice(second.start, second.end)).toBe("Mine.");
  });
});

describe("the original link", () => {
  it.each([
    [
      "www.toutiao.com/article/1850266575037452/",
      "https://www.toutiao.com/article/1850266575037452/",
    ],
    ["<https://example.com/a>", "https://example.com/a"],
    ["<example.com/a>", "https://example.com/a"],
    ["http://example.com/a?b=1", "http://example.com/a?b=1"],
    ["https://example.com", "https://example.com/"],
    ["//example.com/a", "https://example.com/a"],
    ["example.com:8080/a", "https://example.com:8080/a"],
  ])("%s becomes %s", (value, url) => {
    const article = parse(`Original: ${value}`);
    expect(article.originalUrl).toBe(url);
    expect(article.trailer[0]?.value).toBe(value);
  });

  it.each(["see below", "Reuters"])("is null with an invalid-url warning for %j", (value) => {
    const text = `${HEAD}Original: ${value}`;
    const article = parseArticle(text);
    expect(article.originalUrl).toBeNull();
    expect(article.spans.originalUrl).toBeNull();
    expect(article.trailer).toEqual([{ key: "originalUrl", label: "Original", value }]);
    const warnings = warningsOf(text);
    expect(warnings.map((w) => w.code)).toEqual(["invalid-url"]);
    const span = warnings[0]?.span ?? { start: 0, end: 0 };
    expect(text.slice(span.start, span.end)).toBe(value);
  });
});

describe("label options", () => {
  it("add labels to the built-in ones", () => {
    const options: ParseOptions = { labels: { source: ["Källa"] } };
    expect(parse("Källa: dpa", options).source).toBe("dpa");
    expect(parse("Source: rfi", options).source).toBe("rfi");
    expect(parse("källa ： dpa", options).trailer).toEqual([
      { key: "source", label: "källa", value: "dpa" },
    ]);
  });

  it("are needed for an unknown label", () => {
    const article = parse("Källa: dpa");
    expect(article.source).toBeNull();
    expect(article.sections[0]?.paragraphs).toEqual(["The talks resumed on Monday.", "Källa: dpa"]);
  });

  it("replace the built-in labels with builtinLocales: false", () => {
    const options: ParseOptions = { labels: { source: ["Källa"] }, builtinLocales: false };
    const article = parse("Source: rfi\n\nKälla: dpa", options);
    expect(article.source).toBe("dpa");
    expect(article.trailer).toEqual([{ key: "source", label: "Källa", value: "dpa" }]);
    expect(article.sections[0]?.paragraphs).toEqual([
      "The talks resumed on Monday.",
      "Source: rfi",
    ]);
  });

  it("leave no trailer at all with builtinLocales: false and no labels", () => {
    const article = parse("Source: rfi", { builtinLocales: false });
    expect(article.trailer).toEqual([]);
    expect(article.sections[0]?.paragraphs).toEqual([
      "The talks resumed on Monday.",
      "Source: rfi",
    ]);
  });
});

describe("trailer spans", () => {
  it("cover the value for a field and the whole line for the trailer", () => {
    const text = `${HEAD}Source : rfi\r\nOriginal：<example.com/a>`;
    const article = parseArticle(text);
    const slice = (s: { start: number; end: number } | null) =>
      s === null ? null : text.slice(s.start, s.end);
    expect(slice(article.spans.source)).toBe("rfi");
    expect(slice(article.spans.originalUrl)).toBe("<example.com/a>");
    expect(article.spans.disclaimer).toBeNull();
    expect(article.spans.trailer.map(slice)).toEqual(["Source : rfi", "Original：<example.com/a>"]);
  });
});

import { describe, expect, it } from "vitest";
import issueCodesDoc from "../docs/issue-codes.md?raw";
import {
  type ArticleIssueCode,
  ArticleParseError,
  aggregatorDialect,
  articleIssueCodes,
  articleIssueSchema,
  createParser,
  enLocale,
  type ParseOptions,
  parseArticle,
  type SafeParseArticleResult,
  safeParseArticle,
} from "../src/index.js";
import { WEAK_TITLE_PAGE } from "./support/pages.js";

/** The codes of the error `parseArticle` throws for `input`. */
function thrownCodes(input: string): ArticleIssueCode[] {
  try {
    parseArticle(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleParseError);
    return (error as ArticleParseError).issues.map((i) => i.code);
  }
  throw new Error("parseArticle did not throw");
}

function safeCodes(input: unknown, options?: unknown): ArticleIssueCode[] {
  const result = safeParseArticle(input, options as ParseOptions);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((i) => i.code);
}

describe("parseArticle errors", () => {
  it.each([
    ["the empty string", ""],
    ["spaces", "   "],
    ["blank lines and tabs", "\n\t\n \r\n\r"],
    ["a BOM", "\ufeff"],
    ["NBSP", "\u00a0\n\u00a0"],
  ])("throws empty-input for %s", (_, input) => {
    expect(thrownCodes(input)).toEqual(["empty-input"]);
  });

  it.each([
    ["one word", "Headline", "Headline", { start: 0, end: 8 }, 0],
    [
      "a headline and blank lines",
      "\n Talks Resume \n\n\n",
      "Talks Resume",
      { start: 2, end: 14 },
      0,
    ],
    [
      "a headline and a trailer",
      "Talks Resume\n\nSource: rfi\nOriginal: example.com/a",
      "Talks Resume",
      { start: 0, end: 12 },
      2,
    ],
  ])(
    "keeps the headline of %s, with no sections and a no-body warning",
    (_, input, headline, span, fields) => {
      const result = safeParseArticle(input);
      expect(result.success).toBe(true);
      if (!result.success) return;
      expect(result.data.headline).toBe(headline);
      expect(result.data.sections).toEqual([]);
      expect(result.data.trailer).toHaveLength(fields);
      expect(result.warnings).toEqual([
        {
          code: "no-body",
          severity: "warning",
          message: "The text has no body paragraph: sections hold none.",
          span,
        },
      ]);
      expect(parseArticle(input).headline).toBe(headline);
    },
  );

  it("reads a 5 MB single line as the body of a text with no title", () => {
    const input = "word ".repeat(1_000_000);
    expect(input.length).toBe(5_000_000);
    const result = safeParseArticle(input);
    expect(result.success && result.data.headline).toBe(null);
    expect(result.success && result.data.sections[0]?.paragraphs[0]?.length).toBe(4_999_999);
    expect(result.success && result.warnings.map((w) => w.code)).toEqual(["no-headline"]);
  });

  it.each([
    ["one trailer line", "Source: rfi", 1],
    [
      "trailer lines with blank lines",
      "\nSource: rfi\n\nOriginal: example.com/a\nStatement: None.\n",
      3,
    ],
  ])("reads %s as an Article of fields, with no headline and no body", (_, input, fields) => {
    const result = safeParseArticle(input);
    if (!result.success) throw result.error;
    expect(result.data.headline).toBe(null);
    expect(result.data.spans.headline).toBe(null);
    expect(result.data.sections).toEqual([]);
    expect(result.data.source).toBe("rfi");
    expect(result.data.trailer).toHaveLength(fields);
    expect(result.warnings.map((w) => [w.code, w.severity])).toEqual([
      ["no-headline", "warning"],
      ["no-body", "warning"],
    ]);
  });

  it("reads a wire header with no title as no headline, and keeps its byline and body", () => {
    const result = safeParseArticle("--\n-- By Jane Doe\n\nBody.");
    if (!result.success) throw result.error;
    expect([result.data.headline, result.data.byline]).toEqual([null, "Jane Doe"]);
    expect(result.data.sections).toEqual([{ heading: null, paragraphs: ["Body."] }]);
    expect(result.data.notes).toEqual([]);
  });

  it("reads a first line that is a paragraph of prose as no title", () => {
    const first =
      "The central bank held its main rate on Thursday, saying that inflation had eased more slowly than it expected in the spring.";
    const result = safeParseArticle(`${first}\nThe decision was unanimous.`);
    if (!result.success) throw result.error;
    expect(result.data.headline).toBe(null);
    expect(result.data.sections[0]?.paragraphs).toEqual([first, "The decision was unanimous."]);
    expect(result.warnings.map((w) => w.code)).toEqual(["no-headline"]);
  });

  it("keeps a short first line that ends a sentence as the headline", () => {
    const result = safeParseArticle("Talks resume in Geneva.\n\nThe two sides met again.");
    expect(result.success && result.data.headline).toBe("Talks resume in Geneva.");
  });

  it("throws an ArticleParseError with a code-led message and error issues", () => {
    const text =
      " HD\n Mill to expand. \n PD\n7 April 2000\n LP\n The mill will grow. \n HD\n Second. \n PD\n8 April 2000\n LP\n It grew. \n";
    try {
      parseArticle(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(ArticleParseError);
      const parseError = error as ArticleParseError;
      expect(parseError.name).toBe("ArticleParseError");
      expect(parseError.message.startsWith("several-articles: ")).toBe(true);
      expect(parseError.message).toContain("safeParseArticles");
      expect(parseError.issues[0]?.severity).toBe("error");
      for (const i of parseError.issues) expect(articleIssueSchema.safeParse(i).success).toBe(true);
    }
  });

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a number", 42],
    ["an object", { text: "Headline\n\nBody." }],
    ["an array", ["Headline", "Body."]],
    ["a String object", new String("Headline\n\nBody.")],
  ])("throws a TypeError for %s", (_, input) => {
    expect(() => parseArticle(input as unknown as string)).toThrow(TypeError);
  });

  it("names the function called in the TypeError's message", () => {
    expect(() => parseArticle(null as unknown as string)).toThrow(
      new TypeError("parseArticle expects the article as a string or a Uint8Array, got null."),
    );
    const parser = createParser({ dialects: [aggregatorDialect], locales: [enLocale] });
    expect(() => parser.parse(42 as unknown as string)).toThrow(
      new TypeError("parse expects the article as a string or a Uint8Array, got number."),
    );
  });

  it("throws a TypeError for malformed options", () => {
    const text = "Headline\n\nBody text.";
    expect(() => parseArticle(text, { paragraphMode: "words" } as unknown as ParseOptions)).toThrow(
      TypeError,
    );
    expect(() => parseArticle(text, 7 as unknown as ParseOptions)).toThrow(TypeError);
  });
});

describe("safeParseArticle", () => {
  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a number", 42],
    ["NaN", Number.NaN],
    ["a bigint", 42n],
    ["a boolean", true],
    ["a symbol", Symbol("text")],
    ["a function", () => "Headline\n\nBody."],
    ["an object", { text: "Headline\n\nBody." }],
    ["an object without a prototype", Object.create(null)],
    ["an array", ["Headline", "Body."]],
  ])("returns invalid-input for %s, without throwing", (_, input) => {
    expect(safeCodes(input)).toEqual(["invalid-input"]);
  });

  it.each([
    ["a number", 7],
    ["null", null],
    ["a string", "lines"],
    ["an unknown paragraph mode", { paragraphMode: "words" }],
    ["labels that are not an object", { labels: "Quelle" }],
    ["an unknown trailer key", { labels: { author: ["By"] } }],
    ["a label list that is not an array", { labels: { source: "Quelle" } }],
    ["a label that is not a string", { labels: { source: [42] } }],
  ])("returns invalid-options for %s, without throwing", (_, options) => {
    expect(safeCodes("Headline\n\nBody text.", options)).toEqual(["invalid-options"]);
  });

  it.each([
    ["", "empty-input"],
    [" \n\u00a0", "empty-input"],
  ] as const)("returns the parse error for %j", (input, code) => {
    expect(safeCodes(input)).toEqual([code]);
  });

  it("returns the Article and no warnings for clean text", () => {
    const result = safeParseArticle("Headline\n\nBody text.");
    expect(result).toEqual({
      success: true,
      data: expect.objectContaining({
        headline: "Headline",
        sections: [{ heading: null, paragraphs: ["Body text."] }],
      }),
      warnings: [],
    });
  });
});

/** The code table of docs/issue-codes.md: each row's code and severity. */
function documentedCodes(markdown: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of markdown.split("\n")) {
    const row = /^\|\s*`([a-z0-9-]+)`\s*\|\s*(error|warning|notice)\s*\|/.exec(line);
    if (row) rows.set(row[1] as string, row[2] as string);
  }
  return rows;
}

const TEXT = "Headline\n\nBody text.";

/** For every code, a call of the public API that reports it, written by hand. */
// Codes the library itself cannot be made to give: the command-line tool's own
// (tested as a process in tests/cli*.test.ts), and the two that report a bug
// of the parser rather than anything in its input.
const NOT_FROM_THE_LIBRARY: ReadonlySet<ArticleIssueCode> = new Set([
  "not-found",
  "unreadable",
  "no-input",
  "binary-file",
  "out-collision",
  "unwritable",
  "cover-page",
  "prologue",
  "invalid-result",
  "internal-error",
  // The export-file reader's (`syndicated-article/files`), provoked in tests/files-errors.test.ts.
  "unsupported-format",
  "corrupt-file",
  "too-large",
  "too-deep",
  "not-an-export",
  "no-articles",
]);
const LIBRARY_CODES = articleIssueCodes.filter((c) => !NOT_FROM_THE_LIBRARY.has(c));

const PROVOKE: Partial<Record<ArticleIssueCode, () => SafeParseArticleResult>> = {
  "invalid-input": () => safeParseArticle(42),
  "invalid-options": () => safeParseArticle(TEXT, { paragraphMode: "pages" } as never),
  "empty-input": () => safeParseArticle(" \n\t\n"),
  "no-headline": () => safeParseArticle("--\n-- By Jane Doe\n\nBody."),
  "no-body": () => safeParseArticle("Just a Headline\n\nSource: rfi"),
  "invalid-url": () => safeParseArticle("T\n\nBody.\n\nOriginal: see below"),
  "invalid-date": () => safeParseArticle("T\n\nBody.\n\nDate: see below"),
  "duplicate-field": () => safeParseArticle("T\n\nBody.\n\nSource: rfi\nSource: AFP"),
  "control-character": () => safeParseArticle("T\n\nBody\u0000 text."),
  "lone-surrogate": () => safeParseArticle("T\n\nBody \ud800 text."),
  "long-headline": () => safeParseArticle(`${"Long ".repeat(61)}\n\nBody.`),
  "several-articles": () =>
    safeParseArticle(
      " HD\n Mill to expand. \n PD\n7 April 2000\n LP\n The mill will grow. \n HD\n Second. \n PD\n8 April 2000\n LP\n It grew. \n",
    ),
  "unrecognised-layout": () => safeParseArticle("The talks resumed on Monday.\n\nThey met again."),
  "guessed-headline": () => safeParseArticle(WEAK_TITLE_PAGE),
  "not-utf8": () =>
    safeParseArticle(new Uint8Array([0x54, 0x0a, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x2e])),
  mojibake: () => safeParseArticle("T\n\nIt\u00e2\u20ac\u2122s here."),
};

const issuesOf = (result: SafeParseArticleResult) =>
  result.success ? result.warnings : result.error.issues;

describe("the issue codes", () => {
  const documented = documentedCodes(issueCodesDoc);

  it("are documented in docs/issue-codes.md, every one, and nothing else", () => {
    expect(documented.size).toBeGreaterThan(0);
    expect([...documented.keys()].sort()).toEqual([...articleIssueCodes].sort());
  });

  it("each have a way to provoke them here, and no other", () => {
    expect(Object.keys(PROVOKE).sort()).toEqual([...LIBRARY_CODES].sort());
  });

  it.each([...LIBRARY_CODES])(
    "%s is reported by the public API with its documented severity",
    (code) => {
      const issues = issuesOf((PROVOKE[code] as () => SafeParseArticleResult)());
      expect(issues.map((i) => i.code)).toEqual([code]);
      expect(issues[0]?.severity).toBe(documented.get(code));
      expect(issues[0]?.message).toMatch(/^\S.*\S$/s);
      for (const i of issues) expect(articleIssueSchema.safeParse(i).success).toBe(true);
    },
  );

  it("fail a parse exactly when they are errors", () => {
    for (const code of LIBRARY_CODES) {
      const provoke = PROVOKE[code] as () => SafeParseArticleResult;
      expect(provoke().success, code).toBe(documented.get(code) === "warning");
    }
  });
});

describe("long headlines", () => {
  it("warn when the headline passes 300 characters, and keep it", () => {
    const headline = `${"Talks ".repeat(50)}Resume`;
    expect(headline.length).toBe(306);
    const result = safeParseArticle(`${headline}\n\nBody text.`);
    expect(result.success && result.data.headline).toBe(headline);
    expect(result.success && result.warnings).toEqual([
      expect.objectContaining({
        code: "long-headline",
        severity: "warning",
        span: { start: 0, end: 306 },
      }),
    ]);
  });

  it("do not warn at 300 characters", () => {
    const headline = "x".repeat(300);
    const result = safeParseArticle(`${headline}\n\nBody text.`);
    expect(result.success && result.warnings).toEqual([]);
  });
});

describe("dates no reader reads", () => {
  it("warn once for the trailer's unread date lines, and keep them all", () => {
    const text = "T\n\nBody.\n\nDate: see below\nDate: soon\nDate: 3 March 2025";
    const result = safeParseArticle(text);
    if (!result.success) throw new Error("expected an Article");
    expect(result.data.publishedAt).toBe("2025-03-03");
    expect(result.data.trailer.map((f) => f.value)).toEqual(["see below", "soon", "3 March 2025"]);
    expect(result.warnings).toEqual([
      {
        code: "invalid-date",
        severity: "warning",
        message:
          '"see below" is no date the date reader reads (nor 1 more date lines); it does not fill publishedAt.',
        span: { start: 16, end: 25 },
      },
    ]);
    expect(text.slice(16, 25)).toBe("see below");
  });

  it("do not warn when the caller's reader reads the line", () => {
    const parseDate = (t: string) => (t === "yesterday" ? "2026-11-30" : null);
    const result = safeParseArticle("T\n\nBody.\n\nDate: yesterday", { parseDate });
    expect(result.success && result.data.publishedAt).toBe("2026-11-30");
    expect(result.success && result.warnings).toEqual([]);
  });

  it("warn for a Nexis date line that reads as no day", () => {
    const text =
      "1 of 1 DOCUMENT\n\nThe Times\n\nJanuary 2009\n\nA Title Here\n\nBody text here.\n\nLOAD-DATE: January 5, 2009";
    const result = safeParseArticle(text);
    if (!result.success) throw new Error("expected an Article");
    expect([result.data.publishedAt, result.data.publishedAtText]).toEqual([null, "January 2009"]);
    expect(result.warnings.map((w) => [w.code, text.slice(w.span?.start, w.span?.end)])).toEqual([
      ["invalid-date", "January 2009"],
    ]);
  });
});

describe("suspicious characters", () => {
  const warnings = (text: string) => {
    const result = safeParseArticle(text);
    if (!result.success) throw result.error;
    return { article: result.data, warnings: result.warnings };
  };

  it("warns about a NUL and keeps it", () => {
    const text = "Headline\n\nBody\u0000 text.";
    const { article, warnings: found } = warnings(text);
    expect(article.sections[0]?.paragraphs).toEqual(["Body\u0000 text."]);
    expect(found).toEqual([
      expect.objectContaining({
        code: "control-character",
        severity: "warning",
        span: { start: 14, end: 15 },
      }),
    ]);
  });

  it.each([
    ["U+0001", "\u0001"],
    ["U+0008", "\b"],
    ["U+001B", "\u001b"],
    ["U+007F", "\u007f"],
  ])("warns about the control character %s", (_, char) => {
    const { article, warnings: found } = warnings(`Head${char}line\n\nBody text.`);
    expect(article.headline).toBe(`Head${char}line`);
    expect(found.map((w) => w.code)).toEqual(["control-character"]);
    expect(found[0]?.span).toEqual({ start: 4, end: 5 });
  });

  it("does not count tabs, form feeds and line breaks as control characters", () => {
    expect(warnings("Headline\t\f\v\r\n\r\nBody\ttext.").warnings).toEqual([]);
  });

  it.each([
    ["a lone high surrogate", "\ud83d"],
    ["a lone low surrogate", "\ude00"],
  ])("warns about %s and keeps it", (_, char) => {
    const text = `Headline\n\nBody ${char} text.`;
    const { article, warnings: found } = warnings(text);
    expect(article.sections[0]?.paragraphs).toEqual([`Body ${char} text.`]);
    expect(found.map((w) => w.code)).toEqual(["lone-surrogate"]);
    expect(found[0]?.span).toEqual({ start: 15, end: 16 });
  });

  it("accepts well-formed surrogate pairs", () => {
    expect(warnings("Headline 😀\n\nBody 𝄞 text.").warnings).toEqual([]);
  });

  it("reports a control character and a lone surrogate together", () => {
    const codes = warnings("Headline\u0000\n\nBody \ud800 text.").warnings.map((w) => w.code);
    expect(codes.sort()).toEqual(["control-character", "lone-surrogate"]);
  });
});

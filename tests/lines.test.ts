import { describe, expect, it } from "vitest";
import { type Article, parseArticle, type Span } from "../src/index.js";

const CLEAN = [
  "Talks Resume",
  "",
  "The talks resumed on Monday.",
  "",
  "What Comes Next",
  "",
  "Envoys are expected in Moscow.",
  "",
  "Source: rfi",
].join("\n");

const EXPECTED = {
  headline: "Talks Resume",
  slug: null,
  standfirst: null,
  highlights: [],
  byline: null,
  bylineRole: null,
  dateline: null,
  publishedAt: null,
  publishedAtText: null,
  sections: [
    { heading: null, paragraphs: ["The talks resumed on Monday."] },
    { heading: "What Comes Next", paragraphs: ["Envoys are expected in Moscow."] },
  ],
  notes: [],
  source: "rfi",
  originalUrl: null,
  disclaimer: null,
  section: null,
  wordCount: null,
  copyright: null,
  id: null,
  language: null,
  topics: [],
  places: [],
  keywords: [],
  category: null,
  trailer: [{ key: "source", label: "Source", value: "rfi" }],
  // A trailer under the body: the aggregator layout.
  dialect: "aggregator",
};

const withoutSpans = ({ spans, ...parts }: Article) => parts;

/** Every part's span sliced out of the input, in reading order. */
function sliced(text: string, article: Article): string[] {
  const slice = (s: Span) => text.slice(s.start, s.end);
  return [
    ...(article.spans.headline ? [slice(article.spans.headline)] : []),
    ...article.spans.sections.flatMap((s) => [
      ...(s.heading ? [slice(s.heading)] : []),
      ...s.paragraphs.map(slice),
    ]),
    ...article.spans.trailer.map(slice),
  ];
}

describe("white-space noise", () => {
  it.each([
    ["a BOM", `\ufeff${CLEAN}`],
    ["CRLF line ends", CLEAN.replace(/\n/g, "\r\n")],
    ["lone CR line ends", CLEAN.replace(/\n/g, "\r")],
    ["mixed line ends", CLEAN.replace(/\n\n/g, "\r\n\r")],
    ["trailing spaces", CLEAN.replace(/\n/g, "   \n")],
    ["leading tabs", CLEAN.replace(/\n(?=\S)/g, "\n\t")],
    ["NBSP padding", CLEAN.replace(/\n(?=\S)/g, "\n\u00a0").replace(/(?<=\S)\n/g, "\u00a0\n")],
    ["whitespace-only lines", CLEAN.replace(/\n\n/g, "\n \t\u00a0\n")],
    ["runs of blank lines", CLEAN.replace(/\n\n/g, "\n\n\n\n\n")],
    ["blank lines around the text", `\n\n \n${CLEAN}\n\n\n`],
    [
      "all of it at once",
      `\ufeff \r\n${CLEAN.replace(/\n\n/g, " \t\r\n\u00a0\r\r\n").replace(/(?<=\S)\r/g, "  \r")}\r\n`,
    ],
  ])("is absorbed: %s", (_, text) => {
    const article = parseArticle(text);
    expect(withoutSpans(article)).toEqual(EXPECTED);
    // Spans point into the input as given, noise and all.
    expect(sliced(text, article)).toEqual([
      "Talks Resume",
      "The talks resumed on Monday.",
      "What Comes Next",
      "Envoys are expected in Moscow.",
      "Source: rfi",
    ]);
    expect(text.slice(article.spans.source?.start, article.spans.source?.end)).toBe("rfi");
  });

  it("turns odd spaces inside the lines of a BOM-led wide text into spaces, and only those", () => {
    // Wide text (CJK) opening with a byte-order mark: the mark pads the first
    // line, a tab and an ideographic-width space sit inside later ones.
    const text = "\ufeff会谈恢复 Talks Resume\n\n双方\t周一恢复会谈。\n\nSource:\u2003rfi";
    const article = parseArticle(text);
    expect(article.headline).toBe("会谈恢复 Talks Resume");
    expect(article.sections[0]?.paragraphs).toEqual(["双方 周一恢复会谈。"]);
    expect(article.source).toBe("rfi");
    expect(article.spans.headline).toEqual({ start: 1, end: 18 });
    // With no odd space but the mark, nothing is rewritten.
    const plain = parseArticle("\ufeff会谈恢复\n\n双方周一恢复会谈。\n\nSource: rfi");
    expect(plain.headline).toBe("会谈恢复");
    expect(plain.sections[0]?.paragraphs).toEqual(["双方周一恢复会谈。"]);
  });

  it("turns a tab or an NBSP inside a line into one space", () => {
    const text = "Talks\u00a0Resume\n\nThe talks\tresumed on\u00a0Monday.\n\nSource:\tthe\u00a0rfi";
    const article = parseArticle(text);
    expect(article.headline).toBe("Talks Resume");
    expect(article.sections[0]?.paragraphs).toEqual(["The talks resumed on Monday."]);
    expect(article.source).toBe("the rfi");
    // The span still covers the line as written.
    expect(sliced(text, article)).toEqual([
      "Talks\u00a0Resume",
      "The talks\tresumed on\u00a0Monday.",
      "Source:\tthe\u00a0rfi",
    ]);
  });

  it("joins hard-wrapped CRLF lines and spans from the first line to the last", () => {
    const text = "Talks Resume\r\n\r\nThe talks \r\n  resumed.\r\n\r\nEnvoys met.";
    const article = parseArticle(text);
    expect(article.sections[0]?.paragraphs).toEqual(["The talks resumed.", "Envoys met."]);
    expect(sliced(text, article)).toEqual([
      "Talks Resume",
      "The talks \r\n  resumed.",
      "Envoys met.",
    ]);
  });

  it("splits blocks on a line holding only white space", () => {
    expect(parseArticle("Talks Resume\n\nThe talks resumed.\n \nEnvoys met.").sections).toEqual([
      { heading: null, paragraphs: ["The talks resumed.", "Envoys met."] },
    ]);
  });

  it("keeps U+3000 inside CJK text", () => {
    expect(
      parseArticle("会谈恢复\n\n双方\u3000表示会谈富有成效。").sections[0]?.paragraphs,
    ).toEqual(["双方\u3000表示会谈富有成效。"]);
  });
});

describe("spans", () => {
  it("slice every part out of text with no inner white-space noise", () => {
    const text = [
      '"Talks Resume in Florida"',
      "",
      "The talks resumed on Monday.",
      "",
      "Earlier Talks Were Hard",
      "",
      "Wording was an obstacle.",
      "- Pledged 102bn rupees",
      "",
      "Source: rfi",
      "Original: <example.com/a>",
      "Statement: Views vary.",
    ].join("\n");
    const article = parseArticle(text);
    expect(sliced(text, article)).toEqual([
      "Talks Resume in Florida",
      "The talks resumed on Monday.",
      "Earlier Talks Were Hard",
      "Wording was an obstacle.",
      "- Pledged 102bn rupees",
      "Source: rfi",
      "Original: <example.com/a>",
      "Statement: Views vary.",
    ]);
    const slice = (s: Span | null) => (s === null ? null : text.slice(s.start, s.end));
    expect(slice(article.spans.source)).toBe("rfi");
    expect(slice(article.spans.originalUrl)).toBe("<example.com/a>");
    expect(slice(article.spans.disclaimer)).toBe("Views vary.");
    expect(article.spans.sections.map((s) => s.heading === null)).toEqual([true, false]);
  });

  it("are exact offsets", () => {
    const { spans } = parseArticle("Title\n\nBody one.\n\nSource: rfi");
    expect(spans).toEqual({
      headline: { start: 0, end: 5 },
      slug: null,
      standfirst: null,
      highlights: [],
      sections: [{ heading: null, paragraphs: [{ start: 7, end: 16 }] }],
      source: { start: 26, end: 29 },
      originalUrl: null,
      disclaimer: null,
      byline: null,
      bylineRole: null,
      dateline: null,
      publishedAt: null,
      section: null,
      wordCount: null,
      copyright: null,
      id: null,
      language: null,
      topics: [],
      places: [],
      keywords: [],
      category: null,
      notes: [],
      trailer: [{ start: 18, end: 29 }],
    });
  });
});

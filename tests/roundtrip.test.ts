import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Article, formatArticle, parseArticle, safeParseArticle } from "../src/index.js";

// Each text below must parse, and survive format → parse unchanged (spans
// aside), and formatting must be idempotent. The list is written by hand: a
// text that stops parsing fails its test instead of leaving the list. The real
// BBC and Reuters articles are round-tripped by the corpus suite (tests/corpus/).

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

const FIXTURES = [
  "seed-article.txt",
  "cli/one.txt",
  "cli/warn.txt",
  "cli/tree/a.txt",
  "cli/tree/Z.txt",
  "cli/tree/sub/b.txt",
];

/** Texts that hold every kind of part, by what they show. */
const TEXTS = {
  // Slug, byline, date, link, dateline, editor's note and credit.
  wire: [
    "-- UPDATE 2-Carmaker Sales Fall in October",
    "-- By  Poornima Gupta",
    "-- Mon Oct 23, 2006 6:42pm EDT",
    "-- http://www.reuters.com/article/idUSN2312345620061023",
    "",
    " ",
    "",
    " (Adds analyst comment) ",
    "",
    " DETROIT  (Reuters) - Sales fell 5 percent, the company said on Monday. ",
    "",
    " The company expects a better quarter. ",
    "",
    " (Reporting by  Andy Sullivan  in Washington; Editing by  John O'Callaghan ) ",
  ].join("\n"),
  // Labels in several languages, quotes, CJK and emoji.
  multilingual: [
    "“Café Talks” Resume in Zürich — 北京 Watches 😀",
    "",
    "Delegates met on Monday; the mood was “constructive” 🤝 and the food excellent.",
    "",
    "Ce qu’il faut retenir",
    "",
    "Les négociations continuent à Genève. 会谈将继续。 Ещё один раунд — в пятницу.",
    "",
    "Source： Agence France-Presse",
    "Original: https://www.example.com/article/é/1/",
    "Statement: This article represents the views of the author.",
  ].join("\n"),
  // A header source line and a Xinhua dateline.
  chinese: [
    "第二轮谈判在日内瓦举行",
    "",
    "来源：新华社",
    "",
    "新华社北京11月30日电 双方代表团当天举行了会谈。",
    "",
    "会谈取得进展",
    "",
    "双方表示会谈富有成效。",
  ].join("\n"),
  // Markdown headings and a currency note.
  markdown: [
    "# Markets Rally",
    "",
    "Stocks rose on Monday.",
    "",
    "## What Comes Next",
    "",
    "Bonds fell as traders sold.",
    "",
    "($1 = 0.7812 euros)",
  ].join("\n"),
  // One paragraph a line, with a list.
  lines: [
    "Budget Plans Unveiled",
    "",
    "The minister set out the plans on Monday.",
    "- Pledged 102bn rupees for schools",
    "- Cut import duties",
    "Critics said the plans were thin.",
  ].join("\n"),
  // A byline, an unknown label and a disclaimer.
  labels: [
    "Talks Resume",
    "By Jane Doe",
    "",
    "Negotiators met again on Sunday.",
    "",
    "Tags: talks",
    "Source: rfi",
    "Disclaimer: For information only.",
  ].join("\n"),
};

function withoutSpans(a: Article): Omit<Article, "spans" | "dialect"> {
  // The layout read back may differ: formatArticle writes one layout for all.
  const { spans, dialect, ...rest } = a;
  return rest;
}

function expectRoundTrip(a: Article): void {
  const text = formatArticle(a);
  const again = parseArticle(text);
  expect(withoutSpans(again)).toEqual(withoutSpans(a));
  expect(formatArticle(again)).toBe(text);
}

describe("format → parse round trip", () => {
  it.each(FIXTURES)("fixtures/%s", (name) => {
    expectRoundTrip(parseArticle(fixture(name)));
  });

  it.each(Object.entries(TEXTS))("the %s text", (_, text) => {
    expectRoundTrip(parseArticle(text));
  });

  it("keeps what each text is there to show", () => {
    const wire = parseArticle(TEXTS.wire);
    expect([wire.slug, wire.byline, wire.dateline?.place]).toEqual([
      "UPDATE 2",
      "Poornima Gupta",
      "DETROIT",
    ]);
    expect(wire.notes.map((n) => n.kind)).toEqual(["editorsNote", "credit"]);
    const zh = parseArticle(TEXTS.chinese);
    expect([zh.source, zh.dateline?.agency, zh.sections[1]?.heading]).toEqual([
      "新华社",
      "新华社",
      "会谈取得进展",
    ]);
    const md = parseArticle(TEXTS.markdown);
    expect(md.sections.map((s) => s.heading)).toEqual([null, "What Comes Next"]);
    expect(md.notes).toEqual([{ kind: "currency", text: "($1 = 0.7812 euros)" }]);
    const lines = parseArticle(TEXTS.lines);
    expect(lines.sections[0]?.paragraphs).toHaveLength(4);
    const labels = parseArticle(TEXTS.labels);
    expect([labels.byline, labels.source, labels.disclaimer]).toEqual([
      "Jane Doe",
      "rfi",
      "For information only.",
    ]);
    expect(labels.trailer.map((f) => f.key)).toEqual([null, "source", "disclaimer"]);
  });

  it("has no text in its list that fails to parse", () => {
    for (const name of FIXTURES) expect(safeParseArticle(fixture(name)).success, name).toBe(true);
    for (const [name, text] of Object.entries(TEXTS)) {
      expect(safeParseArticle(text).success, name).toBe(true);
    }
  });
});

describe("Latin-1 bytes (the BBC's sport/199.txt)", () => {
  // "Pound Falls\n\nIt cost £5 million." with £ as the single byte 0xA3.
  const head = [..."Pound Falls\n\nIt cost "].map((c) => c.charCodeAt(0));
  const tail = [..."5 million."].map((c) => c.charCodeAt(0));
  const bytes = new Uint8Array([...head, 0xa3, ...tail]);

  it("is read as windows-1252 with a not-utf8 warning, the pound sign intact", () => {
    const result = safeParseArticle(bytes);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.warnings.map((w) => w.code)).toEqual(["not-utf8"]);
    expect(result.data.headline).toBe("Pound Falls");
    expect(result.data.sections).toEqual([{ heading: null, paragraphs: ["It cost £5 million."] }]);
  });

  it("round-trips through format as UTF-8 text", () => {
    const a = parseArticle(bytes);
    const text = formatArticle(a);
    expect(text).toBe("Pound Falls\n\nIt cost £5 million.");
    const utf8 = new TextEncoder().encode(text);
    const result = safeParseArticle(utf8);
    expect(result.success && result.warnings).toEqual([]);
    expect(withoutSpans(parseArticle(utf8))).toEqual(withoutSpans(a));
  });

  it("does not warn for the same text as UTF-8 (0xC2 0xA3)", () => {
    const result = safeParseArticle(new TextEncoder().encode("Pound Falls\n\nIt cost £5 million."));
    expect(result.success && result.warnings).toEqual([]);
  });
});

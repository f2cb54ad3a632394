import { describe, expect, it } from "vitest";
import { type Article, parseArticle, type TrailerField } from "../src/index.js";

// Trailer and header labels of the built-in languages (src/labels/), and the
// Chinese layout they come with.

const body = (a: Article) => a.sections.flatMap((s) => s.paragraphs);
const field = (key: TrailerField["key"], label: string, value: string): TrailerField => ({
  key,
  label,
  value,
});

describe("a Chinese article", () => {
  const text = [
    "「中美会谈取得进展」",
    "",
    "作者：王五",
    "",
    "新华社北京11月30日电 中美双方代表周日在北京举行会谈，双方表示会谈富有成效。",
    "",
    "会谈背景",
    "",
    "据报道，双方此前已进行多轮磋商！会谈持续了三个小时。",
    "",
    "下一步安排",
    "",
    "双方是否将再次会面？外交部表示将适时公布。",
    "",
    "来源：新华社",
    "原文链接:https://www.xinhuanet.com/2025-11/30/c_1.htm",
    "原标题：中美会谈",
    "声明：本文仅代表作者观点。",
    "责任编辑：李四",
  ].join("\n");

  it("gives headline, byline, dateline, headed sections and trailer", () => {
    const { spans, ...a } = parseArticle(text);
    expect(a).toEqual({
      headline: "中美会谈取得进展",
      dialect: "aggregator",
      slug: null,
      standfirst: null,
      highlights: [],
      byline: "王五",
      bylineRole: null,
      dateline: { text: "新华社北京11月30日电 ", place: "北京", agency: "新华社" },
      publishedAt: null,
      publishedAtText: null,
      sections: [
        { heading: null, paragraphs: ["中美双方代表周日在北京举行会谈，双方表示会谈富有成效。"] },
        {
          heading: "会谈背景",
          paragraphs: ["据报道，双方此前已进行多轮磋商！会谈持续了三个小时。"],
        },
        { heading: "下一步安排", paragraphs: ["双方是否将再次会面？外交部表示将适时公布。"] },
      ],
      notes: [],
      source: "新华社",
      originalUrl: "https://www.xinhuanet.com/2025-11/30/c_1.htm",
      disclaimer: "本文仅代表作者观点。",
      section: null,
      wordCount: null,
      copyright: null,
      id: null,
      language: null,
      topics: [],
      places: [],
      keywords: [],
      category: null,
      trailer: [
        field("byline", "作者", "王五"),
        field("source", "来源", "新华社"),
        field("originalUrl", "原文链接", "https://www.xinhuanet.com/2025-11/30/c_1.htm"),
        field("originalTitle", "原标题", "中美会谈"),
        field("disclaimer", "声明", "本文仅代表作者观点。"),
        field("editor", "责任编辑", "李四"),
      ],
    });
  });

  const labels: [string, TrailerField["key"], string][] = [
    ["来源", "source", "人民网"],
    ["本文来源", "source", "人民网"],
    ["原文", "originalUrl", "https://example.cn/a/1"],
    ["原文链接", "originalUrl", "https://example.cn/a/1"],
    ["原标题", "originalTitle", "会谈"],
    ["声明", "disclaimer", "仅供参考。"],
    ["免责声明", "disclaimer", "仅供参考。"],
    ["特别声明", "disclaimer", "仅供参考。"],
    ["责任编辑", "editor", "李四"],
    ["编辑", "editor", "李四"],
    ["作者", "byline", "张三"],
    ["记者", "byline", "张三"],
  ];
  const cases = labels.flatMap(([label, key, value]) =>
    ["：", ":"].map((colon) => [label, colon, key, value] as const),
  );

  it.each(cases)("reads the trailer label %s with %s", (label, colon, key, value) => {
    const a = parseArticle(`标题新闻\n\n正文第一段。\n\n${label}${colon}${value}`);
    expect(a.trailer).toEqual([field(key, label, value)]);
    expect(body(a)).toEqual(["正文第一段。"]);
    if (key === "source") expect(a.source).toBe(value);
    if (key === "originalUrl") expect(a.originalUrl).toBe(value);
    if (key === "disclaimer") expect(a.disclaimer).toBe(value);
    if (key === "byline") expect(a.byline).toBe(value);
  });

  it("ends sentences with 。！？ so lines ending so are never headings", () => {
    const a = parseArticle("标题\n\n第一段。\n\n这是问题吗？\n\n第三段！\n\n最后一段。");
    expect(a.sections).toEqual([
      { heading: null, paragraphs: ["第一段。", "这是问题吗？", "第三段！", "最后一段。"] },
    ]);
  });
});

describe("European and Cyrillic trailers", () => {
  const cases: [string, string, TrailerField[], Partial<Article>][] = [
    [
      "French, with a space before the colon",
      "Source : AFP\nLien original : https://www.lemonde.fr/a/1\nAvertissement : Article traduit.",
      [
        field("source", "Source", "AFP"),
        field("originalUrl", "Lien original", "https://www.lemonde.fr/a/1"),
        field("disclaimer", "Avertissement", "Article traduit."),
      ],
      { source: "AFP", originalUrl: "https://www.lemonde.fr/a/1", disclaimer: "Article traduit." },
    ],
    [
      "Spanish",
      "Fuente: EFE\nEnlace original: https://www.elpais.com/a/1\nAviso: Traducción automática.",
      [
        field("source", "Fuente", "EFE"),
        field("originalUrl", "Enlace original", "https://www.elpais.com/a/1"),
        field("disclaimer", "Aviso", "Traducción automática."),
      ],
      {
        source: "EFE",
        originalUrl: "https://www.elpais.com/a/1",
        disclaimer: "Traducción automática.",
      },
    ],
    [
      "German",
      "Quelle: dpa\nOriginalartikel: https://www.zeit.de/a/1\nHinweis: Maschinell übersetzt.",
      [
        field("source", "Quelle", "dpa"),
        field("originalUrl", "Originalartikel", "https://www.zeit.de/a/1"),
        field("disclaimer", "Hinweis", "Maschinell übersetzt."),
      ],
      {
        source: "dpa",
        originalUrl: "https://www.zeit.de/a/1",
        disclaimer: "Maschinell übersetzt.",
      },
    ],
    [
      "Russian",
      "Источник: ТАСС\nОригинал: https://tass.ru/a/1",
      [
        field("source", "Источник", "ТАСС"),
        field("originalUrl", "Оригинал", "https://tass.ru/a/1"),
      ],
      { source: "ТАСС", originalUrl: "https://tass.ru/a/1" },
    ],
    [
      "Ukrainian",
      "Джерело: Укрінформ\nОригінал: https://www.ukrinform.ua/a/1",
      [
        field("source", "Джерело", "Укрінформ"),
        field("originalUrl", "Оригінал", "https://www.ukrinform.ua/a/1"),
      ],
      { source: "Укрінформ", originalUrl: "https://www.ukrinform.ua/a/1" },
    ],
  ];

  it.each(cases)("%s", (_name, trailer, fields, article) => {
    const a = parseArticle(`Les Pourparlers Reprennent\n\nLe texte du corps.\n\n${trailer}`);
    expect(a.trailer).toEqual(fields);
    expect(a).toMatchObject(article);
    expect(body(a)).toEqual(["Le texte du corps."]);
  });

  it("keeps an unknown label next to a known one, with key null", () => {
    const a = parseArticle("Talks Resume\n\nThey met.\n\nTags: talks, envoys\nSource: rfi");
    expect(a.trailer).toEqual([
      field(null, "Tags", "talks, envoys"),
      field("source", "Source", "rfi"),
    ]);
    expect(a.source).toBe("rfi");
    expect(body(a)).toEqual(["They met."]);
  });

  it("leaves an unknown label with no known one beside it in the body", () => {
    const a = parseArticle("Talks Resume\n\nThey met.\n\nTags: talks");
    expect(a.trailer).toEqual([]);
    expect(body(a)).toEqual(["They met.", "Tags: talks"]);
  });

  it("takes a photo credit for a caption, in the trailer or alone", () => {
    const above = parseArticle("Talks Resume\n\nThey met.\n\nPhoto: AFP\nSource: rfi");
    expect(above.trailer).toEqual([field("source", "Source", "rfi")]);
    expect(above.notes).toEqual([{ kind: "caption", text: "Photo: AFP" }]);
    const alone = parseArticle("Talks Resume\n\nThey met.\n\nPhoto: AFP");
    expect(body(alone)).toEqual(["They met."]);
    expect(alone.notes).toEqual([{ kind: "caption", text: "Photo: AFP" }]);
  });

  it("leaves an unknown label a blank line above the trailer in the body", () => {
    const a = parseArticle("Talks Resume\n\nThey met.\n\nAnalysts: Many\n\nSource: rfi");
    expect(a.trailer).toEqual([field("source", "Source", "rfi")]);
    expect(body(a)).toEqual(["They met.", "Analysts: Many"]);
  });
});

import { describe, expect, it } from "vitest";
import {
  type Article,
  type ParseOptions,
  parseArticle,
  safeParseArticle,
  safeParseArticles,
  splitArticles,
  type TrailerField,
} from "../src/index.js";

// The dialects of syndicated text the parser reads: languages, wire headers,
// bylines, datelines, dates, Markdown, bytes and mojibake, and feeds.

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
      byline: "王五",
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
    const a = parseArticle("Talks Resume\n\nThey met.\n\nPhoto: AFP\nSource: rfi");
    expect(a.trailer).toEqual([field(null, "Photo", "AFP"), field("source", "Source", "rfi")]);
    expect(a.source).toBe("rfi");
    expect(body(a)).toEqual(["They met."]);
  });

  it("leaves an unknown label with no known one beside it in the body", () => {
    const a = parseArticle("Talks Resume\n\nThey met.\n\nPhoto: AFP");
    expect(a.trailer).toEqual([]);
    expect(body(a)).toEqual(["They met.", "Photo: AFP"]);
  });

  it("leaves an unknown label a blank line above the trailer in the body", () => {
    const a = parseArticle("Talks Resume\n\nThey met.\n\nAnalysts: Many\n\nSource: rfi");
    expect(a.trailer).toEqual([field("source", "Source", "rfi")]);
    expect(body(a)).toEqual(["They met.", "Analysts: Many"]);
  });
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

  it("reports malformed options as invalid-options", () => {
    const result = safeParseArticle("Title\n\nBody.", {
      labels: { nonsense: ["X"] },
    } as unknown as ParseOptions);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.code).toBe("invalid-options");
  });
});

describe("bylines", () => {
  it("reads `By Jane Doe` under the headline", () => {
    const a = parseArticle("Talks Resume\nBy Jane Doe\n\nThey met on Monday.");
    expect(a.byline).toBe("Jane Doe");
    expect(body(a)).toEqual(["They met on Monday."]);
  });

  it("reads `-- By  Poornima Gupta` in a wire header", () => {
    const a = parseArticle(
      "-- GM sales fall\n-- By  Poornima Gupta\n-- Mon Oct 23, 2006 6:42pm EDT\n-- http://www.reuters.com/article/x\n\n \n\n DETROIT  (Reuters) - GM sales fell. ",
    );
    expect(a.headline).toBe("GM sales fall");
    expect(a.byline).toBe("Poornima Gupta");
    expect(a.publishedAtText).toBe("Mon Oct 23, 2006 6:42pm EDT");
    expect(a.publishedAt).toBe("2006-10-23T22:42:00.000Z");
    expect(a.originalUrl).toBe("http://www.reuters.com/article/x");
    expect(a.dateline).toEqual({
      text: "DETROIT  (Reuters) - ",
      place: "DETROIT",
      agency: "Reuters",
    });
    expect(body(a)).toEqual(["GM sales fell."]);
  });

  it.each([
    ["作者：张三", "张三"],
    ["记者 张三", "张三"],
    ["记者张三", "张三"],
  ])("reads `%s` under a Chinese headline", (line, name) => {
    const a = parseArticle(`会谈取得进展\n${line}\n\n双方举行会谈。`);
    expect(a.byline).toBe(name);
    expect(body(a)).toEqual(["双方举行会谈。"]);
  });

  it("does not take a sentence starting with By for a byline", () => {
    const a = parseArticle("Talks Resume\n\nBy Monday the talks had resumed.");
    expect(a.byline).toBeNull();
    expect(body(a)).toEqual(["By Monday the talks had resumed."]);
  });
});

describe("datelines", () => {
  it.each([
    ["WASHINGTON (Reuters) - ", "WASHINGTON", "Reuters"],
    ["LIMA, Peru  (Reuters) - ", "LIMA, Peru", "Reuters"],
    ["LOS ANGELES (Hollywood Reporter) - ", "LOS ANGELES", "Hollywood Reporter"],
    ["BEIJING, Nov. 30 (Xinhua) -- ", "BEIJING", "Xinhua"],
    ["(Reuters) - ", null, "Reuters"],
  ])("splits `%s` off the first paragraph", (dateline, place, agency) => {
    const a = parseArticle(`Talks Resume\n\n${dateline}The talks resumed.\n\nMore text.`);
    expect(a.dateline).toEqual({ text: dateline, place, agency });
    expect(body(a)).toEqual(["The talks resumed.", "More text."]);
  });

  it("reads a byline run into the dateline", () => {
    const a = parseArticle(
      "Hilton Sees Profit\n\nBy  Paritosh Bansal NEW YORK  Dec 13 (Reuters) - Hilton forecast growth.",
    );
    expect(a.byline).toBe("Paritosh Bansal");
    expect(a.dateline).toEqual({
      text: "By  Paritosh Bansal NEW YORK  Dec 13 (Reuters) - ",
      place: "NEW YORK",
      agency: "Reuters",
    });
    expect(body(a)).toEqual(["Hilton forecast growth."]);
  });

  it.each([
    "On Sunday, November 30, the talks (in Florida) - the first - went well.",
    "A (B) - C",
    "The minister (Reuters said) - and others agreed.",
  ])("finds none in ordinary prose: %s", (paragraph) => {
    const a = parseArticle(`Talks Resume\n\n${paragraph}`);
    expect(a.dateline).toBeNull();
    expect(body(a)).toEqual([paragraph]);
  });

  it("does not split a dateline off a later paragraph", () => {
    const a = parseArticle("Talks Resume\n\nFirst.\n\nWASHINGTON (Reuters) - Second.");
    expect(a.dateline).toBeNull();
    expect(body(a)).toEqual(["First.", "WASHINGTON (Reuters) - Second."]);
  });
});

describe("publishedAt", () => {
  it("comes from a labelled Published: line under the headline", () => {
    const a = parseArticle("Talks Resume\nPublished: 2025-11-30 10:10\n\nThey met.");
    expect(a.publishedAtText).toBe("2025-11-30 10:10");
    expect(a.publishedAt).toBe("2025-11-30T10:10:00");
    expect(body(a)).toEqual(["They met."]);
  });

  it("comes from a Published: line in the trailer, with a zone", () => {
    const a = parseArticle("Talks Resume\n\nThey met.\n\nPublished: Nov 30, 2025 10:10 GMT");
    expect(a.publishedAt).toBe("2025-11-30T10:10:00.000Z");
    expect(a.trailer).toEqual([field("publishedAt", "Published", "Nov 30, 2025 10:10 GMT")]);
  });

  it("comes from a Chinese 发布时间 line", () => {
    const a = parseArticle(
      "会谈取得进展\n\n双方举行会谈。\n\n发布时间：2025年11月30日 10:10\n来源：新华社",
    );
    expect(a.publishedAt).toBe("2025-11-30T10:10:00");
    expect(a.source).toBe("新华社");
  });

  it("converts a wire timestamp in EST to UTC across midnight", () => {
    const a = parseArticle(
      "-- Sales Up\n-- \n-- Mon Oct 30, 2006 7:48pm EST\n-- http://www.reuters.com/a\n\n \n\n Sales rose. ",
    );
    expect(a.publishedAt).toBe("2006-10-31T00:48:00.000Z");
    expect(a.byline).toBeNull();
  });

  it("leaves publishedAt null for a Published: line that is no date", () => {
    const a = parseArticle("Talks Resume\n\nThey met.\n\nSource: rfi\nPublished: recently");
    expect(a.publishedAt).toBeNull();
  });
});

describe("Markdown and subheads", () => {
  it("reads # Title, ## heading and **Heading**", () => {
    const a = parseArticle(
      "# Talks Resume\n\nThey met on Monday.\n\n## what comes next\n\nMore talks are due.\n\n**The Road Ahead**\n\nNobody knows.",
    );
    expect(a.headline).toBe("Talks Resume");
    expect(a.sections).toEqual([
      { heading: null, paragraphs: ["They met on Monday."] },
      { heading: "what comes next", paragraphs: ["More talks are due."] },
      { heading: "The Road Ahead", paragraphs: ["Nobody knows."] },
    ]);
  });

  it("reads an all-caps subhead followed by prose as a heading", () => {
    const a = parseArticle("Game Review\n\nThe game is out.\n\nWORLD OF WARCRAFT\n\nIt sold well.");
    expect(a.sections).toEqual([
      { heading: null, paragraphs: ["The game is out."] },
      { heading: "WORLD OF WARCRAFT", paragraphs: ["It sold well."] },
    ]);
  });

  it("does not read a title-case line followed by a list as a heading", () => {
    const a = parseArticle("Award Winners\n\nThe winners were named.\n\nBest Film\n\nK Clark");
    expect(a.sections).toEqual([
      { heading: null, paragraphs: ["The winners were named.", "Best Film", "K Clark"] },
    ]);
  });
});

describe("bytes", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const text = "Café Talks\n\nThey met at the café.";

  it("reads UTF-8 with a BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    const result = safeParseArticle(bytes);
    expect(result.success && result.warnings).toEqual([]);
    const a = parseArticle(bytes);
    expect(a.headline).toBe("Café Talks");
    expect(body(a)).toEqual(["They met at the café."]);
  });

  it("reads UTF-16LE with a BOM", () => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      bytes[2 + 2 * i] = c & 0xff;
      bytes[3 + 2 * i] = c >> 8;
    }
    const a = parseArticle(bytes);
    expect(a.headline).toBe("Café Talks");
    expect(body(a)).toEqual(["They met at the café."]);
  });

  it("reads invalid UTF-8 as windows-1252 with a not-utf8 warning", () => {
    // é as the single byte 0xE9 and £ as 0xA3: old Latin-1 files.
    const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
    const bytes = new Uint8Array([
      ...ascii("Caf"),
      0xe9,
      ...ascii(" Talks\n\nIt cost "),
      0xa3,
      ...ascii("5 at the caf"),
      0xe9,
      ...ascii("."),
    ]);
    const result = safeParseArticle(bytes);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.warnings.map((w) => w.code)).toEqual(["not-utf8"]);
    expect(result.data.headline).toBe("Café Talks");
    expect(body(result.data)).toEqual(["It cost £5 at the café."]);
  });

  it("reads windows-1252 bytes 0x80-0x9F as the quotes, dashes and euro sign they stand for", () => {
    // 0x93/0x94 are curly double quotes, 0x96 an en dash, 0x80 the euro sign.
    const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
    const bytes = new Uint8Array([
      0x93,
      ...ascii("Talks Resume"),
      0x94,
      ...ascii("\n\nPrices rose 5"),
      0x96,
      ...ascii("7 percent to "),
      0x80,
      ...ascii("9."),
    ]);
    const result = safeParseArticle(bytes);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.warnings.map((w) => w.code)).toEqual(["not-utf8"]);
    expect(result.data.headline).toBe("Talks Resume");
    expect(body(result.data)).toEqual(["Prices rose 5–7 percent to €9."]);
  });

  it("rejects what is neither text nor bytes", () => {
    const result = safeParseArticle(42);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.code).toBe("invalid-input");
    expect(() => parseArticle(42 as unknown as string)).toThrow(TypeError);
  });
});

describe("mojibake", () => {
  const text = "Rubioâ€™s Talks\n\nThey met at a cafÃ©. It cost Â£5.";

  it("is reported with a mojibake warning and left as it is", () => {
    const result = safeParseArticle(text);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.warnings.map((w) => w.code)).toEqual(["mojibake"]);
    expect(result.data.headline).toBe("Rubioâ€™s Talks");
    const span = result.warnings[0]?.span;
    expect(text.slice(span?.start, span?.end)).toBe("â€");
  });

  it.each([
    ["â€™", "’"],
    ["Ã©", "é"],
    ["Â£", "£"],
  ])("reports %s alone", (bad) => {
    const result = safeParseArticle(`Title Here\n\nIt says ${bad} here.`);
    expect(result.success && result.warnings.map((w) => w.code)).toEqual(["mojibake"]);
  });

  it("is repaired with repairMojibake: true", () => {
    const result = safeParseArticle(text, { repairMojibake: true });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.warnings.map((w) => w.code)).toEqual(["mojibake"]);
    expect(result.data.headline).toBe("Rubio’s Talks");
    expect(body(result.data)).toEqual(["They met at a café. It cost £5."]);
  });

  it("leaves correct text alone", () => {
    const result = safeParseArticle("Rubio’s Talks\n\nThey met at a café. It cost £5.");
    expect(result.success && result.warnings).toEqual([]);
  });
});

describe("feeds", () => {
  it("splits at form feeds", () => {
    expect(splitArticles("One\n\nBody one.\f\nTwo\n\nBody two.")).toEqual([
      "One\n\nBody one.",
      "Two\n\nBody two.",
    ]);
  });

  it("splits at ----- and ===== rules", () => {
    expect(
      splitArticles("One\n\nBody one.\n-----\nTwo\n\nBody two.\n\n=====\n\nThree\n\nBody."),
    ).toEqual(["One\n\nBody one.", "Two\n\nBody two.", "Three\n\nBody."]);
  });

  it("splits at a new -- wire header", () => {
    const one =
      "-- One\n-- \n-- Mon Oct 30, 2006 7:48pm EST\n-- http://www.reuters.com/1\n\n \n\n Body one. ";
    const two =
      "-- Two\n-- By  Jane Doe\n-- Tue Oct 31, 2006 8:00am EST\n-- http://www.reuters.com/2";
    const feed = `${one}\n\n${two}\n\n \n\n Body two. `;
    expect(splitArticles(feed)).toEqual([one.trimEnd(), `${two}\n\n \n\n Body two.`]);
    const results = safeParseArticles(feed);
    expect(results.map((r) => r.success && r.data.headline)).toEqual(["One", "Two"]);
    expect(results.map((r) => r.success && r.data.byline)).toEqual([null, "Jane Doe"]);
  });

  it("splits after a trailer of two or more labelled lines", () => {
    const feed =
      "One\n\nBody one.\n\nSource: AFP\nStatement: Ours.\n\nTwo\n\nBody two.\n\nSource: rfi";
    expect(splitArticles(feed)).toEqual([
      "One\n\nBody one.\n\nSource: AFP\nStatement: Ours.",
      "Two\n\nBody two.\n\nSource: rfi",
    ]);
    const results = safeParseArticles(feed);
    expect(results.map((r) => r.success && [r.data.headline, r.data.source])).toEqual([
      ["One", "AFP"],
      ["Two", "rfi"],
    ]);
  });

  it("does not split after a single Source: line", () => {
    const feed = "One\n\nBody one.\n\nSource: AFP\n\nTwo\n\nBody two.";
    expect(splitArticles(feed)).toEqual([feed]);
  });

  it("reads a feed with no separator as one article", () => {
    const feed = "One\n\nBody one.\n\nTwo Words\n\nBody two.";
    expect(splitArticles(feed)).toEqual([feed]);
    expect(safeParseArticles(feed)).toHaveLength(1);
  });

  it("gives failures as data, in order", () => {
    const results = safeParseArticles(
      "One\n\nBody one.\n-----\nOnly A Headline\n-----\nThree\n\nBody.",
    );
    expect(results.map((r) => (r.success ? r.data.headline : r.error.issues[0]?.code))).toEqual([
      "One",
      "no-body",
      "Three",
    ]);
  });
});

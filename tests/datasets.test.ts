import { describe, expect, it } from "vitest";
import { formatArticle, parseArticle, safeParseArticle } from "../src/index.js";

// The story files of news datasets and Chinese newspaper leads, on hand-made
// inputs written from each format's documentation.

describe("CNN/DailyMail stories", () => {
  const story = [
    "MIAMI, Florida (CNN) -- A bank was robbed on Monday by a man with a note.",
    "",
    "Police arrived within minutes.",
    "",
    "@highlight",
    "",
    "Bank robbed in Miami",
    "",
    "@highlight",
    "",
    "Police arrive within minutes",
  ].join("\n");

  it("reads the paragraphs, the dateline and the highlights, with no title", () => {
    const result = safeParseArticle(story);
    if (!result.success) throw result.error;
    const a = result.data;
    expect(a.dialect).toBe("cnn-dailymail");
    expect(a.headline).toBe(null);
    expect(a.dateline).toEqual({
      text: "MIAMI, Florida (CNN) -- ",
      place: "MIAMI, Florida",
      agency: "CNN",
    });
    expect(a.sections).toEqual([
      {
        heading: null,
        paragraphs: [
          "A bank was robbed on Monday by a man with a note.",
          "Police arrived within minutes.",
        ],
      },
    ]);
    expect(a.highlights).toEqual(["Bank robbed in Miami", "Police arrive within minutes"]);
    expect(story.slice(a.spans.highlights[0]?.start, a.spans.highlights[0]?.end)).toBe(
      "Bank robbed in Miami",
    );
    expect(result.warnings.map((w) => w.code)).toEqual(["no-headline"]);
  });

  it("reads one paragraph a line with no blank lines between them", () => {
    const a = parseArticle("(CNN)One line.\nTwo line.\n@highlight\nA bullet");
    expect(a.dateline?.text).toBe("(CNN)");
    expect(a.sections[0]?.paragraphs).toEqual(["One line.", "Two line."]);
    expect(a.highlights).toEqual(["A bullet"]);
  });

  it("is written back as a story that reads the same", () => {
    const a = parseArticle(story);
    const text = formatArticle(a);
    expect(text).toBe(story);
    expect(parseArticle(text)).toEqual(a);
  });

  it("takes no text whose `@highlight` opens it: a story has an article above the markers", () => {
    expect(parseArticle("@highlight\n\nA bullet\n\nMore text here.").dialect).not.toBe(
      "cnn-dailymail",
    );
  });
});

describe("XSum files", () => {
  const file = [
    "[XSUM]URL[XSUM]",
    "http://web.archive.org/web/20170102142027/http://www.bbc.co.uk/news/1",
    "",
    "[XSUM]INTRODUCTION[XSUM]",
    "A fire broke out in a waste site on Sunday.",
    "",
    "[XSUM]RESTBODY[XSUM]",
    "Crews were called at 21:15 BST.",
    "The blaze burned for ten hours.",
  ].join("\n");

  it("reads the URL, the introduction as standfirst and the body one paragraph a line", () => {
    const result = safeParseArticle(file);
    if (!result.success) throw result.error;
    const a = result.data;
    expect(a.dialect).toBe("xsum");
    expect([a.headline, a.standfirst]).toEqual([
      null,
      "A fire broke out in a waste site on Sunday.",
    ]);
    expect(a.originalUrl).toBe(
      "http://web.archive.org/web/20170102142027/http://www.bbc.co.uk/news/1",
    );
    expect(a.sections).toEqual([
      {
        heading: null,
        paragraphs: ["Crews were called at 21:15 BST.", "The blaze burned for ten hours."],
      },
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual(["no-headline"]);
  });

  it("is written back as a file that reads the same", () => {
    const a = parseArticle(file);
    expect(formatArticle(a)).toBe(file);
  });

  it("keeps a marker it does not know as a field of its name", () => {
    const a = parseArticle("[XSUM]TITLE[XSUM]\nA title\n\n[XSUM]RESTBODY[XSUM]\nBody.");
    expect(a.trailer).toEqual([{ key: null, label: "TITLE", value: "A title" }]);
    expect(a.sections[0]?.paragraphs).toEqual(["Body."]);
  });
});

describe("Chinese newspaper leads", () => {
  const lead = (text: string) => {
    const a = parseArticle(`标题\n\n${text}\n\n第二段。`);
    return [
      a.dateline?.text,
      a.dateline?.place ?? null,
      a.byline,
      a.bylineRole,
      a.sections[0]?.paragraphs[0],
    ];
  };

  it("reads an agency's lead with full-width digits", () => {
    expect(lead("新华社北京６月１９日电（记者　张三）会谈取得进展。")).toEqual([
      "新华社北京６月１９日电（记者　张三）",
      "北京",
      "张三",
      "记者",
      "会谈取得进展。",
    ]);
  });

  it("reads a paper's own lead, with reporters in brackets or after the role word", () => {
    expect(lead("本报讯（记者刘俊）昨日，会谈取得进展。")).toEqual([
      "本报讯（记者刘俊）",
      null,
      "刘俊",
      "记者",
      "昨日，会谈取得进展。",
    ]);
    expect(lead("南都讯　记者刘凡　周昌和　任笑一　继推出日票后，深圳将设头等车厢。")).toEqual([
      "南都讯　记者刘凡　周昌和　任笑一　",
      null,
      "刘凡 周昌和 任笑一",
      "记者",
      "继推出日票后，深圳将设头等车厢。",
    ]);
  });

  it("reads no lead where the ending stands inside a word", () => {
    expect(lead("据通讯社报道，会谈取得进展。")[0]).toBe(undefined);
  });
});

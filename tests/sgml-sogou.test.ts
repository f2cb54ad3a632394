import { describe, expect, it } from "vitest";
import { parseArticle, safeParseArticle, safeParseArticles } from "../src/index.js";
import { markupIn, valuesOf } from "./support/markup.js";

// Hand-made records in the layout of SogouCS's `news_sohusite_xml` files.
const record = (docno: string, title: string, content: string) =>
  `<doc>\n<url>http://news.sohu.com/20120619/n${docno}.shtml</url>\n<docno>${docno}</docno>\n<contenttitle>${title}</contenttitle>\n<content>${content}</content>\n</doc>\n`;

const TAGS = ["doc", "url", "docno", "contenttitle", "content"];

describe("sogou-xml", () => {
  it("reads url, docno, title and content into their fields", () => {
    const a = parseArticle(
      record(
        "1",
        "深圳地铁将设立ＶＩＰ头等车厢　买双倍票",
        "继推出日票后，深圳今后将设地铁头等车厢。昨日，论坛上透露。",
      ),
    );
    expect(a.dialect).toBe("sogou-xml");
    expect(a.originalUrl).toBe("http://news.sohu.com/20120619/n1.shtml");
    expect(a.id).toBe("1");
    expect(a.headline).toBe("深圳地铁将设立ＶＩＰ头等车厢　买双倍票");
    expect(a.sections[0]?.paragraphs).toEqual([
      "继推出日票后，深圳今后将设地铁头等车厢。昨日，论坛上透露。",
    ]);
    for (const text of valuesOf(a)) expect(markupIn(text, TAGS)).toBeNull();
  });

  it("leaves a lead parted by single ideographic spaces to the dateline rules, and breaks at a run of them", () => {
    const a = parseArticle(
      record("2", "标题", "南都讯　记者刘凡　继推出日票后。　　第二段开始了。　　第三段。"),
    );
    // The lead is the agency-dateline rules' to read: a dateline and a byline.
    expect(a.dateline?.text).toBe("南都讯　记者刘凡");
    expect(a.byline).toBe("刘凡");
    expect(a.sections.flatMap((s) => s.paragraphs)).toEqual([
      "继推出日票后。",
      "第二段开始了。",
      "第三段。",
    ]);
  });

  it("points spans at the value inside its tag", () => {
    const text = record("3", "标题", "正文&amp;内容。");
    const a = parseArticle(text);
    expect(a.sections[0]?.paragraphs).toEqual(["正文&内容。"]);
    const span = a.spans.sections[0]?.paragraphs[0];
    expect(span && text.slice(span.start, span.end)).toBe("正文&amp;内容。");
    expect(a.spans.headline && text.slice(a.spans.headline.start, a.spans.headline.end)).toBe(
      "标题",
    );
  });

  it("gives the no-body warning for an empty content, and splits a file of records", () => {
    const r = safeParseArticle(record("4", "爸爸为女儿百万建幼儿园", ""));
    expect(r.success && r.warnings.map((w) => w.code)).toEqual(["no-body"]);
    const feed = record("5", "一", "甲。") + record("6", "二", "") + record("7", "三", "丙。");
    expect(safeParseArticles(feed).map((x) => (x.success ? x.data.headline : null))).toEqual([
      "一",
      "二",
      "三",
    ]);
  });
});

describe("a record dialect forced on a text of no record", () => {
  it("reads it as the shared layout does, and says so", () => {
    const a = parseArticle("Talks <b>Resume</b> &amp; more\n\nThey met.", { dialect: "sogou-xml" });
    expect(a.dialect).toBe("aggregator");
    expect(a.headline).toBe("Talks <b>Resume</b> &amp; more");
  });
});

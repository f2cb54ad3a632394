import { describe, expect, it } from "vitest";
import { explainArticle, formatArticle, parseArticle } from "../src/index.js";

// The lines a copied web page leaves behind (docs/rules.md, "Page lines"): notes of their own
// kinds, in every layout, never the headline or body. Expected values written from the texts.

const page = [
  "Skip to main content",
  "",
  "Ministers Agree Budget Deal",
  "Share this article",
  "Share on Facebook",
  "By Jane Doe, Political Correspondent",
  "Published 1 May 2026, 10:05 BST",
  "",
  "Ministers agreed a budget deal on Monday after talks ran late.",
  "",
  "Advertisement",
  "",
  "The deal runs to 2030, officials said.",
  "Photo: Reuters",
  "",
  "Read more: Why the budget matters",
  "Related: Markets rise on deal hopes",
  "",
  "Sign up for our newsletter",
].join("\n");

const slice = (text: string, s: { start: number; end: number } | null | undefined) =>
  s ? text.slice(s.start, s.end) : null;

describe("a copied web page", () => {
  const a = parseArticle(page);

  it("gives the headline, byline, role, date and body, and no page line in them", () => {
    expect(a.headline).toBe("Ministers Agree Budget Deal");
    expect(a.byline).toBe("Jane Doe");
    expect(a.bylineRole).toBe("Political Correspondent");
    expect(a.publishedAtText).toBe("1 May 2026, 10:05 BST");
    // 10:05 British Summer Time is 09:05 UTC.
    expect(a.publishedAt).toBe("2026-05-01T09:05:00.000Z");
    expect(a.sections).toEqual([
      {
        heading: null,
        paragraphs: [
          "Ministers agreed a budget deal on Monday after talks ran late.",
          "The deal runs to 2030, officials said.",
        ],
      },
    ]);
    expect(a.trailer).toEqual([]);
  });

  it("keeps every page line as a note of its kind, in input order", () => {
    expect(a.notes).toEqual([
      { kind: "boilerplate", text: "Skip to main content" },
      { kind: "boilerplate", text: "Share this article" },
      { kind: "boilerplate", text: "Share on Facebook" },
      { kind: "boilerplate", text: "Advertisement" },
      { kind: "caption", text: "Photo: Reuters" },
      { kind: "boilerplate", text: "Read more: Why the budget matters" },
      { kind: "boilerplate", text: "Related: Markets rise on deal hopes" },
      { kind: "boilerplate", text: "Sign up for our newsletter" },
    ]);
  });

  it("points each note, the byline and its role at their text", () => {
    expect(a.spans.notes.map((s) => slice(page, s))).toEqual(a.notes.map((n) => n.text));
    expect(slice(page, a.spans.byline)).toBe("Jane Doe");
    expect(slice(page, a.spans.bylineRole)).toBe("Political Correspondent");
    expect(slice(page, a.spans.publishedAt)).toBe("1 May 2026, 10:05 BST");
  });

  it("names the rules that decided them", () => {
    const rules = explainArticle(page).decisions.map((d) => `${d.part}:${d.rule}`);
    expect(rules).toEqual([
      // No mark of any layout: the aggregator's fallback.
      "dialect:fallback",
      "note:page-furniture-line",
      "headline:first-line",
      "note:page-furniture-line",
      "note:page-furniture-line",
      "byline:byline-word",
      "bylineRole:byline-role-after-comma",
      "published:published-line",
      "paragraph:one-line-block",
      "note:page-furniture-line",
      "paragraph:one-line-block",
      "note:caption-label",
      "note:page-link-line",
      "note:page-link-line",
      "note:page-furniture-line",
    ]);
  });

  it("comes back the same from formatArticle", () => {
    const { spans: _, dialect: __, ...again } = parseArticle(formatArticle(a));
    const { spans: ___, dialect: ____, ...before } = a;
    expect(again).toEqual(before);
  });
});

describe("page lines in every layout", () => {
  it("in a wire dump, an Advertisement line is a note, not a paragraph", () => {
    const text =
      "-- Shares Rise\n-- By Jane Doe\n-- Mon Oct 23, 2006 6:42pm EDT\n\nLONDON (Reuters) - Shares rose.\n\nAdvertisement\n\nThey fell later.";
    const a = parseArticle(text);
    expect(a.dialect).toBe("wire-dump");
    expect(a.sections[0]?.paragraphs).toEqual(["Shares rose.", "They fell later."]);
    expect(a.notes).toEqual([{ kind: "boilerplate", text: "Advertisement" }]);
  });

  it("one paragraph a line stays so with a page line among them", () => {
    const text =
      "Ad sales boost profit\nProfits jumped 76%.\nAdvertisement\nThe firm gained.\nIt said so.";
    const a = parseArticle(text);
    expect(a.sections[0]?.paragraphs).toEqual([
      "Profits jumped 76%.",
      "The firm gained.",
      "It said so.",
    ]);
    expect(a.notes).toEqual([{ kind: "boilerplate", text: "Advertisement" }]);
  });

  it("in Markdown, a caption under a heading stays out of the section", () => {
    const text =
      "# Talks Resume\n\nThey met.\n\n## Next\n\nImage caption: The envoys in Geneva\n\nMore talks.";
    const a = parseArticle(text);
    expect(a.dialect).toBe("markdown");
    expect(a.sections).toEqual([
      { heading: null, paragraphs: ["They met."] },
      { heading: "Next", paragraphs: ["More talks."] },
    ]);
    expect(a.notes).toEqual([{ kind: "caption", text: "Image caption: The envoys in Geneva" }]);
  });

  it("a Chinese photo credit ending in 摄 is a caption, with or without brackets", () => {
    const text =
      "国务院召开会议\n\n会议今天召开。\n\n新华社记者 李明 摄\n\n会议持续三小时。\n\n（中新社记者 张三/摄）";
    const a = parseArticle(text);
    expect(a.sections[0]?.paragraphs).toEqual(["会议今天召开。", "会议持续三小时。"]);
    expect(a.notes).toEqual([
      { kind: "caption", text: "新华社记者 李明 摄" },
      { kind: "caption", text: "（中新社记者 张三/摄）" },
    ]);
  });

  it("BBC's `Image source, Reuters` is a caption; prose opening with a caption word is not", () => {
    const text =
      "Storm Hits Coast\n\nImage source, Reuters\n\nPicture the scene: waves over the wall.\n\nImages from phones spread fast.";
    const a = parseArticle(text);
    expect(a.notes).toEqual([{ kind: "caption", text: "Image source, Reuters" }]);
    expect(a.sections[0]?.paragraphs).toEqual([
      "Picture the scene: waves over the wall.",
      "Images from phones spread fast.",
    ]);
  });

  it("a text of page lines only has no headline and no body, and keeps them as notes", () => {
    const { result } = explainArticle("Skip to main content\n\nAdvertisement");
    if (!result.success) throw result.error;
    expect([result.data.headline, result.data.sections]).toEqual([null, []]);
    expect(result.data.notes).toEqual([
      { kind: "boilerplate", text: "Skip to main content" },
      { kind: "boilerplate", text: "Advertisement" },
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual(["no-headline", "no-body"]);
  });
});

describe("bylines with a role", () => {
  it("keeps a list of names whole", () => {
    const a = parseArticle("Talks Resume\nBy Jane Doe, John Roe\n\nThey met.");
    expect(a.byline).toBe("Jane Doe, John Roe");
    expect(a.bylineRole).toBeNull();
  });

  it("keeps an outlet after the comma in the byline", () => {
    const a = parseArticle("Talks Resume\nBy Jane Doe, Reuters\n\nThey met.");
    expect(a.byline).toBe("Jane Doe, Reuters");
    expect(a.bylineRole).toBeNull();
  });

  it("reads a role in a wire header too", () => {
    const a = parseArticle("-- Shares Rise\n-- By Jane Doe, Markets Reporter\n\nShares rose.");
    expect([a.byline, a.bylineRole]).toEqual(["Jane Doe", "Markets Reporter"]);
  });

  it("takes Yonhap's role word from the wire line", () => {
    const text = "제목\n(서울=연합뉴스) 홍길동 특파원 = 본문이다.\n둘째 문단이다.";
    const a = parseArticle(text);
    expect([a.byline, a.bylineRole, a.source]).toEqual(["홍길동", "특파원", "연합뉴스"]);
    expect(slice(text, a.spans.bylineRole)).toBe("(서울=연합뉴스) 홍길동 특파원 =");
  });

  it("takes the Chinese reporter's role word from the dateline's brackets", () => {
    const a = parseArticle("标题\n\n新华社北京1月13日电（记者沈敏）正文内容。\n\n第二段。");
    expect([a.byline, a.bylineRole, a.source]).toEqual(["沈敏", "记者", "新华社"]);
  });
});

describe("source from the dateline", () => {
  it("is the dateline's agency when no line names a source", () => {
    expect(parseArticle("Shares Rise\n\nLONDON (Reuters) - Shares rose.").source).toBe("Reuters");
  });

  it("gives way to a source line", () => {
    const a = parseArticle("Shares Rise\n\nLONDON (Reuters) - Shares rose.\n\nSource: rfi");
    expect(a.source).toBe("rfi");
  });

  it("is null with no dateline and no source line", () => {
    expect(parseArticle("Shares Rise\n\nShares rose.").source).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { type Article, parseArticle } from "../src/index.js";

// Header lines under the headline: bylines.

const body = (a: Article) => a.sections.flatMap((s) => s.paragraphs);

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

describe("wire header lines", () => {
  it("keep a line that is no byline, date or link as a field with no key", () => {
    const a = parseArticle(
      "-- Markets Rally\n-- By  Jane Doe\n-- Desk: Markets\n-- http://www.example.com/a\n-- http://www.example.com/b\n\n Stocks rose. ",
    );
    expect(a.headline).toBe("Markets Rally");
    expect(a.byline).toBe("Jane Doe");
    expect(a.originalUrl).toBe("http://www.example.com/a");
    expect(a.trailer).toEqual([
      { key: null, label: "--", value: "Desk: Markets" },
      { key: null, label: "--", value: "http://www.example.com/b" },
    ]);
    expect(body(a)).toEqual(["Stocks rose."]);
  });
});

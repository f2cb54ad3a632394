// Regression tests: a header holding several byline, labelled and date lines,
// in any order and language, keeps every line in the Article. Each input is
// the smallest one found; each expected value written by hand from reading it.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.js";
import { expectRoundTrip, slice } from "./support/round-trip.js";

describe("a header with a labelled byline and a byline line", () => {
  it("keeps a `By` line under an `Author:` line, the byline line first", () => {
    const text = "## \nAuthor: Jane Doe\nBy  Kevin Krolicki\n\n会谈取得进展，双方表示富有成效。";
    const article = parseArticle(text);
    // `## ` with nothing after the mark is no heading mark: the line is the headline.
    expect(article.headline).toBe("##");
    expect(article.byline).toBe("Kevin Krolicki");
    expect(slice(text, article.spans.byline)).toBe("Kevin Krolicki");
    expect(article.trailer).toEqual([{ key: "byline", label: "Author", value: "Jane Doe" }]);
    expect(slice(text, article.spans.trailer[0])).toBe("Author: Jane Doe");
    expect(article.sections).toEqual([
      { heading: null, paragraphs: ["会谈取得进展，双方表示富有成效。"] },
    ]);
    expectRoundTrip(text);
  });

  it("keeps a German byline line between two Chinese labelled lines", () => {
    const text =
      "«a «b» c»\r\n\r\n作者：张三\r\nVon Hans Müller\r\n来源：新华社\r\n\r\nThe End of the Line\r\n";
    const article = parseArticle(text);
    expect(article.headline).toBe("a «b» c");
    expect(article.byline).toBe("Hans Müller");
    expect(slice(text, article.spans.byline)).toBe("Hans Müller");
    expect(article.source).toBe("新华社");
    expect(article.trailer).toEqual([
      { key: "byline", label: "作者", value: "张三" },
      { key: "source", label: "来源", value: "新华社" },
    ]);
    expect(article.sections).toEqual([{ heading: null, paragraphs: ["The End of the Line"] }]);
    expectRoundTrip(text);
  });

  it("keeps a date, two labelled bylines and a French byline line, whatever their order", () => {
    const text = [
      "Talks Resume",
      "Date: 2025-02-03",
      "作者：张三",
      "Par Marie Curie",
      "Author: John Roe",
      "",
      "The talks resumed on Monday.",
    ].join("\n");
    const article = parseArticle(text);
    expect(article.byline).toBe("Marie Curie");
    expect(article.publishedAtText).toBe("2025-02-03");
    expect(article.trailer).toEqual([
      { key: "publishedAt", label: "Date", value: "2025-02-03" },
      { key: "byline", label: "作者", value: "张三" },
      { key: "byline", label: "Author", value: "John Roe" },
    ]);
    expect(article.sections[0]?.paragraphs).toEqual(["The talks resumed on Monday."]);
    expectRoundTrip(text);
  });
});

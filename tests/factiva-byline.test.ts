import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.js";

describe("factiva: a BY value over several lines", () => {
  // The value's lines are joined; its span ends in the input before the
  // final full stop, across the line breaks and spaces.
  const text = [
    "   HD",
    " Talks Resume ",
    "   BY",
    " By Jane Doe ",
    " and John Roe. ",
    "   PD",
    "7 April 2000",
    "   LP",
    " They met. ",
  ].join("\n");

  it("reads the names without the By and the full stop, the span on them", () => {
    const article = parseArticle(text);
    expect(article.dialect).toBe("factiva");
    expect(article.byline).toBe("Jane Doe and John Roe");
    expect(article.trailer[1]).toEqual({
      key: "byline",
      label: "BY",
      value: "Jane Doe and John Roe",
    });
    const span = article.spans.byline;
    expect(span && text.slice(span.start, span.end)).toBe("Jane Doe \n and John Roe");
    const field = article.spans.trailer[1];
    expect(field && text.slice(field.start, field.end)).toBe("BY\n By Jane Doe \n and John Roe");
  });
});

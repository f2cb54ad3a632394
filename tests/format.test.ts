import { describe, expect, it } from "vitest";
import { formatArticle, parseArticle } from "../src/index.js";

// formatArticle writes an Article back as text that parses into the same Article.
// A headline that reading would change (quotes wrapping it whole, a Markdown or
// wire marker at its start) must come back unchanged.

describe("formatArticle", () => {
  it.each([
    ["a headline wrapped in its own pair of quotes", '“"Talks Resume"”', '"Talks Resume"'],
    ["a headline in guillemets", '"«Talks Resume»"', "«Talks Resume»"],
    ["a headline that starts like a Markdown heading", '"# Not a Heading"', "# Not a Heading"],
    ["a headline that starts like a wire header line", '"-- Wire Story"', "-- Wire Story"],
  ])("keeps %s", (_, first, headline) => {
    const a = parseArticle(`${first}\n\nThe envoys met again.`);
    expect(a.headline).toBe(headline);
    const text = formatArticle(a);
    expect(text.split("\n")[0]).not.toBe(headline);
    expect(parseArticle(text).headline).toBe(headline);
    expect(formatArticle(parseArticle(text))).toBe(text);
  });

  it("writes a plain headline as it is", () => {
    const a = parseArticle('"Talks Resume"\n\nThe envoys met again.\n\nSource: rfi');
    expect(formatArticle(a)).toBe("Talks Resume\n\nThe envoys met again.\n\nSource: rfi");
  });
});

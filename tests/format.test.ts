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

  it("writes a date under the headline whatever layout was forced, so a second writing is the first", () => {
    // A wire header read with the press-release layout forced: the date goes
    // where the shared layout reads it, as for the same Article read unforced.
    const text =
      "-- Talks resume in Paris\n-- January 11, 2010 Monday\n\nParis - The envoys met again on Monday and said little.\n\nTalks go on.";
    const forced = parseArticle(text, { dialect: "press-release" });
    expect(forced.publishedAt).toBe("2010-01-11");
    const written = formatArticle(forced);
    expect(written.startsWith("Talks resume in Paris\n\nJanuary 11, 2010 Monday\n\n")).toBe(true);
    expect(formatArticle(parseArticle(written))).toBe(written);
  });

  it("writes a plain headline as it is", () => {
    const a = parseArticle('"Talks Resume"\n\nThe envoys met again.\n\nSource: rfi');
    expect(formatArticle(a)).toBe("Talks Resume\n\nThe envoys met again.\n\nSource: rfi");
  });
});

describe("formatArticle on a database export", () => {
  // Written for this test in the Factiva layout: code lines, values under them.
  const factiva = [
    "HD",
    " Mill to Open in Brazil ",
    "WC",
    "42 words",
    "PD",
    "7 April 2000",
    "SN",
    "Gazette",
    "LA",
    "English",
    "LP",
    " The mill opens in May. ",
    "TD",
    " It will employ 300 people. ",
    "AN",
    "Document gaz0000001",
  ].join("\n");

  it("writes it back in its own layout, which reads back as the same Article", () => {
    const a = parseArticle(factiva);
    expect(a.dialect).toBe("factiva");
    expect(a.headline).toBe("Mill to Open in Brazil");
    expect(a.wordCount).toBe(42);
    expect(a.language).toBe("en");
    const text = formatArticle(a);
    const { spans, ...again } = parseArticle(text);
    const { spans: _, ...before } = a;
    expect(again).toEqual(before);
    expect(formatArticle(parseArticle(text))).toBe(text);
  });
});

describe("formatArticle with page lines above the headline", () => {
  it("still writes the dateline's paragraph on one line", () => {
    // `###` closes the release; it is written back above the headline.
    const text = "Acme Acme\n\nNEW YORK, Jan. 1, 2000 /PRNewswire/ -- The plant plant.\n\n###";
    const a = parseArticle(text);
    expect(a.sections[0]?.paragraphs).toEqual(["The plant plant."]);
    const written = formatArticle(a);
    expect(written).toBe(
      "###\n\nAcme Acme\n\nNEW YORK, Jan. 1, 2000 /PRNewswire/ -- The plant plant.",
    );
    const { spans, ...again } = parseArticle(written);
    const { spans: _, ...before } = a;
    expect(again).toEqual(before);
  });
});

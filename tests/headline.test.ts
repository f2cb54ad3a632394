import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.js";

const BODY = "\n\nThe talks resumed on Monday.";
const headlineOf = (line: string) => parseArticle(`${line}${BODY}`).headline;

describe("headline", () => {
  it.each([
    ['"Talks Resume in Florida"', "Talks Resume in Florida"],
    ["“Talks Resume in Florida”", "Talks Resume in Florida"],
    ["«Talks Resume in Florida»", "Talks Resume in Florida"],
    ["「会谈在佛罗里达恢复」", "会谈在佛罗里达恢复"],
    ["『会谈在佛罗里达恢复』", "会谈在佛罗里达恢复"],
    ["'Talks Resume in Florida'", "Talks Resume in Florida"],
    ["‘Talks Resume in Florida’", "Talks Resume in Florida"],
    ["„Gespräche gehen weiter“", "Gespräche gehen weiter"],
    ["‹Talks Resume in Florida›", "Talks Resume in Florida"],
  ])("drops one pair of quotes wrapping the whole line: %s", (line, expected) => {
    expect(headlineOf(line)).toBe(expected);
  });

  it("keeps quotes inside the wrapping pair", () => {
    expect(
      headlineOf(
        "\"U.S.-Ukraine Peace Talks 'Productive,' Rubio: Still Need to Continue Efforts\"",
      ),
    ).toBe("U.S.-Ukraine Peace Talks 'Productive,' Rubio: Still Need to Continue Efforts");
    expect(headlineOf("“Talks Called ‘Productive’ by Both Sides”")).toBe(
      "Talks Called ‘Productive’ by Both Sides",
    );
  });

  it("keeps the quotes of two quoted parts that do not wrap the line together", () => {
    expect(headlineOf('"A" and "B"')).toBe('"A" and "B"');
    expect(headlineOf("'A' or 'B'")).toBe("'A' or 'B'");
    expect(headlineOf("«Oui» et «Non»")).toBe("«Oui» et «Non»");
  });

  it("unwraps a single-quoted line holding an apostrophe", () => {
    expect(headlineOf("'Rubio's Talks'")).toBe("Rubio's Talks");
    expect(headlineOf("‘Rubio’s Talks’")).toBe("Rubio’s Talks");
  });

  it("balances nested guillemets", () => {
    expect(headlineOf("«Le «plan» de paix»")).toBe("Le «plan» de paix");
  });

  it("keeps quotes that do not pair up or do not wrap the whole line", () => {
    expect(headlineOf('"Talks Resume in Florida')).toBe('"Talks Resume in Florida');
    expect(headlineOf('Talks Resume in "Florida"')).toBe('Talks Resume in "Florida"');
    expect(headlineOf('"Talks Resume in Florida”')).toBe('"Talks Resume in Florida”');
    expect(headlineOf("«Talks Resume in Florida«")).toBe("«Talks Resume in Florida«");
  });

  it("trims white space inside the quotes and around the line", () => {
    expect(headlineOf('  " Talks Resume "  ')).toBe("Talks Resume");
  });

  it("is the first non-blank line", () => {
    expect(parseArticle("\n\n  \nTalks Resume\n\nThe talks resumed.").headline).toBe(
      "Talks Resume",
    );
  });

  it("points its span inside the quotes", () => {
    const text = `"Talks Resume"${BODY}`;
    const { spans } = parseArticle(text);
    expect(spans.headline).toEqual({ start: 1, end: 13 });
    expect(text.slice(spans.headline?.start, spans.headline?.end)).toBe("Talks Resume");
  });

  it("is never read as a heading or a trailer line", () => {
    const article = parseArticle("Source: An Inside Look\n\nThe talks resumed on Monday.");
    expect(article.headline).toBe("Source: An Inside Look");
    expect(article.source).toBeNull();
    expect(article.sections).toEqual([
      { heading: null, paragraphs: ["The talks resumed on Monday."] },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { LineCounter, parseArticle } from "../src/index.js";

describe("LineCounter", () => {
  it("counts 1-based lines and columns over LF", () => {
    const counter = new LineCounter("ab\ncd\n\nef");
    expect(counter.linePos(0)).toEqual({ line: 1, col: 1 });
    expect(counter.linePos(1)).toEqual({ line: 1, col: 2 });
    expect(counter.linePos(2)).toEqual({ line: 1, col: 3 });
    expect(counter.linePos(3)).toEqual({ line: 2, col: 1 });
    expect(counter.linePos(6)).toEqual({ line: 3, col: 1 });
    expect(counter.linePos(8)).toEqual({ line: 4, col: 2 });
  });

  it("treats CRLF as one line break", () => {
    const counter = new LineCounter("Headline\r\n\r\nBody.");
    expect(counter.linePos(8)).toEqual({ line: 1, col: 9 });
    expect(counter.linePos(10)).toEqual({ line: 2, col: 1 });
    expect(counter.linePos(12)).toEqual({ line: 3, col: 1 });
    expect(counter.linePos(16)).toEqual({ line: 3, col: 5 });
  });

  it("treats a lone CR as a line break", () => {
    const counter = new LineCounter("a\rb\r\rc");
    expect(counter.linePos(2)).toEqual({ line: 2, col: 1 });
    expect(counter.linePos(4)).toEqual({ line: 3, col: 1 });
    expect(counter.linePos(5)).toEqual({ line: 4, col: 1 });
  });

  it("mixes LF, CRLF and CR", () => {
    // Lines start at 0 ("a"), 3 (""), 4 ("b"), 6 ("c").
    const counter = new LineCounter("a\r\n\rb\nc");
    expect(counter.linePos(3)).toEqual({ line: 2, col: 1 });
    expect(counter.linePos(4)).toEqual({ line: 3, col: 1 });
    expect(counter.linePos(5)).toEqual({ line: 3, col: 2 });
    expect(counter.linePos(6)).toEqual({ line: 4, col: 1 });
  });

  it("clamps offsets outside the text", () => {
    const counter = new LineCounter("a\nbc");
    expect(counter.linePos(-5)).toEqual({ line: 1, col: 1 });
    expect(counter.linePos(4)).toEqual({ line: 2, col: 3 });
    expect(counter.linePos(100)).toEqual({ line: 2, col: 3 });
  });

  it("counts columns in UTF-16 code units", () => {
    expect(new LineCounter("😀x\ny").linePos(2)).toEqual({ line: 1, col: 3 });
  });

  it("handles the empty text", () => {
    expect(new LineCounter("").linePos(0)).toEqual({ line: 1, col: 1 });
  });

  it("places the parts of a parsed Article", () => {
    const text = '\ufeff"Talks Resume"\r\n\r\nThe talks resumed.\r\n\r\n  Source: rfi';
    const article = parseArticle(text);
    const counter = new LineCounter(text);
    expect(counter.linePos(article.spans.headline?.start ?? -1)).toEqual({ line: 1, col: 3 });
    const paragraph = article.spans.sections[0]?.paragraphs[0];
    expect(counter.linePos(paragraph?.start ?? -1)).toEqual({ line: 3, col: 1 });
    expect(counter.linePos(article.spans.trailer[0]?.start ?? -1)).toEqual({ line: 5, col: 3 });
    expect(counter.linePos(article.spans.source?.start ?? -1)).toEqual({ line: 5, col: 11 });
  });
});

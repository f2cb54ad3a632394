import { describe, expect, it } from "vitest";
import { resolveDefault } from "../src/default-parser.js";
import { sharedReadsBack } from "../src/format/reads-back.js";
import { misreadBlock, rewriteOneBlock } from "../src/format/rewrites.js";
import { sharedLayout } from "../src/format/shared-layout.js";
import { parseArticle } from "../src/index.js";

// The net under the writer's rules: one block written another way, each way
// checked by reading the whole text back with the parser.

const { lexicon } = resolveDefault(undefined);

describe("rewriteOneBlock", () => {
  it("wraps a title-shaped paragraph that, on one line above prose, reads as a heading", () => {
    // Read from two lines, "What Comes Next" is a paragraph, not a heading.
    const article = parseArticle(
      "Talks Resume\n\nWhat Comes\nNext\n\nThe talks resumed on Monday in Geneva.",
    );
    expect(article.sections).toEqual([
      { heading: null, paragraphs: ["What Comes Next", "The talks resumed on Monday in Geneva."] },
    ]);
    const misread = "Talks Resume\n\nWhat Comes Next\n\nThe talks resumed on Monday in Geneva.";
    expect(parseArticle(misread).sections[0]?.heading).toBe("What Comes Next");
    const written = rewriteOneBlock(misread, lexicon, (text) => sharedReadsBack(text, article));
    expect(written).toBe(
      "Talks Resume\n\nWhat Comes\nNext\n\nThe talks resumed on Monday in Geneva.",
    );
  });

  it("marks a heading that, plain above a list item, reads as a paragraph", () => {
    const article = parseArticle("Talks Resume\n\n## Next Steps\n\n- Meet again in May.");
    expect(article.sections).toEqual([
      { heading: "Next Steps", paragraphs: ["- Meet again in May."] },
    ]);
    const misread = "Talks Resume\n\nNext Steps\n\n- Meet again in May.";
    expect(parseArticle(misread).sections[0]?.heading).toBeNull();
    const written = rewriteOneBlock(misread, lexicon, (text) => sharedReadsBack(text, article));
    expect(written).toBe("Talks Resume\n\n## Next Steps\n\n- Meet again in May.");
  });

  it("gives up within its budget of reads when no one block will do", () => {
    const text = Array.from({ length: 40 }, (_, i) => `Paragraph number ${i} of the text.`).join(
      "\n\n",
    );
    let reads = 0;
    const written = rewriteOneBlock(text, lexicon, () => {
      reads++;
      return false;
    });
    expect(written).toBeNull();
    expect(reads).toBe(32);
  });

  it("reads a long text back only a few times", () => {
    // 2 M characters read in all: a 600,000-character text is read three times.
    const text = `${"word ".repeat(60_000).trim()}\n\n${"more ".repeat(60_000).trim()}`;
    let reads = 0;
    rewriteOneBlock(text, lexicon, () => {
      reads++;
      return false;
    });
    expect(reads).toBe(3);
  });
});

describe("misreadBlock", () => {
  it("points at the block read otherwise", () => {
    // Block 0 the headline, 1 "The talks resumed.", 2 the heading-shaped paragraph.
    const article = parseArticle(
      "Talks Resume\n\nThe talks resumed.\n\nWhat Comes\nNext\n\nThe two sides met on Monday.",
    );
    const misread =
      "Talks Resume\n\nThe talks resumed.\n\nWhat Comes Next\n\nThe two sides met on Monday.";
    expect(misreadBlock(misread, article)).toBe(2);
  });

  it("points at the last block when body lines are read into the trailer", () => {
    // Read back, the credit is split off the paragraph that became the last:
    // the body first differs at block 1, but block 2 set the trailer off.
    const article = parseArticle(
      "Talks Resume\n\nShares rose. (Reporting by Jane Doe)\n\nSource: officials\nsaid so.",
    );
    expect(article.sections[0]?.paragraphs).toEqual([
      "Shares rose. (Reporting by Jane Doe)",
      "Source: officials said so.",
    ]);
    const misread =
      "Talks Resume\n\nShares rose. (Reporting by Jane Doe)\n\nSource: officials said so.";
    expect(parseArticle(misread).trailer).toHaveLength(1);
    expect(misreadBlock(misread, article)).toBe(2);
  });

  it("tries the blocks nearest the misread one first", () => {
    const article = parseArticle(
      "Talks Resume\n\nThe talks resumed.\n\nWhat Comes\nNext\n\nThe two sides met on Monday.",
    );
    const misread =
      "Talks Resume\n\nThe talks resumed.\n\nWhat Comes Next\n\nThe two sides met on Monday.";
    const seen: string[] = [];
    rewriteOneBlock(
      misread,
      lexicon,
      (text) => {
        seen.push(text);
        return sharedReadsBack(text, article);
      },
      2,
    );
    // Block 2 first: wrapped at its last space, the first way that differs from it.
    expect(seen[0]).toBe(
      "Talks Resume\n\nThe talks resumed.\n\nWhat Comes\nNext\n\nThe two sides met on Monday.",
    );
    expect(seen).toHaveLength(1);
  });

  it("is null when only what the default options cannot read differs", () => {
    // A label of the caller's own fills `byline`; read back with the default
    // options it is a trailer line with no key (under `Source:`), the body the same.
    const text = "Talks Resume\n\nThe talks resumed.\n\nSource: rfi\nHerkunftx: Jane Doe";
    const article = parseArticle(text, { labels: { byline: ["Herkunftx"] } });
    expect(article.byline).toBe("Jane Doe");
    expect(parseArticle(text).byline).toBeNull();
    expect(misreadBlock(text, article)).toBeNull();
  });

  it("is 0 for a text that cannot be read at all", () => {
    const article = parseArticle("Talks Resume\n\nThe talks resumed.");
    expect(misreadBlock("   ", article)).toBe(0);
  });
});

describe("sharedLayout with a wire header", () => {
  // What `formatArticle` tries when no block written another way reads back:
  // the header and the block under it changed together.
  it("keeps a first block that opens with `By —` in the body", () => {
    const article = parseArticle(
      "Title\n\nBy \n—\ufeffa b\nLONDON (Reuters) - c.\n\nSecond paragraph.",
    );
    expect(article.byline).toBeNull();
    const plain = "Title\n\nBy —\na b LONDON (Reuters) - c.\n\nSecond paragraph.";
    expect(parseArticle(plain).byline).toBe("—");
    const wired = sharedLayout(article, lexicon, { wire: true });
    expect(wired).toBe("-- Title\n--\n--\n\nBy —\na b LONDON (Reuters) - c.\n\nSecond paragraph.");
    expect(sharedReadsBack(wired, article)).toBe(true);
  });

  it("writes the byline and the date in their slots", () => {
    const article = parseArticle(
      "Talks Resume\nBy Jane Doe\n\nThe talks resumed.\n\nDate: 3 March 2025",
    );
    expect(sharedLayout(article, lexicon, { wire: true })).toBe(
      "-- Talks Resume\n-- By Jane Doe\n--\n\nThe talks resumed.\n\nDate: 3 March 2025",
    );
  });
});

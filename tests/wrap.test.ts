import { describe, expect, it } from "vitest";
import { wrap } from "../src/format/misreads.js";
import { enLocale } from "../src/index.js";
import { compileLexicon } from "../src/parser/lexicon.js";

// Where the writer may break a paragraph it must keep from being misread: the
// two lines must join back into it. Chinese and Japanese break between two
// characters and join with no space, so a break beside an ideographic space
// would lose it (the line's end is trimmed, and the join puts an ASCII space).

const lexicon = compileLexicon([enLocale]);

describe("wrap", () => {
  it("never breaks beside an ideographic space", () => {
    const text = "Ab\u3000中文";
    // Accepts only a break right after the ideographic space: none may be made.
    expect(wrap(text, lexicon, false, (w) => w.includes("\u3000\n"))).toBe(text);
    // Nor right before it.
    expect(wrap(text, lexicon, true, (w) => w.includes("\n\u3000"))).toBe(text);
  });

  it("breaks between two Chinese characters with no space", () => {
    expect(wrap("Ab\u3000中文字", lexicon, false, (w) => w.includes("中\n文"))).toBe(
      "Ab\u3000中\n文字",
    );
  });
});

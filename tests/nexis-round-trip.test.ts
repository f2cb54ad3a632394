import { describe, expect, it } from "vitest";
import { type Article, formatArticle, parseArticle } from "../src/index.js";
import { comparable, expectReadsBackWith } from "./support/round-trip.js";

// Nexis Articles written back and read again: each case is one way a
// document's text was misread once written.

// The front most documents below share: marker, source, date and headline.
const FRONT = [
  "                   1 of 1 DOCUMENTS",
  "",
  "                     The Guardian",
  "",
  "               January 11, 2010 Monday",
  "",
  "Talks resume in Geneva",
  "",
];

const roundTrip = (article: Article) => {
  const text = formatArticle(article);
  const again = parseArticle(text);
  expect(comparable(again)).toEqual(comparable(article));
  expect(formatArticle(again)).toBe(text);
  return { text, again };
};

describe("Nexis round trip: body lines that open with a label", () => {
  // Read line by line, the second body line is a paragraph of its own that
  // opens with a label Nexis writes (`LENGTH:`).
  const text = [
    "                   1 of 1 DOCUMENTS",
    "",
    "                     The Guardian",
    "",
    "               January 11, 2010 Monday",
    "",
    "Jets on show",
    "",
    "LENGTH: 120 words",
    "",
    "The F-15 flew over the base on Sunday.",
    "LENGTH: 19.43 meters. CREW: 1 or 2.",
    "",
    "LOAD-DATE: January 12, 2010",
  ].join("\n");

  it("keeps a label inside a body block as body text, line by line too", () => {
    const article = parseArticle(text, { paragraphMode: "lines" });
    expect(article.dialect).toBe("nexis");
    expect(article.wordCount).toBe(120);
    expect(article.sections).toEqual([
      {
        heading: null,
        paragraphs: [
          "The F-15 flew over the base on Sunday.",
          "LENGTH: 19.43 meters. CREW: 1 or 2.",
        ],
      },
    ]);
    expect(article.trailer.map((f) => f.label)).toEqual(["", "", "LENGTH", "LOAD-DATE"]);
  });

  it("writes such a paragraph indented, and reads it back as a paragraph", () => {
    const article = parseArticle(text, { paragraphMode: "lines" });
    const { text: written, again } = roundTrip(article);
    expect(written).toContain("\n\n  LENGTH: 19.43 meters. CREW: 1 or 2.\n\n");
    expect(again.dialect).toBe("nexis");
  });

  it("reads an indented block that opens with a label after the front as text", () => {
    const indented = text.replace("\nLENGTH: 19.43", "\n\n   LENGTH: 19.43");
    const article = parseArticle(indented);
    expect(article.wordCount).toBe(120);
    expect(article.sections[0]?.paragraphs).toEqual([
      "The F-15 flew over the base on Sunday.",
      "LENGTH: 19.43 meters. CREW: 1 or 2.",
    ]);
    expect(article.trailer.filter((f) => f.label === "LENGTH")).toEqual([
      { key: "wordCount", label: "LENGTH", value: "120 words" },
    ]);
  });
});

describe("round trip: document markers in an Article of another layout", () => {
  // A whole export read in another layout (the `dialect` option): its
  // document markers are paragraphs, which would make the text written back
  // a Nexis export.
  it("writes a paragraph that is a document marker over two lines", () => {
    const text = "Talks resume\n\nThe envoys met.\n\n1 of 2 DOCUMENTS\n\nThey meet again.";
    const article = parseArticle(text, { dialect: "aggregator" });
    expect(article.headline).toBe("Talks resume");
    expect(article.sections[0]?.paragraphs).toEqual([
      "The envoys met.",
      "1 of 2 DOCUMENTS",
      "They meet again.",
    ]);
    const { text: written, again } = roundTrip(article);
    expect(written).toBe(
      "Talks resume\n\nThe envoys met.\n\n1 of 2\nDOCUMENTS\n\nThey meet again.",
    );
    expect(again.dialect).toBe("aggregator");
  });

  it("writes a headline that is a document marker in quotes", () => {
    const text = "Dokument 1 von 3\n\nThe envoys met.\n\nThey meet again.";
    const article = parseArticle(text, { dialect: "aggregator" });
    expect(article.headline).toBe("Dokument 1 von 3");
    const { text: written, again } = roundTrip(article);
    expect(written.split("\n")[0]).toBe("“Dokument 1 von 3”");
    expect(again.dialect).toBe("aggregator");
  });
});

describe("Nexis round trip: an empty HIGHLIGHT: inside a block of fields", () => {
  // `HIGHLIGHT:` alone in its block takes the next block as its value; under
  // another field in the same block it is an empty field, and the next block
  // is a field of its own.
  const text = [
    ...FRONT,
    "LENGTH: 120 words",
    "",
    "Negotiators met again on Sunday.",
    "",
    "LANGUAGE: ENGLISH",
    "HIGHLIGHT:",
    "",
    "GRAPHIC: A map of Geneva",
  ].join("\n");

  it("reads the label as an empty field and the next block as its own field", () => {
    const article = parseArticle(text);
    expect(article.trailer.slice(3)).toEqual([
      { key: "language", label: "LANGUAGE", value: "ENGLISH" },
      { key: null, label: "HIGHLIGHT", value: "" },
      { key: null, label: "GRAPHIC", value: "A map of Geneva" },
    ]);
  });

  it("writes the empty label under the field above it", () => {
    const { text: written } = roundTrip(parseArticle(text));
    expect(written).toContain("\n\nLANGUAGE: ENGLISH\nHIGHLIGHT:\n\nGRAPHIC: A map of Geneva");
  });
});

describe("Nexis round trip: a labelled line read as centered", () => {
  // A block in the front with an indented line is centered: its label gives
  // a field with no key, the lines joined into its value.
  const text = [
    ...FRONT,
    "BYLINE: Jane Doe",
    "   LENGTH: 355 words",
    "",
    "Negotiators met again on Sunday.",
  ].join("\n");

  it("reads it as a field with no key, filling no byline or word count", () => {
    const article = parseArticle(text);
    expect(article.byline).toBeNull();
    expect(article.wordCount).toBeNull();
    expect(article.trailer).toEqual([
      { key: null, label: "", value: "1 of 1 DOCUMENTS" },
      { key: "source", label: "", value: "The Guardian" },
      { key: null, label: "BYLINE", value: "Jane Doe LENGTH: 355 words" },
    ]);
  });

  it("writes it back centered", () => {
    const { text: written } = roundTrip(parseArticle(text));
    expect(written).toMatch(/\n\n +BYLINE: Jane Doe LENGTH: 355 words\n\n/);
  });
});

describe("Nexis round trip: notes in the body", () => {
  const text = [
    ...FRONT,
    "LENGTH: 120 words",
    "",
    "(Updates with talks on Sunday)",
    "",
    "Negotiators met again on Sunday.",
    "",
    "The fund holds 5 million euros.",
    "",
    "($1 = 0.78 euros)",
    "",
    "LOAD-DATE: January 12, 2010",
  ].join("\n");

  it("reads a leading editor's note and a closing currency note as notes", () => {
    const article = parseArticle(text);
    expect(article.sections[0]?.paragraphs).toEqual([
      "Negotiators met again on Sunday.",
      "The fund holds 5 million euros.",
    ]);
    expect(article.notes).toEqual([
      { kind: "editorsNote", text: "(Updates with talks on Sunday)" },
      { kind: "currency", text: "($1 = 0.78 euros)" },
    ]);
  });

  it("writes each note back where it stood: before the body, or after it", () => {
    const { text: written } = roundTrip(parseArticle(text));
    expect(written).toContain(
      "\n\nLENGTH: 120 words\n\n(Updates with talks on Sunday)\n\nNegotiators met again on Sunday.",
    );
    expect(written).toContain(
      "\n\nThe fund holds 5 million euros.\n\n($1 = 0.78 euros)\n\nLOAD-DATE: January 12, 2010",
    );
  });
});

describe("Nexis round trip: a line opening with a label in a date or notice block", () => {
  // The block holding the date is read one item a line, and a notice block
  // is the notice and then the line under it, no label read: the `EDITION:`
  // and `UPDATE:` lines are unlabelled centered lines.
  const text = [
    "                   1 of 1 DOCUMENTS",
    "",
    "                     The Guardian",
    "",
    "               Copyright 2010 Guardian News",
    "               EDITION: Final",
    "",
    "               January 11, 2010 Monday",
    "UPDATE: January 12, 2010",
    "",
    "Talks resume in Geneva",
    "",
    "LENGTH: 120 words",
    "",
    "Negotiators met again on Sunday.",
  ].join("\n");

  it("reads each line as an unlabelled field", () => {
    const article = parseArticle(text);
    expect(article.publishedAt).toBe("2010-01-11");
    expect(article.trailer).toEqual([
      { key: null, label: "", value: "1 of 1 DOCUMENTS" },
      { key: "source", label: "", value: "The Guardian" },
      { key: "copyright", label: "", value: "Copyright 2010 Guardian News" },
      { key: null, label: "", value: "EDITION: Final" },
      { key: null, label: "", value: "UPDATE: January 12, 2010" },
      { key: "wordCount", label: "LENGTH", value: "120 words" },
    ]);
  });

  it("writes each back in the block it stood in", () => {
    const { text: written } = roundTrip(parseArticle(text));
    expect(written).toMatch(/Copyright 2010 Guardian News\n +EDITION: Final\n\n/);
    expect(written).toMatch(/January 11, 2010 Monday\n +UPDATE: January 12, 2010\n\n/);
  });
});

describe("Nexis round trip: a line opening with a label above the date in its block", () => {
  const text = [
    "                   1 of 1 DOCUMENTS",
    "",
    "                     The Guardian",
    "F-15: A jet over the base",
    "               January 11, 2010 Monday",
    "",
    "Talks resume in Geneva",
    "",
    "LENGTH: 120 words",
    "",
    "Negotiators met again on Sunday.",
  ].join("\n");

  it("reads the block one item a line, the label not read", () => {
    const article = parseArticle(text);
    expect(article.source).toBe("The Guardian");
    expect(article.publishedAt).toBe("2010-01-11");
    expect(article.trailer.slice(1, 3)).toEqual([
      { key: "source", label: "", value: "The Guardian" },
      { key: null, label: "", value: "F-15: A jet over the base" },
    ]);
  });

  it("writes the date under the line, in one block", () => {
    const { text: written } = roundTrip(parseArticle(text));
    expect(written).toMatch(/ +F-15: A jet over the base\n +January 11, 2010 Monday\n\n/);
  });
});

describe("Nexis round trip: a heading with its mark", () => {
  const text = [
    ...FRONT,
    "LENGTH: 120 words",
    "",
    "Negotiators met again on Sunday.",
    "",
    "# 17 May 2003",
    "",
    "They met again on Monday.",
  ].join("\n");

  it("reads a `# ` line in the body as a heading", () => {
    expect(parseArticle(text).sections).toEqual([
      { heading: null, paragraphs: ["Negotiators met again on Sunday."] },
      { heading: "17 May 2003", paragraphs: ["They met again on Monday."] },
    ]);
  });

  it("writes a heading that would not read as one plain with a mark", () => {
    const { text: written } = roundTrip(parseArticle(text));
    expect(written).toContain("\n\n## 17 May 2003\n\nThey met again on Monday.");
  });
});

describe("Nexis round trip: a headline read from a `TITLE:` line in the body", () => {
  // No headline in the front: the `TITLE:` line between two paragraphs gives it.
  const text = [
    "                   1 of 1 DOCUMENTS",
    "",
    "SECTION: Business; Pg. 5",
    "",
    "The company's sales rose in the second quarter.",
    "",
    "TITLE: Ericsson - Q1 2009",
    "",
    "Sales in Europe fell.",
    "",
    "LENGTH: 49 words",
  ].join("\n");

  it("takes the headline from the label and keeps both paragraphs", () => {
    const article = parseArticle(text);
    expect(article.headline).toBe("Ericsson - Q1 2009");
    expect(article.section).toBe("Business; Pg. 5");
    expect(article.sections).toEqual([
      {
        heading: null,
        paragraphs: ["The company's sales rose in the second quarter.", "Sales in Europe fell."],
      },
    ]);
  });

  it("writes the headline back on its label, not in the front", () => {
    const { text: written } = roundTrip(parseArticle(text));
    expect(written).toContain("TITLE: Ericsson - Q1 2009");
    expect(written.startsWith("1 of 1 DOCUMENTS\n\nSECTION: Business; Pg. 5\n\n")).toBe(true);
  });
});

describe("Nexis round trip: a date line read under a copyright notice", () => {
  // The notice is read with the line under it: the date there is the notice's
  // line, not the document's date.
  const text = [
    "                   1 of 1 DOCUMENTS",
    "",
    "                     Guardian.com",
    "",
    "Copyright 2025 Reuters",
    "               January 11, 2010 Monday",
    "",
    "Talks resume in Geneva",
    "",
    "Negotiators met again on Sunday.",
    "",
    "LENGTH: 120 words",
  ].join("\n");

  it("keeps the date line with the notice, not as the date", () => {
    const article = parseArticle(text);
    expect(article.publishedAt).toBeNull();
    expect(article.copyright).toBe("Copyright 2025 Reuters");
    expect(article.trailer).toContainEqual({
      key: null,
      label: "",
      value: "January 11, 2010 Monday",
    });
  });

  it("writes the line back under the notice", () => {
    const { text: written } = roundTrip(parseArticle(text));
    expect(written).toMatch(/Copyright 2025 Reuters\n +January 11, 2010 Monday\n\n/);
  });
});

describe("Nexis: a field line right under the headline", () => {
  // No blank line between the headline and its first field.
  const text = [
    "                   1 of 1 DOCUMENTS",
    "",
    "                     The Guardian",
    "",
    "Talks resume in Geneva",
    "LENGTH: 120 words",
    "",
    "Negotiators met again on Sunday.",
  ].join("\n");

  it("reads the field, not a headline that holds it", () => {
    const article = parseArticle(text);
    expect(article.headline).toBe("Talks resume in Geneva");
    expect(article.wordCount).toBe(120);
    expect(article.sections).toEqual([
      { heading: null, paragraphs: ["Negotiators met again on Sunday."] },
    ]);
    roundTrip(article);
  });
});

describe("round trip: the Nexis layout forced on a text with no document marker", () => {
  // Read as Nexis only because the option says so: the first line is the
  // publication, with no label, which the shared layout has no line for.
  const text = [
    "Microsoft releases patches",
    "",
    "",
    "Microsoft has warned PC users to update their systems.",
    "LENGTH: 355 WORDS",
    "",
    "In its monthly security bulletin, it flagged up eight holes.",
  ].join("\n");

  it("reads the publication, the headline and the field", () => {
    const article = parseArticle(text, { dialect: "nexis" });
    expect(article.source).toBe("Microsoft releases patches");
    expect(article.headline).toBe("Microsoft has warned PC users to update their systems.");
    expect(article.wordCount).toBe(355);
  });

  it("writes it in the Nexis layout, which reads back with the same option", () => {
    const article = parseArticle(text, { dialect: "nexis" });
    const written = expectReadsBackWith(article, { dialect: "nexis" });
    expect(written).toMatch(/^ +Microsoft releases patches\n\n/);
  });
});

describe("round trip: a lone label-shaped paragraph read with the Nexis layout forced", () => {
  // Read as Nexis only because the option says so: a headline and one paragraph,
  // which the shared layout carries (its lone-paragraph limit aside).
  const text = "Campbell: E-mail row 'silly fuss'\r\nCampbell: E-mail row 'silly fuss'";

  it("is written in the shared layout, as the same Article read without the option is", () => {
    const article = parseArticle(text, { dialect: "nexis" });
    expect(article.headline).toBe("Campbell: E-mail row 'silly fuss'");
    expect(article.sections).toEqual([
      { heading: null, paragraphs: ["Campbell: E-mail row 'silly fuss'"] },
    ]);
    // `Campbell` is no label the parser knows: the trailer does not take the
    // paragraph, which stays on one line and reads back with the default options.
    const written = expectReadsBackWith(article, {});
    expect(written).toBe("Campbell: E-mail row 'silly fuss'\n\nCampbell: E-mail row 'silly fuss'");
  });
});

describe("Nexis round trip: a publication line shaped like a label", () => {
  // Flush left under the marker, before any centered line, `SENT TO:` is the
  // publication; centered, it would be read as a label with no value.
  const text = [
    "                   1 of 1 DOCUMENTS",
    "",
    "SENT TO:",
    "",
    "Talks resume in Geneva",
    "",
    "Negotiators met again on Sunday.",
    "",
    "LENGTH: 120 words",
  ].join("\n");

  it("reads the line as the publication", () => {
    const article = parseArticle(text);
    expect(article.dialect).toBe("nexis");
    expect(article.source).toBe("SENT TO:");
    expect(article.headline).toBe("Talks resume in Geneva");
  });

  it("writes it back flush left, where it reads as the publication again", () => {
    const { text: written } = roundTrip(parseArticle(text));
    expect(written).toContain("\n\nSENT TO:\n\nTalks resume in Geneva\n\n");
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNexis } from "../src/dialects/nexis-format.js";
import {
  explainArticle,
  formatArticle,
  parseArticle,
  safeParseArticles,
  splitArticles,
  splitFeed,
} from "../src/index.js";
import { splitLocatedArticlesStream } from "../src/internal.js";

// Generated Nexis documents with known answers. One seed per run, printed on failure;
// SEED=<n> replays a run.
const seed = Number(globalThis.process?.env?.SEED ?? Math.floor(Math.random() * 2 ** 31));
const runs = { seed, numRuns: 200 };
const assertProperty = (property: fc.IProperty<never> | fc.IProperty<unknown[]>) => {
  try {
    fc.assert(property as fc.IProperty<unknown>, runs);
  } catch (error) {
    console.error(`nexis property failed with SEED=${seed}`);
    throw error;
  }
};

const WORDS = [
  "talks",
  "resumed",
  "in",
  "Geneva",
  "on",
  "Sunday",
  "after",
  "envoys",
  "met",
  "again",
];
const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 4, maxLength: 30 }).map((w) => `${w.join(" ")}.`);
const title = fc
  .array(fc.constantFrom("Talks", "Resume", "Geneva", "Envoys", "Peace", "Plan"), {
    minLength: 2,
    maxLength: 8,
  })
  .map((w) => w.join(" "));
const name = fc.constantFrom("Jane Doe", "Tom Coghlan", "Ross Ihaka and Robert Gentleman");
const publication = fc.constantFrom("The Guardian", "Börsen-Zeitung", "Le Figaro", "AAP Newsfeed");
const dates = fc.constantFrom(
  ["January 11, 2010 Monday", "2010-01-11"],
  ["Mittwoch 31. August 2011", "2011-08-31"],
  ["17 mai 2003", "2003-05-17"],
  ["January 20, 2009 Tuesday 8:27 PM AEST", "2009-01-20T10:27:00.000Z"],
);
const language = fc.constantFrom(["ENGLISH", "en"], ["Deutsch", "de"], ["FRENCH", "fr"]);

/** Wraps text at `width` columns, as Nexis hard-wraps its bodies. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const w of text.split(" ")) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  lines.push(line);
  return lines.join("\n");
}

const center = (text: string) =>
  `${" ".repeat(Math.max(1, Math.floor((80 - text.length) / 2)))}${text}`;

const document = fc.record({
  source: publication,
  date: dates,
  headline: title,
  byline: fc.option(name, { nil: null }),
  words: fc.integer({ min: 1, max: 99999 }),
  paragraphs: fc.array(sentence, { minLength: 1, maxLength: 6 }),
  width: fc.integer({ min: 50, max: 80 }),
  language,
  copyright: fc.option(fc.constantFrom("Copyright 2010 Guardian Unlimited"), { nil: null }),
});
type Doc = typeof document extends fc.Arbitrary<infer T> ? T : never;

function render(d: Doc, n: number, m: number): string {
  const out = [
    center(`${n} of ${m} DOCUMENTS`),
    "",
    "",
    center(d.source),
    "",
    center(d.date[0]),
    "",
    d.headline,
    "",
  ];
  if (d.byline) out.push(`BYLINE: ${d.byline}`, "");
  out.push(`LENGTH: ${d.words} words`, "");
  for (const p of d.paragraphs) out.push(wrap(p, d.width), "");
  out.push("LOAD-DATE: January 12, 2010", "", `LANGUAGE: ${d.language[0]}`, "");
  if (d.copyright) out.push(center(d.copyright), center("All Rights Reserved"), "");
  return out.join("\n");
}

const COVER =
  "Download Request: Selected Items: 1-3\nTime Of Request: Friday, March 20, 2018\n\nTerms: (Sample File)\n\nSource: The Daily Telegraph\nProject ID: None\n\n\n";

describe("nexis dialect: generated documents", () => {
  it("reads every field the document states", () => {
    assertProperty(
      fc.property(document, (d) => {
        const a = parseArticle(render(d, 1, 1));
        expect(a.dialect).toBe("nexis");
        expect(a.headline).toBe(d.headline);
        expect(a.source).toBe(d.source);
        expect(a.publishedAt).toBe(d.date[1]);
        expect(a.byline).toBe(d.byline);
        expect(a.wordCount).toBe(d.words);
        expect(a.language).toBe(d.language[1]);
        expect(a.copyright).toBe(d.copyright && `${d.copyright} All Rights Reserved`);
        expect(a.sections.flatMap((s) => s.paragraphs)).toEqual(d.paragraphs);
      }),
    );
  });

  it("writes a document back in its layout: parsing the text gives the Article again", () => {
    const withoutSpans = ({ spans: _, ...rest }: ReturnType<typeof parseArticle>) => rest;
    assertProperty(
      fc.property(document, (d) => {
        const a = parseArticle(render(d, 1, 1));
        const again = parseArticle(formatNexis(a));
        expect(withoutSpans(again)).toEqual(withoutSpans(a));
      }),
    );
  });

  it("splits an export into its documents however it is chunked, the cover page reported", async () => {
    const samples = fc.sample(
      fc.tuple(fc.array(document, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 97 })),
      {
        seed,
        numRuns: 20,
      },
    );
    for (const [docs, chunk] of samples) {
      const feed = COVER + docs.map((d, i) => render(d, i + 1, docs.length)).join("\n\n");
      const found = splitFeed(feed);
      expect(found.articles.length).toBe(docs.length);
      expect(found.skipped.map((s) => [s.reason, s.line])).toEqual([["cover-page", 1]]);
      expect(safeParseArticles(feed).map((r) => r.success && r.data.headline)).toEqual(
        docs.map((d) => d.headline),
      );
      const pieces: string[] = [];
      for (let i = 0; i < feed.length; i += chunk) pieces.push(feed.slice(i, i + chunk));
      const streamed: string[] = [];
      const stream = new ReadableStream<string>({
        start(controller) {
          for (const p of pieces) controller.enqueue(p);
          controller.close();
        },
      }).pipeThrough(splitLocatedArticlesStream());
      for await (const a of stream as unknown as AsyncIterable<{ text: string }>)
        streamed.push(a.text);
      expect(streamed, `SEED=${seed}`).toEqual(splitArticles(feed));
    }
  });
});

describe("nexis dialect: layout rules", () => {
  const doc = [
    "                              1 of 2 DOCUMENTS",
    "",
    "                            Deutsche Presse-Agentur",
    "",
    "LEADALL: Two more officials in coalition hands",
    "",
    "                            April 20, 2003, Sunday",
    "                          23:22 Central European Time",
    "",
    "SECTION: Politics",
    "",
    "Saddam Hussein's son-in-law on Sunday surrendered to an opposition group while",
    "the U.S. Central Command said coalition forces captured a minister.",
    "",
    "OFFERROLLER: a paragraph that opens with an upper-case word and a colon.",
    "",
    "LOAD-DATE: May 8, 2003",
    "",
    "GRAPHIC: a photo",
  ].join("\n");

  it("cuts a desk slug, joins a separate time line, keeps upper-case body words as body", () => {
    const a = parseArticle(doc);
    expect(a.slug).toBe("LEADALL");
    expect(a.headline).toBe("Two more officials in coalition hands");
    expect(a.publishedAt).toBe("2003-04-20T22:22:00.000Z");
    expect(a.section).toBe("Politics");
    expect(a.sections[0]?.paragraphs).toHaveLength(2);
    expect(a.trailer.map((f) => f.label)).toEqual(["", "", "", "SECTION", "LOAD-DATE", "GRAPHIC"]);
  });

  it("names a rule for every part", () => {
    const rules = explainArticle(doc).decisions.map((d) => d.rule);
    expect(rules).toEqual([
      "document-marker",
      "document-marker",
      "centered-publication",
      "desk-slug",
      "first-flush-left-block",
      "centered-date",
      "time-line",
      "upper-case-field",
      "joined-block",
      "one-line-block",
      "upper-case-field",
      "upper-case-field",
    ]);
  });

  it("takes the headline from a HEADLINE: field, and a byline without its By", () => {
    const text = [
      "Dokument 2 von 5",
      "",
      "                                  Trouw",
      "",
      "                               1 mei 2015 vrijdag",
      "",
      "HEADLINE: Het stoplicht omarmd",
      "",
      "BYLINE: BY NICOLE BESSELINK",
      "",
      "BODY:",
      "",
      "Dertig jaar oud is de grap.",
    ].join("\n");
    const a = parseArticle(text);
    expect([a.headline, a.byline, a.publishedAt, a.source]).toEqual([
      "Het stoplicht omarmd",
      "NICOLE BESSELINK",
      "2015-05-01",
      "Trouw",
    ]);
    expect(a.sections[0]?.paragraphs).toEqual(["Dertig jaar oud is de grap."]);
  });

  it("starts a field's span at its value when the value stands under the label", () => {
    // `ORTSZEILE: ` ends in a lone CR, a line end: the place is on the next line.
    const text = [
      "1 of 1 DOCUMENT",
      "",
      "Wirtschaftsblatt",
      "",
      "HEADLINE:",
      "A Title Here",
      "",
      "BYLINE:",
      "BY JANE DOE",
      "",
      "ORTSZEILE: \r  Wien",
      "",
      "Wien. Body text here.",
    ].join("\n");
    const a = parseArticle(text);
    const read = (at: { start: number; end: number } | null | undefined) =>
      at ? text.slice(at.start, at.end) : null;
    expect([a.headline, a.byline, a.dateline?.text]).toEqual(["A Title Here", "JANE DOE", "Wien"]);
    expect(read(a.spans.headline)).toBe("A Title Here");
    expect(read(a.spans.byline)).toBe("JANE DOE");
    expect(read(a.spans.dateline)).toBe("Wien");
  });

  it("does not claim the other layouts", () => {
    expect(parseArticle('"Talks Resume"\n\nThey met.\n\nSource: rfi').dialect).toBe("aggregator");
    expect(parseArticle("-- Talks\n-- By Jane Doe\n\nThey met.").dialect).toBe("wire-dump");
  });
});

describe("feeds: Nexis exports", () => {
  it("splits only at document markers, indented or not, in English or German", () => {
    const feed = [
      "Printopdracht: Alle documenten: 1-3",
      "Bron: German Language News",
      "Project ID:",
      "",
      "                              1 of 3 DOCUMENTS",
      "",
      "First",
      "",
      "-----------------------------------------",
      "",
      "Source: Ericsson   Source: Ericsson",
      "LOAD-DATE: January 28, 2011",
      "LANGUAGE: ENGLISH",
      "",
      "Dokument 2 von 3",
      "",
      "Second",
      "",
      "3 of 3 DOCUMENT",
      "Third",
    ].join("\n");
    const { articles, skipped } = splitFeed(feed);
    expect(articles.map((a) => feed.slice(a.start, a.end).split("\n")[0]?.trim())).toEqual([
      "1 of 3 DOCUMENTS",
      "Dokument 2 von 3",
      "3 of 3 DOCUMENT",
    ]);
    expect(articles.map((a) => a.line)).toEqual([5, 15, 19]);
    expect(skipped).toEqual([{ start: 0, end: 74, line: 1, col: 1, reason: "cover-page" }]);
    expect(splitArticles(feed)).toHaveLength(3);
  });

  it("gives a document without a cover page, and leaves feeds without markers as they were", () => {
    expect(splitFeed("1 of 1 DOCUMENT\n\nOnly\n\nBody.").skipped).toEqual([]);
    expect(splitFeed("1 of 1 DOCUMENT\n\nOnly\n\nBody.").articles).toHaveLength(1);
    const plain = "One\n\nBody.\n-----\nTwo\n\nBody.";
    expect(splitFeed(plain)).toEqual({
      articles: [
        { start: 0, end: 10, line: 1, col: 1 },
        { start: 17, end: 27, line: 5, col: 1 },
      ],
      skipped: [],
    });
  });
});

describe("a Nexis date line that says more after the date", () => {
  const doc = (dateLine: string) =>
    parseArticle(
      `                     1 of 1 DOCUMENT\n\n                     The Gazette\n\n               ${dateLine}\n\nVoters cast ballots\n\nLENGTH: 103 words\n\nThe party won.`,
    );

  it("reads the date before an edition or a comma, and keeps the rest as a line of its own", () => {
    expect(doc("March 3, 2004, FINAL EDITION").publishedAt).toBe("2004-03-03");
    expect(doc("November 5, 2002 Tuesday Final Edition").publishedAt).toBe("2002-11-05");
    const web = doc("April 7, 2018 Saturday, The New York Times on the Web");
    expect(web.publishedAt).toBe("2018-04-07");
    expect(web.publishedAtText).toBe("April 7, 2018 Saturday");
    expect(web.headline).toBe("Voters cast ballots");
    expect(web.trailer.map((t) => t.value)).toContain("The New York Times on the Web");
  });
});

describe("a Nexis headline joining a title and its subtitle with `; `", () => {
  const doc = (headline: string) =>
    parseArticle(
      `                     1 of 1 DOCUMENT\n\n                     Börsen-Zeitung\n\n               12. Mai 2012\n\n${headline}\n\nLÄNGE: 103 Wörter\n\nDie Bank meldet Verluste.`,
    );

  it("gives the subtitle to the standfirst, and writes both back", () => {
    const a = doc(
      "Euro-Schuldenkrise belastet DZ Bank; Millionen-Wertberichtigungen auf Staatsanleihen",
    );
    expect(a.headline).toBe("Euro-Schuldenkrise belastet DZ Bank");
    expect(a.standfirst).toBe("Millionen-Wertberichtigungen auf Staatsanleihen");
    expect(parseArticle(formatArticle(a)).standfirst).toBe(a.standfirst);
  });

  it("keeps an upper-case desk name before `; ` in the headline", () => {
    const a = doc("INTERNATIONAL BUSINESS; Advocates Gain Ground in a Globalized Era");
    expect(a.headline).toBe("INTERNATIONAL BUSINESS; Advocates Gain Ground in a Globalized Era");
    expect(a.standfirst).toBeNull();
  });
});

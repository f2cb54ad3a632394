import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFactiva } from "../src/dialects/factiva-format.js";
import {
  type Article,
  explainArticle,
  formatArticle,
  parseArticle,
  safeParseArticles,
  splitArticles,
} from "../src/index.js";
import { comparable } from "./support/round-trip.js";

// Generated Factiva exports with known answers. The seed changes every run; a failure prints
// it, and SEED=<n> repeats the run.
const seed = Number(process.env.SEED ?? Math.floor(Math.random() * 2 ** 31));
fc.configureGlobal({ seed, numRuns: 200 });

const MONTHS =
  "January February March April May June July August September October November December".split(
    " ",
  );
const WORDS = "mill paper pulp output rose fell plant board said group shares tonnes".split(" ");
const NAMES = ["Manoj Nair", "Tan Duc", "Anna Berg", "Vladimir Khody"];
const SOURCES = [
  "Gazeta Mercantil",
  "Reuters News",
  "BBC Monitoring Service: Central Europe & Balkans",
];

const word = fc.constantFrom(...WORDS);
const sentence = fc
  .array(word, { minLength: 3, maxLength: 12 })
  .map((w) => `${w.join(" ").replace(/^./, (c) => c.toUpperCase())}.`);
// Body lines that end an article in other layouts: labelled lines, a rule, `-- ` lines.
const TRICKY = [
  "Source: Beta news agency, Belgrade, in Serbo-Croat 1158 gmt 22 Mar 00",
  "Editor: Jane Roe",
  "Original: www.example.com/a/1",
  "-----",
  "-- Not a wire header",
  "-- Nor this",
];
const indent = fc.integer({ min: 0, max: 3 }).map((n) => " ".repeat(n));

interface Doc {
  headline: string;
  byline: string | null;
  words: number;
  day: number;
  month: number;
  year: number;
  time: [number, number] | null;
  source: string;
  page: number | null;
  lead: string[];
  rest: string[];
  id: string;
  indents: string[];
}

const doc: fc.Arbitrary<Doc> = fc.record({
  headline: sentence,
  byline: fc.option(fc.constantFrom(...NAMES), { nil: null }),
  words: fc.integer({ min: 10, max: 3000 }),
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 1, max: 12 }),
  year: fc.integer({ min: 1990, max: 2030 }),
  time: fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })), {
    nil: null,
  }),
  source: fc.constantFrom(...SOURCES),
  page: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
  lead: fc.array(sentence, { minLength: 1, maxLength: 3 }),
  rest: fc.array(fc.oneof(sentence, fc.constantFrom(...TRICKY)), { maxLength: 8 }),
  id: fc.stringMatching(/^[a-z]{4}0{4}2001[0-9]{4}dw[0-9a-z]{9}$/),
  indents: fc.array(indent, { minLength: 20, maxLength: 20 }),
});

const two = (n: number) => String(n).padStart(2, "0");

/** The export's text for `d`: each code on its line, its value under it, as Factiva writes it. */
function render(d: Doc): string {
  let k = 0;
  const out: string[] = [];
  const field = (code: string, ...value: string[]) =>
    out.push(`${d.indents[k++]}${code}`, ...value);
  field("HD", ` ${d.headline} `);
  if (d.byline) field("BY", ` By ${d.byline}. `);
  field("WC", `${d.words} words`);
  field("PD", `${d.day} ${MONTHS[d.month - 1]} ${d.year}`);
  if (d.time) field("ET", `${two(d.time[0])}:${two(d.time[1])} GMT`);
  field("SN", d.source);
  field("SC", "GMES");
  if (d.page !== null) field("PG", String(d.page));
  field("LA", "English");
  field("CY", `(c) ${d.year} ${d.source}`, "");
  field("LP", ...d.lead.flatMap((p) => [` ${p} `, ""]));
  if (d.rest.length > 0) field("TD", ...d.rest.flatMap((p) => [` ${p} `, ""]));
  field("IN", "i471 : Paper Mills | ipap : Paper/Packaging");
  field("RE", "braz : Brazil | lam :  | samz : South America");
  field("AN", `Document ${d.id}`);
  return `\n\n${out.join("\n")}\n`;
}

function expected(d: Doc) {
  const date = `${d.year}-${two(d.month)}-${two(d.day)}`;
  return {
    headline: d.headline,
    byline: d.byline,
    publishedAt: d.time ? `${date}T${two(d.time[0])}:${two(d.time[1])}:00.000Z` : date,
    source: d.source,
    language: "en",
    wordCount: d.words,
    copyright: `(c) ${d.year} ${d.source}`,
    id: d.id,
    paragraphs: [...d.lead, ...d.rest],
  };
}

const facts = (a: Article) => ({
  headline: a.headline,
  byline: a.byline,
  publishedAt: a.publishedAt,
  source: a.source,
  language: a.language,
  wordCount: a.wordCount,
  copyright: a.copyright,
  id: a.id,
  paragraphs: a.sections.flatMap((s) => s.paragraphs),
});

describe("generated Factiva exports", () => {
  it("read as the layout states", () => {
    fc.assert(
      fc.property(doc, (d) => {
        const a = parseArticle(render(d));
        expect(a.dialect).toBe("factiva");
        expect(facts(a)).toEqual(expected(d));
        // The fields with no Article field of their own stay in the trailer, under their code.
        const sc = a.trailer.find((f) => f.label === "SC");
        expect(sc).toEqual({ key: null, label: "SC", value: "GMES" });
        const list = a.trailer.find((f) => f.label === "IN");
        expect(list?.value).toBe("i471 : Paper Mills | ipap : Paper/Packaging");
      }),
    );
  });

  it("keep every non-blank line inside exactly one part", () => {
    fc.assert(
      fc.property(doc, (d) => {
        const text = render(d);
        const { decisions } = explainArticle(text);
        let at = 0;
        for (const line of text.split("\n")) {
          const start = at + (line.length - line.trimStart().length);
          at += line.length + 1;
          if (line.trim() === "") continue;
          const holding = decisions.filter(
            (x) => x.span !== null && x.span.start <= start && start < x.span.end,
          );
          expect(holding).toHaveLength(1);
        }
      }),
    );
  });

  it("split at form feeds into their documents, each read alone", () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 6 }), (docs) => {
        const feed = docs.map(render).join("  \f\n");
        expect(splitArticles(feed)).toHaveLength(docs.length);
        const results = safeParseArticles(feed);
        expect(results.map((r) => (r.success ? facts(r.data) : r.error.message))).toEqual(
          docs.map(expected),
        );
      }),
      { numRuns: 50 },
    );
  });

  it("survive being written back in the layout and read again", () => {
    fc.assert(
      fc.property(doc, (d) => {
        const { spans: _, ...a } = parseArticle(render(d));
        const { spans: __, ...b } = parseArticle(formatFactiva({ ...parseArticle(render(d)) }));
        expect(b).toEqual(a);
      }),
    );
  });
});

describe("a Factiva PD value", () => {
  const doc = (pd: string, et = "") =>
    `HD\nMill to expand\nPD\n${pd}\n${et ? `ET\n${et}\n` : ""}SN\nReuters News\nTD\nThe mill will expand.\nAN\nDocument x`;

  it("that reads as no date stays a trailer entry and fills nothing", () => {
    const article = parseArticle(doc("sometime soon"));
    expect(article.publishedAt).toBeNull();
    expect(article.publishedAtText).toBeNull();
    expect(article.trailer).toContainEqual({
      key: "publishedAt",
      label: "PD",
      value: "sometime soon",
    });
  });

  it("is read alone when the ET time beside it makes it unreadable", () => {
    const article = parseArticle(doc("7 April 2000", "teatime"));
    expect(article.publishedAt).toBe("2000-04-07");
    expect(article.publishedAtText).toBe("7 April 2000");
  });
});

describe("a Factiva export written back", () => {
  it("keeps text above the codes there, so it takes no dateline under TD", () => {
    const text =
      "LONDON (Reuters) - a line above the codes.\n\nHD\nMill to expand\nPD\n7 April 2000\nSN\nReuters News\nTD\nThe mill will expand.\nAN\nDocument x";
    const article = parseArticle(text);
    expect(article.dateline).toBeNull();
    expect(article.sections[0]?.paragraphs).toEqual([
      "LONDON (Reuters) - a line above the codes.",
      "The mill will expand.",
    ]);
    const written = formatArticle(article);
    expect(written.startsWith("LONDON (Reuters) - a line above the codes.\n")).toBe(true);
    const { spans: _a, ...again } = parseArticle(written);
    const { spans: _b, ...first } = article;
    expect(again).toEqual(first);
  });

  it("keeps a blank line between the paragraphs above the codes", () => {
    // One under the other, two lines opening `-- ` would be a wire header.
    const text =
      "-- Talks resume\n\n-- Geneva desk\n\nHD\n Talks resume in Geneva \nPD\n 11 January 2010\nTD\n Negotiators met on Sunday.";
    const article = parseArticle(text);
    expect(article.sections[0]?.paragraphs).toEqual([
      "-- Talks resume",
      "-- Geneva desk",
      "Negotiators met on Sunday.",
    ]);
    const written = formatArticle(article);
    expect(written.startsWith("-- Talks resume\n\n-- Geneva desk\n\n")).toBe(true);
    const again = parseArticle(written);
    expect(again.dialect).toBe("factiva");
    expect(comparable(again)).toEqual(comparable(article));
  });

  it("quotes a headline that opens with a Markdown mark once joined from its lines", () => {
    const text =
      "HD\n##\nMill to expand\nPD\n7 April 2000\nSN\nReuters News\nTD\nThe mill will expand.\nAN\nDocument x";
    const article = parseArticle(text);
    expect(article.headline).toBe("## Mill to expand");
    const again = parseArticle(formatArticle(article));
    expect(again.dialect).toBe("factiva");
    expect(again.headline).toBe("## Mill to expand");
  });
});

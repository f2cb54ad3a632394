import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusRoot } from "../../scripts/corpus.mjs";
import {
  type Article,
  formatArticle,
  type Note,
  parseArticle,
  safeParseArticle,
} from "../../src/index.js";

// Real Reuters copy, read from the shared corpus (its README documents the layout).
// Expected values come from that documented layout, computed here from the raw
// text without the parser, and from hand-written expectations for a few files
// read line by line.

const dir = join(corpusRoot(), "reuters");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const decode = (b: Uint8Array) => new TextDecoder("utf-8", { fatal: true }).decode(b);

/** What the documented layout says about a file, read without the parser. */
interface Layout {
  headline: string;
  slug: string | null;
  byline: string | null;
  timestamp: string;
  url: string;
  body: string;
}

// Desk slugs as the layout documents them (`UPDATE 4-`, `WRAPUP 4-`,
// `FACTBOX: `, `INSTANT VIEW: `, `CORRECTED: `, `TIMELINE: `), and the title-case
// `Factbox: `, `Instant View: `, `Analysis: ` of the later files.
const DESK_SLUG =
  /^(?:((?:UPDATE|WRAPUP) \d+)-|(FACTBOX|INSTANT VIEW|CORRECTED|TIMELINE|Factbox|Instant View|Analysis): )/;

function readLayout(text: string): Layout {
  const lines = text.split("\n");
  const header = lines.slice(0, 4);
  const value = (line: string) => line.slice(2).trim().replace(/\s+/g, " ");
  let headline = value(header[0] ?? "");
  let slug: string | null = null;
  const desk = DESK_SLUG.exec(headline);
  if (desk) {
    slug = desk[1] ?? desk[2] ?? null;
    headline = headline.slice(desk[0].length);
  }
  const by = value(header[1] ?? "");
  return {
    headline,
    slug,
    byline: by === "" ? null : by.replace(/^By /, ""),
    timestamp: value(header[2] ?? ""),
    url: value(header[3] ?? ""),
    body: lines.slice(4).join("\n"),
  };
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== "");

/** The article's text in reading order: editor's notes, dateline, body, then credits. */
function articleWords(a: Article): string[] {
  const pieces: string[] = [];
  for (const n of a.notes) if (n.kind === "editorsNote") pieces.push(n.text);
  if (a.dateline) pieces.push(a.dateline.text);
  for (const s of a.sections) {
    if (s.heading !== null) pieces.push(s.heading);
    pieces.push(...s.paragraphs);
  }
  for (const n of a.notes) if (n.kind !== "editorsNote") pieces.push(n.text);
  for (const f of a.trailer) pieces.push(f.label, f.value);
  return pieces.flatMap(words);
}

describe("the Reuters corpus sample", () => {
  it("is all there: 34 articles", () => {
    expect(files).toHaveLength(34);
  });

  it.each(files)("%s parses, or fails with a documented code", (name) => {
    const head = decode(bytes(name)).split("\n").slice(0, 4);
    expect(head.map((line) => line.startsWith("-- ") || line === "--")).toEqual([
      true,
      true,
      true,
      true,
    ]);
    const layout = readLayout(decode(bytes(name)));
    const result = safeParseArticle(bytes(name));
    if (layout.body.trim() === "") {
      expect(result.success && result.data.sections).toEqual([]);
      if (result.success) expect(result.warnings.map((i) => i.code)).toEqual(["no-body"]);
    } else {
      expect(result.success).toBe(true);
      if (result.success) expect(result.warnings).toEqual([]);
    }
  });

  const withBody = files.filter((f) => readLayout(decode(bytes(f))).body.trim() !== "");

  it("has header-only files among them, and the rest have bodies", () => {
    expect(files.length - withBody.length).toBe(3);
  });

  it.each(withBody)("%s: headline, slug and header lines as the layout gives them", (name) => {
    const layout = readLayout(decode(bytes(name)));
    const a = parseArticle(bytes(name));
    expect(a.headline).toBe(layout.headline);
    expect(a.slug).toBe(layout.slug);
    expect(a.publishedAtText).toBe(layout.timestamp);
    expect(a.originalUrl).toBe(layout.url);
    if (layout.byline !== null) expect(a.byline).toBe(layout.byline);
    else if (a.byline !== null) {
      // No byline in the header: only a `By Name PLACE (Reuters) - ` dateline may give one.
      expect(a.dateline?.text.replace(/\s+/g, " ").startsWith(`By ${a.byline} `)).toBe(true);
    }
    expect(a.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/);
    expect(a.trailer).toEqual([]);
    // No source line: the source is the agency a dateline names (`(Reuters)`), else none.
    expect(a.source).toBe(a.dateline?.agency ?? null);
  });

  it.each(withBody)("%s: every word of the body is kept, in order", (name) => {
    const layout = readLayout(decode(bytes(name)));
    const a = parseArticle(bytes(name));
    expect(articleWords(a)).toEqual(words(layout.body));
  });

  it("a 0-byte file fails with empty-input", () => {
    const result = safeParseArticle(new Uint8Array(0));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.code)).toEqual(["empty-input"]);
  });
});

// Editor's notes open the body; credits close it (README: `(Adds company
// comments, updates stock price)`, `(Reporting by … ; Editing by … )`,
// `(Additional reporting by …)`), plus the `(Compiled by …)` of a factbox.
const EDITORS_NOTE = /^\s*(\((?:Adds|Updates|Corrects|Recasts) [^()]*\))/;
const CREDIT = /\((?:Additional reporting|Reporting|Editing|Compiled) by [^()]*\)/g;
// `DETROIT  (Reuters) - `, ` (Reuters) - `, `By  Paritosh Bansal NEW YORK  Dec 13 (Reuters) - `.
const DATELINE =
  /^(?:By\s+.+?\s+)?([A-Z][A-Z/ ]*[A-Z])?\s*(?:[A-Z][a-z]{2} \d{1,2}\s+)?\(Reuters\) - /;

/** The notes, then the dateline, as the layout gives them, read without the parser. */
function readFurniture(body: string): { notes: Note[]; dateline: Article["dateline"] } {
  const notes: Note[] = [];
  let rest = body;
  for (let m = EDITORS_NOTE.exec(rest); m; m = EDITORS_NOTE.exec(rest)) {
    notes.push({ kind: "editorsNote", text: m[1] as string });
    rest = rest.slice(m[0].length);
  }
  rest = rest.trimStart();
  const d = DATELINE.exec(rest);
  for (const c of rest.matchAll(CREDIT)) notes.push({ kind: "credit", text: c[0] });
  return {
    notes,
    dateline: d ? { text: d[0], place: d[1] ?? null, agency: "Reuters" } : null,
  };
}

function withoutSpans(a: Article): Omit<Article, "spans"> {
  const { spans, ...rest } = a;
  return rest;
}

describe("the Reuters articles with a body, against the layout", () => {
  const withBody = files.filter((f) => readLayout(decode(bytes(f))).body.trim() !== "");
  const furniture = (name: string) => readFurniture(readLayout(decode(bytes(name))).body);

  it("number 31, each with a dateline; 4 editor's notes and 22 credits among them", () => {
    expect(withBody).toHaveLength(31);
    const all = withBody.map(furniture);
    expect(all.filter((f) => f.dateline !== null)).toHaveLength(31);
    const notes = all.flatMap((f) => f.notes);
    expect(notes.filter((n) => n.kind === "editorsNote")).toHaveLength(4);
    expect(notes.filter((n) => n.kind === "credit")).toHaveLength(22);
  });

  it.each(withBody)("%s: the dateline and the notes", (name) => {
    const want = furniture(name);
    const a = parseArticle(bytes(name));
    expect(a.dateline).toEqual(want.dateline);
    expect(a.notes).toEqual(want.notes);
  });

  it.each(withBody)("%s: survives format → parse unchanged", (name) => {
    const a = parseArticle(bytes(name));
    const text = formatArticle(a);
    const again = parseArticle(text);
    expect(withoutSpans(again)).toEqual(withoutSpans(a));
    expect(formatArticle(again)).toBe(text);
  });

  it("loses none of the 17,365 body words", () => {
    let expected = 0;
    for (const name of withBody) {
      const want = words(readLayout(decode(bytes(name))).body);
      expected += want.length;
      expect(articleWords(parseArticle(bytes(name))), name).toEqual(want);
    }
    // Counted with `wc -w` on every file but its four header lines.
    expect(expected).toBe(17_365);
  });
});

interface Expected {
  slug: string | null;
  headline: string;
  byline: string | null;
  dateline: { text: string; place: string | null; agency: string | null };
  publishedAt: string;
  notes: Note[];
  paragraphs?: number;
  firstStarts?: string;
  lastEnds?: string;
}

const credit = (text: string): Note => ({ kind: "credit", text });
const editorsNote = (text: string): Note => ({ kind: "editorsNote", text });
const reuters = (place: string | null, text: string) => ({ text, place, agency: "Reuters" });

// Written by reading each file.
const expected: Record<string, Expected> = {
  "20061031-us-autos-sales-outlook-idUSN3039682120061031.txt": {
    slug: null,
    headline: "U.S. auto sales seen up for October",
    byline: "Kevin Krolicki",
    dateline: reuters("DETROIT", "DETROIT  (Reuters) - "),
    publishedAt: "2006-10-31T00:48:00.000Z",
    notes: [],
    paragraphs: 2,
    firstStarts: "U.S. auto sales are on track to finish October stronger",
    lastEnds: '"Chrysler is having to spend more than the others," he said.',
  },
  "20061102-telecoms-qualcomm-earns-idUSN0222723720061102.txt": {
    slug: "UPDATE 3",
    headline: "Qualcomm quarterly profit, revenue rise",
    byline: "Sinead Carew",
    dateline: reuters("NEW YORK", "By  Sinead Carew NEW YORK  Nov 2 (Reuters) - "),
    publishedAt: "2006-11-02T23:57:00.000Z",
    notes: [editorsNote("(Adds executive comment, details)")],
    paragraphs: 1,
    firstStarts: "Wireless technology and chip supplier Qualcomm Inc. ( QCOM.O ) said",
    lastEnds: "trading to $36.20 from their Nasdaq close at $36.36.",
  },
  "20061204-us-oil-opec-idUSL0252912920061204.txt": {
    slug: null,
    headline: "OPEC to take weak dollar into account",
    byline: "Ghaida Ghantous and Karin Strohecker",
    dateline: reuters("ABU DHABI/VIENNA", "ABU DHABI/VIENNA  (Reuters) - "),
    publishedAt: "2006-12-04T15:00:00.000Z",
    notes: [],
    paragraphs: 2,
  },
  "20061213-hilton-outlook-idUSN1341776420061213.txt": {
    slug: "UPDATE 4",
    headline: "Hilton sees profit up 16-22 pct per year through '09",
    byline: "Paritosh Bansal",
    dateline: reuters("NEW YORK", "By  Paritosh Bansal NEW YORK  Dec 13 (Reuters) - "),
    publishedAt: "2006-12-13T22:48:00.000Z",
    notes: [
      editorsNote("(Adds company comments, updates stock price)"),
      credit("(Additional reporting by Deena Beasley in Los Angeles)"),
    ],
    paragraphs: 1,
    firstStarts: "Hilton Hotels Corp. HLT.N forecast strong profit growth",
    lastEnds: "lodging industry -- rising about 7 percent to 9 percent.",
  },
  "20061221-firstdata-results-outlook-idUSBNG15698020061221.txt": {
    slug: "UPDATE 2",
    headline: "First Data gives 2007 profit view below estimates",
    byline: null,
    dateline: reuters("NEW YORK", "NEW YORK  Dec 21 (Reuters) - "),
    publishedAt: "2006-12-21T18:48:00.000Z",
    notes: [
      editorsNote("(Adds analyst comment, NEW YORK dateline)"),
      credit("(Reporting by Shivani Singh in Bangalore)"),
    ],
    paragraphs: 1,
    firstStarts: "First Data Corp. FDC.N forecast 2007 earnings",
    lastEnds: "after trading as low as $23.80.",
  },
  "20070726-us-homebuilders-corrected-idUSLAU67543720070726.txt": {
    slug: "CORRECTED",
    headline: "Things go from bad to worse for U.S. home builders",
    byline: "Ilaina Jonas",
    dateline: reuters("NEW YORK", "By  Ilaina Jonas NEW YORK  (Reuters) - "),
    publishedAt: "2007-07-26T21:35:00.000Z",
    notes: [
      editorsNote("(Corrects month of housing results in first paragraph to June from July)"),
      credit("(Additional reporting by Patrick Rucker in Washington)"),
      credit("(Reporting by Ilaina Jonas)"),
    ],
    paragraphs: 1,
    lastEnds: 'for these issues to resolve themselves and the market to clear," Vallecillo warned.',
  },
  "20090121-us-citi-parsons-idUSTRE50K6U320090121.txt": {
    slug: null,
    headline: "Citi names Richard D. Parsons Chairman",
    byline: null,
    dateline: reuters(null, "(Reuters) - "),
    publishedAt: "2009-01-21T21:45:00.000Z",
    notes: [],
    paragraphs: 2,
    firstStarts:
      "Citigroup Inc on Wednesday named Richard D. Parsons as chairman of the board of directors. Highlights:",
    lastEnds: "annual meeting and will retire later this year",
  },
  "20090420-us-sunmicro-timeline-sb-idUSTRE53J3YY20090420.txt": {
    slug: "TIMELINE",
    headline: "Major events at Sun Microsystems",
    byline: null,
    dateline: reuters(null, "(Reuters) - "),
    publishedAt: "2009-04-20T15:26:00.000Z",
    notes: [credit("(Reporting by  Clare Baldwin  and  Jim Finkle , editing by Derek Caney)")],
    lastEnds: "Source: Sun Microsystems, Reuters News, MSN Encarta",
  },
  "20090903-us-trade-aircraft-process-factbox-sb-idUSTRE5823YI20090903.txt": {
    slug: "FACTBOX",
    headline: "The WTO legal process in the Airbus dispute",
    byline: null,
    dateline: reuters(null, "(Reuters) - "),
    publishedAt: "2009-09-03T16:42:00.000Z",
    notes: [credit("(Compiled by Jonathan Lynn)")],
    lastEnds: "The arbitrator should deliver a decision within 60 days. (Source: WTO)",
  },
  "20110826-us-usa-biden-idUSTRE77P46I20110826.txt": {
    slug: null,
    headline: "Biden: U.S. needs more stimulus, business mad at S&P",
    byline: "Jeff Mason",
    dateline: reuters("ON BOARD AIR FORCE TWO", "ON BOARD AIR FORCE TWO  (Reuters) - "),
    publishedAt: "2011-08-26T19:14:00.000Z",
    notes: [credit("(Editing by  Vicki Allen )")],
  },
  "20120809-us-ubs-probe-interestrates-idUSBRE87800U20120809.txt": {
    slug: null,
    headline: "UBS traders offered deal by U.S. in interest rate probe: WSJ",
    byline: null,
    dateline: reuters(null, "(Reuters) - "),
    publishedAt: "2012-08-09T00:26:00.000Z",
    notes: [credit("(Reporting by  Joseph A. Giannone  in New York; Editing by  Paul Tait )")],
    firstStarts: "U.S. prosecutors have offered several former junior UBS AG employees",
  },
};

describe("hand-written expectations for Reuters files", () => {
  it.each(Object.keys(expected))("%s", (name) => {
    const want = expected[name] as Expected;
    const a = parseArticle(bytes(name));
    expect(a.slug).toBe(want.slug);
    expect(a.headline).toBe(want.headline);
    expect(a.byline).toBe(want.byline);
    expect(a.dateline).toEqual(want.dateline);
    expect(a.publishedAt).toBe(want.publishedAt);
    expect(a.notes).toEqual(want.notes);
    const paragraphs = a.sections.flatMap((s) => s.paragraphs);
    if (want.paragraphs !== undefined) expect(paragraphs).toHaveLength(want.paragraphs);
    if (want.firstStarts !== undefined)
      expect(paragraphs[0]?.startsWith(want.firstStarts)).toBe(true);
    if (want.lastEnds !== undefined) expect(paragraphs.at(-1)?.endsWith(want.lastEnds)).toBe(true);
  });

  it("keeps the Citi highlights as written, bullets run together", () => {
    const a = parseArticle(bytes("20090121-us-citi-parsons-idUSTRE50K6U320090121.txt"));
    expect(a.sections).toEqual([
      {
        heading: null,
        paragraphs: [
          "Citigroup Inc on Wednesday named Richard D. Parsons as chairman of the board of directors. Highlights:",
          "* Says appointment effective February 23 * Says Parsons succeeds Sir Win Bischoff * Citi says Win Bischoff will not stand for re-election to the board at Citi's next annual meeting and will retire later this year",
        ],
      },
    ]);
  });

  it("header-only files give no-body warnings that point at the headline", () => {
    for (const name of [
      "20120912-us-spain-banks-regions-idUSBRE88B0OB20120912.txt",
      "20121024-us-cheesecakefactory-results-idUSBRE89N1OS20121024.txt",
      "20121118-us-glencore-xstrata-idUSBRE8AH0D020121118.txt",
    ]) {
      const result = safeParseArticle(bytes(name));
      if (!result.success) throw result.error;
      const [first] = result.warnings;
      expect(first?.code).toBe("no-body");
      const text = decode(bytes(name));
      const headline = text.slice(3, text.indexOf("\n"));
      expect(result.data.headline).toBe(headline);
      expect(result.data.sections).toEqual([]);
      expect(text.slice(first?.span?.start, first?.span?.end)).toBe(headline);
    }
  });
});

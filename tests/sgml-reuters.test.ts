import { describe, expect, it } from "vitest";
import { parseArticle, safeParseArticle } from "../src/index.js";
import { markupIn, valuesOf } from "./support/markup.js";

// Hand-made records in the layout of Reuters-21578's `reut2-*.sgm` files.
const STORY = `<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D><D>grain</D></TOPICS>
<PLACES><D>el-salvador</D><D>usa</D></PLACES>
<PEOPLE></PEOPLE>
<ORGS><D>ico-cocoa</D></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<UNKNOWN> 
&#5;&#5;&#5;C T
&#22;&#22;&#1;f0704&#31;reute
u f BC-BAHIA-COCOA-REVIEW   02-26 0105</UNKNOWN>
<TEXT>&#2;
<TITLE>BANKAMERICA &lt;BAC> SEES &amp; SAYS</TITLE>
<AUTHOR>    by Janie Gabbett, Reuters</AUTHOR>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
the Bahia cocoa zone, said &lt;Comissaria Smith>.
    The dry period means the temporao will be late.
    Arrivals for the week were 155,221 bags
of 60 kilos.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>`;

const TAGS = ["REUTERS", "DATE", "TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES", "COMPANIES"];
const MORE_TAGS = ["UNKNOWN", "TEXT", "TITLE", "AUTHOR", "DATELINE", "BODY", "D"];

describe("reuters-sgml", () => {
  const a = parseArticle(STORY);

  it("reads the record's elements into their fields", () => {
    expect(a.dialect).toBe("reuters-sgml");
    expect(a.headline).toBe("BANKAMERICA <BAC> SEES & SAYS");
    expect(a.byline).toBe("Janie Gabbett, Reuters");
    expect(a.dateline).toEqual({ text: "SALVADOR, Feb 26 -", place: "SALVADOR", agency: null });
    expect(a.publishedAt).toBe("1987-02-26T15:01:01");
    expect(a.publishedAtText).toBe("26-FEB-1987 15:01:01.79");
    expect(a.topics).toEqual(["cocoa", "grain"]);
    expect(a.places).toEqual(["el-salvador", "usa"]);
    expect(a.id).toBe("1");
  });

  it("joins the hard-wrapped body, a new paragraph on each indented line", () => {
    expect(a.sections).toEqual([
      {
        heading: null,
        paragraphs: [
          "Showers continued throughout the week in the Bahia cocoa zone, said <Comissaria Smith>.",
          "The dry period means the temporao will be late.",
          "Arrivals for the week were 155,221 bags of 60 kilos.",
        ],
      },
    ]);
  });

  it("takes the closing Reuter for a credit, and keeps the other lists, attributes and UNKNOWN in the trailer", () => {
    expect(a.notes).toEqual([{ kind: "credit", text: "Reuter" }]);
    expect(a.trailer.filter((t) => t.key === null)).toEqual([
      { key: null, label: "TOPICS", value: "YES" },
      { key: null, label: "LEWISSPLIT", value: "TRAIN" },
      { key: null, label: "OLDID", value: "5544" },
      { key: null, label: "ORGS", value: "ico-cocoa" },
      { key: null, label: "UNKNOWN", value: "C T f0704reute u f BC-BAHIA-COCOA-REVIEW 02-26 0105" },
    ]);
  });

  it("leaves no tag, entity or control character in any value", () => {
    for (const text of valuesOf(a)) expect(markupIn(text, [...TAGS, ...MORE_TAGS])).toBeNull();
  });

  it("points spans at the value inside its tag, references as written", () => {
    const slice = (s: { start: number; end: number } | null) =>
      s ? STORY.slice(s.start, s.end) : null;
    expect(slice(a.spans.headline)).toBe("BANKAMERICA &lt;BAC> SEES &amp; SAYS");
    expect(slice(a.spans.dateline)).toBe("SALVADOR, Feb 26 -");
    expect(slice(a.spans.publishedAt)).toBe("26-FEB-1987 15:01:01.79");
    expect(a.spans.topics.map(slice)).toEqual(["cocoa", "grain"]);
    expect(slice(a.spans.id)).toBe("1");
    expect(slice(a.spans.sections[0]?.paragraphs[1] ?? null)).toBe(
      "The dry period means the temporao will be late.",
    );
    expect(slice(a.spans.sections[0]?.paragraphs[2] ?? null)).toBe(
      "Arrivals for the week were 155,221 bags\nof 60 kilos.",
    );
    expect(slice(a.spans.notes[0] ?? null)).toBe("Reuter");
  });

  it("keeps a brief (title and placeholder) with the no-body warning, its placeholder a note", () => {
    const brief = `<REUTERS NEWID="30">
<DATE>26-FEB-1987 15:43:14.36</DATE>
<TOPICS></TOPICS>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>ASSETS OF MONEY MARKET MUTUAL FUNDS ROSE 720.4 MLN DLRS
</TITLE>Blah blah blah.
&#3;

</TEXT>
</REUTERS>`;
    const r = safeParseArticle(brief);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.headline).toBe("ASSETS OF MONEY MARKET MUTUAL FUNDS ROSE 720.4 MLN DLRS");
    expect(r.data.sections.flatMap((s) => s.paragraphs)).toEqual([]);
    expect(r.data.notes.map((n) => [n.kind, n.text])).toEqual([
      ["boilerplate", "******"],
      ["boilerplate", "Blah blah blah."],
    ]);
    expect(r.data.trailer).toContainEqual({ key: null, label: "TYPE", value: "BRIEF" });
    expect(r.warnings.map((w) => w.code)).toEqual(["no-body"]);
  });

  it("keeps an unprocessed record (no title, text outside any BODY) with the no-headline warning", () => {
    const unproc = `<REUTERS NEWID="77">
<DATE>26-FEB-1987 16:30:00.00</DATE>
<TEXT TYPE="UNPROC">&#2;
FEDERAL RESERVE WEEKLY REPORT 1 - FEB 26
    Two weeks ended Feb 25      daily avgs-mlns
 Net free reserves.............644 vs.....1,337
&#3;

</TEXT>
</REUTERS>`;
    const r = safeParseArticle(unproc);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.headline).toBeNull();
    expect(r.data.sections[0]?.paragraphs).toEqual([
      "FEDERAL RESERVE WEEKLY REPORT 1 - FEB 26",
      "Two weeks ended Feb 25 daily avgs-mlns",
      "Net free reserves.............644 vs.....1,337",
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(["no-headline"]);
  });

  it("reads a date with a one-digit day padded by a space", () => {
    const r = parseArticle(
      `<REUTERS NEWID="2">\n<DATE> 2-MAR-1987 06:41:42.20</DATE>\n<TEXT><TITLE>T</TITLE><BODY>Body.</BODY></TEXT>\n</REUTERS>`,
    );
    expect(r.publishedAt).toBe("1987-03-02T06:41:42");
  });

  it("says `several-articles` for a file of records given to parseArticle", () => {
    const two = `<!DOCTYPE lewis SYSTEM "lewis.dtd">\n${STORY}\n${STORY.replace('NEWID="1"', 'NEWID="2"')}`;
    const r = safeParseArticle(two);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.code).toBe("several-articles");
  });
});

import { describe, expect, it } from "vitest";
import { parseArticle, safeParseArticles, splitFeed } from "../src/index.js";
import { markupIn, valuesOf } from "./support/markup.js";

// Hand-made records in the layouts of the TREC / LDC `<DOC>` collections.
const TAGS = ["DOC", "DOCNO", "DOCID", "FILEID", "FIRST", "SECOND", "HEAD", "HEADLINE", "HL"];
const MORE_TAGS = ["BYLINE", "DATELINE", "DATE", "SLUG", "TEXT", "P", "NOTE"];

// TREC's AP newswire: paragraphs hard-wrapped, each opening indented.
const AP = `<DOC>
<DOCNO> AP880212-0001 </DOCNO>
<FILEID>AP-NR-02-12-88 2344EST</FILEID>
<FIRST>u i BC-Prisoners     02-12 0347</FIRST>
<SECOND>BC-Prisoners,0356</SECOND>
<HEAD>Former Prisoners Liken Camps to Gulag</HEAD>
<BYLINE>By JOHN DOE</BYLINE>
<BYLINE>Associated Press Writer</BYLINE>
<DATELINE>WASHINGTON (AP) </DATELINE>
<TEXT>
   Former prisoners say the camps were
harsh and crowded.
   Another former prisoner said the food was &quot;rotten.&quot;
</TEXT>
</DOC>`;

// Gigaword-style: the id an attribute, `<P>` paragraphs, the dateline in the first one.
const GIGAWORD = `<DOC id="XIN_ENG_20020101.0001" type="story" >
<HEADLINE>
China, Japan Sign Trade Pact
</HEADLINE>
<DATELINE>
BEIJING, Jan. 1 (Xinhua)
</DATELINE>
<TEXT>
<P>
China and Japan signed a trade pact here on Tuesday,
officials said.
</P>
<P>
The pact takes effect in March.
</P>
</TEXT>
</DOC>`;

describe("trec-sgml", () => {
  it("reads an AP record: id, headline, byline, dateline, indented paragraphs, the rest in the trailer", () => {
    const a = parseArticle(AP);
    expect(a.dialect).toBe("trec-sgml");
    expect(a.id).toBe("AP880212-0001");
    expect(a.headline).toBe("Former Prisoners Liken Camps to Gulag");
    expect(a.byline).toBe("JOHN DOE");
    expect(a.dateline).toEqual({ text: "WASHINGTON (AP)", place: "WASHINGTON", agency: "AP" });
    expect(a.sections[0]?.paragraphs).toEqual([
      "Former prisoners say the camps were harsh and crowded.",
      'Another former prisoner said the food was "rotten."',
    ]);
    expect(a.trailer.filter((t) => t.key === null).map((t) => [t.label, t.value])).toEqual([
      ["FILEID", "AP-NR-02-12-88 2344EST"],
      ["FIRST", "u i BC-Prisoners 02-12 0347"],
      ["SECOND", "BC-Prisoners,0356"],
      ["BYLINE", "Associated Press Writer"],
    ]);
    for (const text of valuesOf(a)) expect(markupIn(text, [...TAGS, ...MORE_TAGS])).toBeNull();
  });

  it("reads a Gigaword record: the id attribute, `<P>` paragraphs, the type kept", () => {
    const a = parseArticle(GIGAWORD);
    expect(a.dialect).toBe("trec-sgml");
    expect(a.id).toBe("XIN_ENG_20020101.0001");
    expect(a.headline).toBe("China, Japan Sign Trade Pact");
    expect(a.dateline?.place).toBe("BEIJING");
    expect(a.dateline?.agency).toBe("Xinhua");
    expect(a.sections[0]?.paragraphs).toEqual([
      "China and Japan signed a trade pact here on Tuesday, officials said.",
      "The pact takes effect in March.",
    ]);
    expect(a.trailer).toContainEqual({ key: null, label: "TYPE", value: "story" });
  });

  it("reads the other names: `<HL>`, `<DATE>`, `<SLUG>`, `<DOCID>`, paragraphs apart by blank lines, a dateline opening the body", () => {
    const text = `<DOC>
<DOCNO>NYT19990101.0001</DOCNO>
<DOCID>NYT-1</DOCID>
<DATE>January 1, 1999</DATE>
<SLUG>BC-MARKETS-NYT</SLUG>
<HL>Markets Rally &amp; Close Higher</HL>
<TEXT>
NEW YORK (AP) -- Stocks rose on Friday.

Bonds fell.
</TEXT>
</DOC>`;
    const a = parseArticle(text);
    expect(a.headline).toBe("Markets Rally & Close Higher");
    expect(a.publishedAt).toBe("1999-01-01");
    expect(a.slug).toBe("BC-MARKETS-NYT");
    expect(a.id).toBe("NYT19990101.0001");
    expect(a.trailer).toContainEqual({ key: null, label: "DOCID", value: "NYT-1" });
    expect(a.dateline?.place).toBe("NEW YORK");
    expect(a.sections[0]?.paragraphs).toEqual(["Stocks rose on Friday.", "Bonds fell."]);
  });

  it("splits a file of records into its records, however it is cut, and keeps a record with no text", () => {
    const feed = `${AP}\n${GIGAWORD}\n<DOC>\n<DOCNO>X-3</DOCNO>\n<HEADLINE>Only a title</HEADLINE>\n</DOC>\n`;
    expect(splitFeed(feed).articles).toHaveLength(3);
    const results = safeParseArticles(feed);
    expect(results.map((r) => (r.success ? r.data.id : null))).toEqual([
      "AP880212-0001",
      "XIN_ENG_20020101.0001",
      "X-3",
    ]);
    const last = results[2];
    expect(last?.success && last.warnings.map((w) => w.code)).toEqual(["no-body"]);
  });
});

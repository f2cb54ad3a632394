import { describe, expect, it } from "vitest";
import { type Article, formatArticle, parseArticle } from "../src/index.js";

// formatArticle writes an Article of a record layout back as a record, which
// reads back as the same Article.

const strip = ({ spans: _, ...rest }: Article) => rest;
const roundTrip = (text: string) => {
  const a = parseArticle(text);
  const written = formatArticle(a);
  expect(strip(parseArticle(written))).toEqual(strip(a));
  expect(formatArticle(parseArticle(written))).toBe(written);
  return written;
};

describe("formatArticle of markup records", () => {
  it("writes a Reuters-21578 record back: attributes, lists of <D> items, the indented body, the credit", () => {
    const written = roundTrip(`<REUTERS TOPICS="YES" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D><D>grain</D></TOPICS>
<ORGS><D>ico</D><D>ec</D></ORGS>
<TEXT>&#2;
<TITLE>BANKAMERICA &lt;BAC> SEES &amp; SAYS</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued
in the zone.
    The dry period ends.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>`);
    expect(written).toBe(`<REUTERS TOPICS="YES" OLDID="5544" NEWID="1">
<TITLE>BANKAMERICA &lt;BAC> SEES &amp; SAYS</TITLE>
<DATE>26-FEB-1987 15:01:01.79</DATE>
<DATELINE>SALVADOR, Feb 26 -</DATELINE>
<TOPICS><D>cocoa</D><D>grain</D></TOPICS>
<ORGS><D>ico</D><D>ec</D></ORGS>
<BODY>
    Showers continued in the zone.
    The dry period ends.
 Reuter
</BODY>
</REUTERS>`);
  });

  it("writes TREC and SogouCS records back", () => {
    roundTrip(`<DOC id="XIN_ENG_1" type="story">
<DOCNO>AP880212-0001</DOCNO>
<HEADLINE>Talks Resume</HEADLINE>
<BYLINE>By JOHN DOE</BYLINE>
<BYLINE>Associated Press Writer</BYLINE>
<DATELINE>WASHINGTON (AP)</DATELINE>
<TEXT>
<P>Negotiators met on Sunday.</P>
<P>Envoys are expected.</P>
</TEXT>
</DOC>`);
    const written = roundTrip(
      "<doc>\n<url>http://news.sohu.com/1.shtml</url>\n<docno>abc</docno>\n<contenttitle>标题　二</contenttitle>\n<content>南都讯　记者刘凡　正文。　　第二段。</content>\n</doc>",
    );
    expect(written).toContain("<content>南都讯　记者刘凡　正文。　　第二段。</content>");
  });

  it("leaves to the shared layout what a record cannot carry: a brief's placeholder notes", () => {
    const brief = parseArticle(
      '<REUTERS NEWID="30">\n<TEXT TYPE="BRIEF">&#2;\n******<TITLE>ASSETS ROSE</TITLE>Blah blah blah.\n&#3;\n</TEXT>\n</REUTERS>',
    );
    expect(formatArticle(brief).startsWith("<REUTERS")).toBe(false);
  });
});

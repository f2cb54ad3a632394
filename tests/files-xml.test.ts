import { describe, expect, it } from "vitest";
import { readExportFile } from "../src/files/index.js";
import { bytes } from "./support/export-files.js";

// Factiva XML exports (`PPSResponse`), one `article` element per document.

const article = (id: string, headline: string) => `<ppsarticle><article>
<accessionNo>${id}</accessionNo><baseLanguage>EN</baseLanguage>
<copyright>(c) 2012 Company</copyright>
<headline><paragraph><hlt>TEST</hlt> - ${headline}</paragraph></headline>
<leadParagraph><paragraph>The lead.</paragraph></leadParagraph>
<publicationDate><dateTime>2012-01-09T01:35:58Z</dateTime></publicationDate>
<sourceName>My Newspaper</sourceName><sourceCode>TEST</sourceCode>
<tailParagraphs><paragraph>The body.</paragraph><paragraph>More of it.</paragraph></tailParagraphs>
<wordCount>942</wordCount></article></ppsarticle>`;

describe("a Factiva XML export", () => {
  const xml = `\ufeff<?xml version="1.0" encoding="utf-8"?><PPSResponse><ppsArticleResponse xmlns="http://global.factiva.com/pps/2.0"><ppsarticleResultSet count="2">${article("TEST01", "first")}${article("TEST02", "second")}</ppsarticleResultSet></ppsArticleResponse></PPSResponse>`;

  it("yields one document per article element", () => {
    const file = readExportFile(bytes(xml));
    expect(file.format).toBe("xml");
    expect(file.layout).toBe("factiva-xml");
    const [a, b] = file.documents.map((d) => d.data);
    expect([a?.headline, b?.headline]).toEqual(["TEST - first", "TEST - second"]);
    expect(a?.source).toBe("My Newspaper");
    expect(a?.publishedAt).toBe("2012-01-09");
    expect(a?.wordCount).toBe(942);
    expect(a?.language).toBe("en");
    expect(a?.id).toBe("TEST01");
    expect(a?.sections.flatMap((s) => s.paragraphs)).toEqual([
      "The lead.",
      "The body.",
      "More of it.",
    ]);
  });

  it("with an empty result set is no-articles", () => {
    const empty =
      '<?xml version="1.0"?><PPSResponse><ppsarticleResultSet count="0"/></PPSResponse>';
    expect(() => readExportFile(bytes(empty))).toThrow(/no-articles/);
  });
});

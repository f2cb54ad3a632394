import { describe, expect, it } from "vitest";
import seed from "../fixtures/seed-article.txt?raw";
import {
  type Article,
  explainArticle,
  formatArticle,
  parseArticle,
  safeParseArticle,
} from "../src/index.js";

// Press releases as the four wires send them (docs/rules.md, "Press releases"). Expected
// values written by hand from each text.

const field = (key: Article["trailer"][number]["key"], label: string, value: string) => ({
  key,
  label,
  value,
});
const none = {
  slug: null,
  standfirst: null,
  highlights: [],
  byline: null,
  bylineRole: null,
  disclaimer: null,
  topics: [],
  places: [],
  keywords: [],
  category: null,
};
const noExport = { section: null, wordCount: null, copyright: null, id: null, language: null };
const withoutSpans = ({ spans: _, ...rest }: Article) => rest;
const roundTrip = (a: Article) => {
  const { spans: _, dialect: __, ...again } = parseArticle(formatArticle(a));
  const { spans: ___, dialect: ____, ...before } = a;
  expect(again).toEqual(before);
};

const prn = [
  "Acme Opens New Plant in Ohio",
  "Plant will create 500 jobs by 2027",
  "",
  "NEW YORK, Feb. 3, 2025 /PRNewswire/ -- Acme Corp (NYSE: ACME) today opened a plant",
  "in Columbus, Ohio.",
  "",
  '"We are proud," said Jane Roe, chief executive.',
  "",
  "About Acme Corp",
  "Acme Corp makes widgets and has done so since 1950.",
  "",
  "Media Contact:",
  "Jane Doe",
  "jane@acme.com",
  "+1 212 555 0100",
  "",
  "SOURCE Acme Corp",
  "",
  "View original content:https://www.prnewswire.com/news-releases/acme-301.html",
].join("\n");

describe("PR Newswire", () => {
  const a = parseArticle(prn);

  it("gives every part of the release", () => {
    expect(withoutSpans(a)).toEqual({
      headline: "Acme Opens New Plant in Ohio",
      ...none,
      dateline: {
        text: "NEW YORK, Feb. 3, 2025 /PRNewswire/ -- ",
        place: "NEW YORK",
        agency: "PRNewswire",
      },
      publishedAt: "2025-02-03",
      publishedAtText: "Feb. 3, 2025",
      sections: [
        {
          heading: "Plant will create 500 jobs by 2027",
          paragraphs: [
            "Acme Corp (NYSE: ACME) today opened a plant in Columbus, Ohio.",
            '"We are proud," said Jane Roe, chief executive.',
          ],
        },
        {
          heading: "About Acme Corp",
          paragraphs: ["Acme Corp makes widgets and has done so since 1950."],
        },
      ],
      notes: [],
      source: "Acme Corp",
      originalUrl: "https://www.prnewswire.com/news-releases/acme-301.html",
      ...noExport,
      trailer: [
        field("contact", "Media Contact", "Jane Doe"),
        field("contact", "Media Contact", "jane@acme.com"),
        field("contact", "Media Contact", "+1 212 555 0100"),
        field("source", "SOURCE", "Acme Corp"),
        field(
          "originalUrl",
          "View original content",
          "https://www.prnewswire.com/news-releases/acme-301.html",
        ),
      ],
      dialect: "press-release",
    });
  });

  it("names the rule of every part", () => {
    const { decisions } = explainArticle(prn);
    expect(decisions.map((d) => `${d.part}:${d.rule}`)).toEqual([
      "dialect:press-wire-dateline",
      "headline:first-line",
      "heading:press-subtitle",
      "dateline:press-wire-dateline",
      "paragraph:after-dateline",
      "paragraph:one-line-block",
      "heading:title-case-followed-by-prose",
      "paragraph:one-line-block",
      "trailer:press-contact-label",
      "trailer:press-contact-line",
      "trailer:press-contact-line",
      "trailer:press-source-line",
      "trailer:press-closing-label",
    ]);
  });

  it("fills the date from the dateline's part, which names both fields", () => {
    const { decisions } = explainArticle(prn);
    const dateline = decisions.find((d) => d.part === "dateline");
    expect(dateline?.path).toBe("dateline → publishedAt");
    expect(decisions.filter((d) => d.path?.includes("publishedAt"))).toHaveLength(1);
  });

  it("spans the date inside the dateline, and the contact label with its first line", () => {
    const at = (s: { start: number; end: number } | null) => (s ? prn.slice(s.start, s.end) : null);
    expect(at(a.spans.publishedAt)).toBe("Feb. 3, 2025");
    expect(at(a.spans.dateline)).toBe("NEW YORK, Feb. 3, 2025 /PRNewswire/ --");
    expect(at(a.spans.trailer[0] ?? null)).toBe("Media Contact:\nJane Doe");
    expect(at(a.spans.source)).toBe("Acme Corp");
  });

  it("comes back the same from formatArticle", () => roundTrip(a));
});

const bw = [
  "Apple Unveils New Chip",
  "",
  "CUPERTINO, Calif.--(BUSINESS WIRE)--Apple® today announced a new chip.",
  "",
  "The chip ships in March.",
  "",
  "ABOUT APPLE",
  "",
  "Apple makes phones and computers.",
  "",
  "View source version on businesswire.com: https://www.businesswire.com/news/home/1/en/",
  "",
  "Contacts",
  "",
  "Press:",
  "Jane Doe",
  "jane@apple.com",
  "",
  "Investors:",
  "John Roe",
  "(408) 555-1234",
].join("\n");

describe("Business Wire", () => {
  const a = parseArticle(bw);

  it("gives place and wire with no date, the About section and the contact blocks", () => {
    expect(withoutSpans(a)).toEqual({
      headline: "Apple Unveils New Chip",
      ...none,
      dateline: {
        text: "CUPERTINO, Calif.--(BUSINESS WIRE)--",
        place: "CUPERTINO, Calif.",
        agency: "BUSINESS WIRE",
      },
      publishedAt: null,
      publishedAtText: null,
      sections: [
        {
          heading: null,
          paragraphs: ["Apple® today announced a new chip.", "The chip ships in March."],
        },
        { heading: "ABOUT APPLE", paragraphs: ["Apple makes phones and computers."] },
      ],
      notes: [],
      // No SOURCE line: the wire the dateline names.
      source: "BUSINESS WIRE",
      originalUrl: "https://www.businesswire.com/news/home/1/en/",
      ...noExport,
      trailer: [
        field(
          "originalUrl",
          "View source version on businesswire.com",
          "https://www.businesswire.com/news/home/1/en/",
        ),
        field("contact", "Contacts", ""),
        field("contact", "Press", "Jane Doe"),
        field("contact", "Press", "jane@apple.com"),
        field("contact", "Investors", "John Roe"),
        field("contact", "Investors", "(408) 555-1234"),
      ],
      dialect: "press-release",
    });
  });

  it("comes back the same from formatArticle", () => roundTrip(a));

  it("reads the release's date line with its zone named in full", () => {
    // Business Wire's pages state the time as `10:00 AM Eastern Standard Time` (UTC−5).
    const [headline, ...rest] = bw.split("\n");
    const dated = [headline, "", "February 03, 2025 10:00 AM Eastern Standard Time", ...rest].join(
      "\n",
    );
    const b = parseArticle(dated);
    expect(b.publishedAtText).toBe("February 03, 2025 10:00 AM Eastern Standard Time");
    expect(b.publishedAt).toBe("2025-02-03T15:00:00.000Z");
    expect(b.sections).toEqual(a.sections);
    expect(b.dateline).toEqual(a.dateline);
    roundTrip(b);
  });
});

describe("GlobeNewswire and ACCESSWIRE", () => {
  it("GlobeNewswire: the date in the dateline, `###` a boilerplate note", () => {
    const a = parseArticle(
      "Acme Reports Results\n\nTORONTO, Feb. 03, 2025 (GLOBE NEWSWIRE) -- Acme Inc. reported results.\n\nRevenue rose 12%.\n\nContact:\nJane Doe\njane@acme.ca\n\n###",
    );
    expect(a.dialect).toBe("press-release");
    expect(a.dateline).toEqual({
      text: "TORONTO, Feb. 03, 2025 (GLOBE NEWSWIRE) -- ",
      place: "TORONTO",
      agency: "GLOBE NEWSWIRE",
    });
    expect(a.publishedAt).toBe("2025-02-03");
    expect(a.sections[0]?.paragraphs).toEqual(["Acme Inc. reported results.", "Revenue rose 12%."]);
    expect(a.notes).toEqual([{ kind: "boilerplate", text: "###" }]);
    expect(a.trailer).toEqual([
      field("contact", "Contact", "Jane Doe"),
      field("contact", "Contact", "jane@acme.ca"),
    ]);
    roundTrip(a);
  });

  it("ACCESSWIRE: `SOURCE:` and a link under its label", () => {
    const a = parseArticle(
      "Acme Signs Deal\n\nNEW YORK, NY / ACCESSWIRE / February 3, 2025 / Acme Inc. signed a deal.\n\nIt is worth $5 million.\n\nSOURCE: Acme Inc.\n\nView source version on accesswire.com:\nhttps://www.accesswire.com/12345/acme",
    );
    expect(a.dateline).toEqual({
      text: "NEW YORK, NY / ACCESSWIRE / February 3, 2025 / ",
      place: "NEW YORK, NY",
      agency: "ACCESSWIRE",
    });
    expect([a.publishedAt, a.source, a.originalUrl]).toEqual([
      "2025-02-03",
      "Acme Inc.",
      "https://www.accesswire.com/12345/acme",
    ]);
    expect(a.sections[0]?.paragraphs).toEqual([
      "Acme Inc. signed a deal.",
      "It is worth $5 million.",
    ]);
    roundTrip(a);
  });

  it("a release whose dateline was lost is still known by its SOURCE line", () => {
    const a = parseArticle("Acme Opens Plant\n\nAcme opened a plant today.\n\nSOURCE Acme Corp");
    expect(a.dialect).toBe("press-release");
    expect(a.source).toBe("Acme Corp");
    expect(a.sections[0]?.paragraphs).toEqual(["Acme opened a plant today."]);
  });
});

describe("other layouts stay theirs", () => {
  it("the seed article is no press release", () => {
    expect(parseArticle(seed).dialect).toBe("aggregator");
  });

  it("a Reuters dump is no press release", () => {
    const dump = "-- Shares Rise\n-- By Jane Doe\n\nNEW YORK (Reuters) - Shares rose.";
    expect(parseArticle(dump).dialect).toBe("wire-dump");
  });

  it("`SOURCE: Reuters` in capitals is a trailer label, not a press release's line", () => {
    const a = parseArticle("Talks Resume\n\nThey met.\n\nSOURCE: Reuters");
    expect(a.dialect).toBe("aggregator");
    expect(a.trailer).toEqual([field("source", "SOURCE", "Reuters")]);
  });

  it("a slash in a sentence is no dateline: the wire must be a known one", () => {
    const a = parseArticle(
      "Prices Rise\n\nLONDON, Feb. 3, 2025 /Prices/ -- rose again.\n\nThey fell.",
    );
    expect(a.dateline).toBeNull();
    expect(a.dialect).not.toBe("press-release");
  });
});

describe("a press release forced on text with no title", () => {
  it("reads no headline and keeps the rest, with a no-headline warning", () => {
    const result = safeParseArticle(
      "-- \n-- Fri Jun 5, 2009 3:27am EDT\n\nSYDNEY (Reuters) - Rio scrapped it.",
      {
        dialect: "press-release",
      },
    );
    if (!result.success) throw result.error;
    expect(result.data.headline).toBe(null);
    expect(result.data.publishedAtText).toBe("Fri Jun 5, 2009 3:27am EDT");
    expect(result.data.sections[0]?.paragraphs).toEqual(["Rio scrapped it."]);
    expect(result.warnings.map((w) => w.code)).toEqual(["no-headline"]);
  });
});

describe("press releases written back", () => {
  it("keep the release's date line under the headline when the trailer holds a date line too", () => {
    // The release reads its date line by its own rules, which a trailer's
    // `Date:` does not turn off (it does the shared layout's).
    const text =
      "Acme Opens a New Plant in Toronto\n\nFebruary 3, 2025 09:00 ET\n\nTORONTO, Feb. 3, 2025 (GLOBE NEWSWIRE) -- Acme opened a plant on Monday, the company said.\n\nDate: Mon Oct 30, 2006 7:48pm EST\n\nSOURCE Acme Corp";
    const a = parseArticle(text);
    expect([a.dialect, a.publishedAtText, a.source]).toEqual([
      "press-release",
      "February 3, 2025 09:00 ET",
      "Acme Corp",
    ]);
    expect(formatArticle(a)).toContain("Toronto\n\nFebruary 3, 2025 09:00 ET\n\nTORONTO");
    roundTrip(a);
  });

  it("writes contact lines under their label, where a value such as `??` reads as a contact", () => {
    // On the label's line, `Media Contact: ??` ends a sentence and reads as no contact.
    const text =
      "Acme Signs Deal\n\nNEW YORK, Feb. 3, 2025 /PRNewswire/ -- Acme signed a deal.\n\nIt is worth $5 million.\n\nMedia Contact:\n??\njane@example.com";
    const a = parseArticle(text);
    expect(a.trailer).toEqual([
      field("contact", "Media Contact", "??"),
      field("contact", "Media Contact", "jane@example.com"),
    ]);
    expect(formatArticle(a)).toBe(text);
    roundTrip(a);
  });

  it("keeps an editor's note that closed the release after the body, not in front as a subtitle", () => {
    const text =
      "Acme Signs Deal\n\nNEW YORK, Feb. 3, 2025 /PRNewswire/ -- Acme signed a deal.\n\nIt is worth $5 million.\n\n(Corrects spelling of name)";
    const a = parseArticle(text);
    expect(a.sections).toEqual([
      { heading: null, paragraphs: ["Acme signed a deal.", "It is worth $5 million."] },
    ]);
    expect(a.notes).toEqual([{ kind: "editorsNote", text: "(Corrects spelling of name)" }]);
    expect(formatArticle(a)).toBe(text);
    roundTrip(a);
  });

  it("puts the date back under the headline when the wire's dateline stands in a heading", () => {
    // The dateline's line holds a note alone after it, so it is no dateline: a heading.
    const text =
      "Acme Signs Deal\n\nMonday, February 03, 2025\n\nNEW YORK, Feb. 3, 2025 /PRNewswire/ -- (Writing by X)\n\nWASHINGTON (AP) -- Acme signed a deal.";
    const a = parseArticle(text);
    expect(a.publishedAtText).toBe("Monday, February 03, 2025");
    expect(a.sections[0]?.heading).toBe("NEW YORK, Feb. 3, 2025 /PRNewswire/ -- (Writing by X)");
    expect(formatArticle(a)).toMatch(/^Acme Signs Deal\n\nMonday, February 03, 2025\n\n/);
    roundTrip(a);
  });

  it("keeps closing lines that were body in the body, when the last reads as a contact", () => {
    // `Contact:?` is no contact label, so the closing lines above it are body.
    // On one line, `Contact:? Tan Duc jane@example.com` holds an address: a
    // contact, which would take them into the trailer; it is written broken.
    const text =
      "Acme Signs Deal\n\nNEW YORK, NY / ACCESSWIRE / 3 February 2025 / Acme signed a deal.\n\nThe talks ended. (Editing by Bob Roe)\n\n###\n\nSOURCE Acme Inc.\n\nView source version on accesswire.com: http://intranet/story/1?\n\nContact:?\nTan Duc\njane@example.com";
    const a = parseArticle(text);
    expect(a.trailer).toEqual([]);
    expect(a.sections[0]?.paragraphs.slice(-3)).toEqual([
      "SOURCE Acme Inc.",
      "View source version on accesswire.com: http://intranet/story/1?",
      "Contact:? Tan Duc jane@example.com",
    ]);
    roundTrip(a);
  });
});

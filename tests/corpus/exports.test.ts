import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ExportFile, safeReadExportFile } from "../../src/files/index.js";
import type { Article } from "../../src/index.js";
import {
  docxReference,
  factivaReference,
  nexisHtmlReference,
  type Reference,
} from "./export-reference.js";

// The export files of the shared corpus (exports/README.md there), read in
// place, never copied. Document counts are the README's; the values checked
// per document were written by hand from reading the files.

const root = process.env.SYNDICATED_ARTICLE_CORPUS
  ? new URL(`file://${process.env.SYNDICATED_ARTICLE_CORPUS.replace(/\/?$/, "/")}`)
  : new URL("../../../shared/corpus/", import.meta.url);
const raw = (path: string) => new Uint8Array(readFileSync(new URL(`exports/${path}`, root)));

/** Each file and the number of documents its README gives. */
const COUNTS: Record<string, number> = {
  "docx/LNT_sample.DOCX": 10,
  "docx/newspapers_lexis_guardian1.docx": 2,
  "docx/newspapers_lexis_nyt1.docx": 50,
  "docx/newspapers_lexis_washington-post.docx": 50,
  "docx/newspapers_lexis_misc.docx": 100,
  "docx/tmplugin_lexisnexis_advance_test_en.docx": 2,
  "html/newspapers_factiva_nyt_1_1993-01-03.html": 27,
  "html/newspapers_factiva_german-ui.html": 100,
  "html/newspapers_factiva_chinese-ui.html": 97,
  "html/amcat_factivia_factivia.htm": 9,
  "html/amcat_factivia_SO00.htm": 100,
  "html/tmplugin_factiva_test.html": 2,
  "html/bernhardclemm_Factiva-example.html": 2,
  "html/newspapers_nexis_guardian_1986-01-01_0001.html": 262,
  "html/newspapers_nexis_afp_2013-03-12_0501.html": 74,
  "html/tmplugin_lexisnexis_test_en.html": 2,
  "html/tmplugin_lexisnexis_test_fr.html": 3,
  "html/tmplugin_lexisnexis_test_date.html": 1,
  "html/tmplugin_lexisnexis_test_extra_lines.html": 1,
  "html/tmplugin_lexisnexis_test_multipart_main_texts.html": 1,
  "html/tmplugin_lexisnexis_test_no_headings.html": 1,
  "html/tmplugin_lexisnexis_test_no_content.html": 1,
  "html/tmplugin_lexisnexis_test_copyright_error.html": 1,
  "html/tmplugin_europresse_test1.html": 3,
  "html/tmplugin_europresse_test2.html": 4,
  "html/tmplugin_proquest_sample-1.html": 1,
  "xml/tmplugin_factiva_test.xml": 3,
  "xml/tmplugin_reut21578-factiva.xml": 19,
};

const files = new Map<string, ExportFile>();
for (const path of Object.keys(COUNTS)) {
  const result = safeReadExportFile(raw(path), { fileName: path });
  if (result.success) files.set(path, result.data);
}
const article = (path: string, index: number): Article | undefined =>
  files.get(path)?.documents[index]?.data;
const paragraphs = (a: Article | undefined) => a?.sections.flatMap((s) => s.paragraphs);

describe("the export files of the corpus", () => {
  it.each(Object.entries(COUNTS))("%s yields its %i documents, each in its place", (path, n) => {
    expect(files.get(path)?.documents.map((d) => d.index)).toEqual([...Array(n).keys()]);
  });

  it("the DOCX with no article reports no-articles", () => {
    const result = safeReadExportFile(raw("docx/LNT_test.DOCX"));
    expect(result.error?.issues.map((i) => i.code)).toEqual(["no-articles"]);
  });

  it("the Nexis Uni cover page is no document", () => {
    expect(files.get("docx/newspapers_lexis_nyt1.docx")?.cover).toContain("Documents (50)");
    expect(article("docx/newspapers_lexis_nyt1.docx", 0)?.headline).toBe(
      "Canada Attacks U.S. Tariffs by Taking Case to World Trade Organization",
    );
  });
});

describe("documents read by hand", () => {
  it("Nexis Uni DOCX (LNT_sample, document 1)", () => {
    const a = article("docx/LNT_sample.DOCX", 0);
    expect(a?.headline).toBe("Lorem ipsum dolor sit amet");
    expect(a?.source).toBe("The Guardian(London)");
    expect(a?.publishedAt).toBe("2019-07-01T09:20:00.000Z");
    expect(a?.byline).toBe("Mattha Busby (now), Andrew Sparrow (earlier)");
    expect(a?.section).toBe("POLITICS; Version:28");
    expect(a?.wordCount).toBe(355);
    expect(paragraphs(a)?.[0]).toMatch(
      /^Lorem ipsum dolor sit amet, consectetur adipiscing elit\. Etiam/,
    );
  });

  it("Lexis Advance DOCX (guardian1, document 1)", () => {
    const a = article("docx/newspapers_lexis_guardian1.docx", 0);
    expect(a?.headline).toBe("Worried about immigration? Try living in a developing country");
    expect(a?.source).toBe("Guardian.com.");
    expect(a?.publishedAt).toBe("2014-05-30");
    expect(a?.byline).toBe("Jonathan Glennie, theguardian.com");
    expect(a?.wordCount).toBe(937);
    expect(a?.language).toBe("en");
    expect(paragraphs(a)?.at(-1)).toBe(
      "David Turton is senior research fellow at African studies centre and former director at Refugee Studies Centre, University of Oxford",
    );
  });

  it("Lexis Advance DOCX (misc, document 2; tm.plugin's, document 2)", () => {
    const a = article("docx/newspapers_lexis_misc.docx", 1);
    expect(a?.headline).toBe("Yukon Party elected to form majority government in Yukon election");
    expect(a?.source).toBe("The Canadian Press (CP)");
    expect(a?.publishedAt).toBe("2002-11-05");
    expect(a?.byline).toBe("JASON SMALL");
    expect(a?.section).toBe("GENERAL AND NATIONAL NEWS");
    const b = article("docx/tmplugin_lexisnexis_advance_test_en.docx", 1);
    expect(b?.headline).toBe("Article two headline");
    expect(b?.source).toBe("Irish Independent");
    expect(b?.publishedAt).toBe("2019-12-10");
    expect(b?.byline).toBe("Journalist One; Journalist Two");
    expect(b?.section).toBe("BUSINESS; Pg. 34");
  });

  it("Factiva HTML, English interface (nyt_1, document 1)", () => {
    const a = article("html/newspapers_factiva_nyt_1_1993-01-03.html", 0);
    expect(a?.headline).toBe("EUROPEAN INQUIRY SAYS SERBS' FORCES HAVE RAPED 20,000");
    expect(a?.byline).toBe("ALAN RIDING");
    expect(a?.source).toBe("The New York Times");
    expect(a?.publishedAt).toBe("1993-01-09");
    expect(a?.section).toBe("Foreign Desk; 1");
    expect(a?.wordCount).toBe(877);
    expect(paragraphs(a)?.[0]).toMatch(
      /^PARIS, Jan\. 8 -- A team of European Community investigators/,
    );
  });

  it("Factiva HTML, German and Chinese interfaces (amcat factivia 1, Clemm 2, chinese-ui 1)", () => {
    const a = article("html/amcat_factivia_factivia.htm", 0);
    expect(a?.headline).toBe("Laut Rechtsprofessoren liegt die SVP falsch");
    expect(a?.byline).toBe("Lorenz Honegger");
    expect(a?.source).toBe("Die Südostschweiz");
    expect(a?.publishedAt).toBe("2013-11-19");
    expect(a?.wordCount).toBe(475);
    const b = article("html/bernhardclemm_Factiva-example.html", 1);
    expect(b?.headline).toBe("Fragen an das Land von Dani, Rami und Uzi.");
    expect(b?.source).toBe("Süddeutsche Zeitung");
    expect(b?.publishedAt).toBe("1998-05-09");
    expect(b?.wordCount).toBe(2029);
    const c = article("html/newspapers_factiva_chinese-ui.html", 0);
    expect(c?.headline).toBe("WDR 3 Forum: Erinnerungskultur in Computerspielen");
    expect(c?.source).toBe("WDR Radio Transkripte");
    expect(c?.publishedAt?.slice(0, 10)).toBe("2018-10-07");
    expect(c?.wordCount).toBe(8165);
  });

  it("Factiva HTML, field-code view in French (tm.plugin.factiva, document 1)", () => {
    const a = article("html/tmplugin_factiva_test.html", 0);
    expect(a?.headline).toBe("Test 1");
    expect(a?.source).toBe("Test newspaper");
    expect(a?.publishedAt?.slice(0, 10)).toBe("2011-12-29");
    expect(a?.wordCount).toBe(295);
    expect(paragraphs(a)).toEqual([
      "First head paragraph, with a few non-ASCII characters: à la française.",
      "Second head paragraph.",
      "Third paragraph.",
      "Fourth and last paragraph.",
    ]);
  });

  it("Nexis UK HTML (guardian 1, afp 1, tm.plugin's English 1)", () => {
    const a = article("html/newspapers_nexis_guardian_1986-01-01_0001.html", 0);
    expect(a?.headline).toBe(
      "Eavesdroppers who heard the guilty secrets / Covert nuclear tests by the US and Britain detected",
    );
    expect(a?.source).toBe("The Guardian (London)");
    expect(a?.publishedAt).toBe("1986-01-31");
    expect(a?.byline).toBe("JEREMY LEGGET");
    expect(a?.wordCount).toBe(1269);
    const b = article("html/newspapers_nexis_afp_2013-03-12_0501.html", 0);
    expect(b?.headline).toBe("Syria opposition hails French, UK move to arm rebels");
    expect(b?.source).toBe("Agence France Presse -- English");
    expect(b?.publishedAt).toBe("2013-03-14T11:21:00.000Z");
    expect(b?.wordCount).toBe(239);
    const c = article("html/tmplugin_lexisnexis_test_en.html", 0);
    expect(c?.headline).toBe("Heading One");
    expect(c?.source).toBe("Some Newspaper");
    expect(c?.publishedAt).toBe("1991-12-19");
    expect(c?.byline).toBe("PAPER AUTHOR");
    expect(c?.section).toBe("Section 5; Part 2; Page 16; Column 2; National Desk");
    expect(paragraphs(c)).toEqual([
      "Some text.",
      "Some more text.",
      '"Quotation" said somebody. More text, a highlight and end of paper.',
    ]);
  });

  it("Europresse HTML (tm.plugin.europresse's second test, document 1)", () => {
    const a = article("html/tmplugin_europresse_test2.html", 0);
    expect(a?.headline).toBe("Title");
    expect(a?.source).toBe("Newspaper");
    expect(a?.publishedAt).toBe("2006-03-14");
    expect(a?.byline).toBe("Author");
    expect(a?.section).toBe("Communication");
    expect(a?.copyright).toBe("© 2006 Owner. Tous droits réservés.");
    expect(paragraphs(a)).toEqual(["Some text: a mark."]);
  });

  it("ProQuest HTML (tm.plugin.proquest's sample)", () => {
    const a = article("html/tmplugin_proquest_sample-1.html", 0);
    expect(a?.headline).toBe(
      "City National expands again; It acquires 1st Pacific Bank of California, a failed San Diego institution.",
    );
    expect(a?.byline).toBe("Olivarez-Giles, Nathan");
    expect(a?.source).toBe("Los Angeles Times; Los Angeles, Calif.");
    expect(a?.publishedAt).toBe("2010-05-08");
    expect(a?.section).toBe("LATExtra; Part AA; Business Desk");
    expect(a?.id).toBe("251439970");
    expect(a?.language).toBe("en");
    expect(a?.copyright).toBe("(Copyright (c) 2010 Los Angeles Times)");
    expect(a?.topics).toEqual([
      "Banking industry",
      "Deposit insurance",
      "Bank failures",
      "Bank acquisitions & mergers",
    ]);
    expect(a?.places).toEqual(["Los Angeles California"]);
    // The abstract first, then the full text, its closing rule and the reporter's address.
    expect(paragraphs(a)?.[1]).toBe(
      "Los Angeles-based City National Bank, the largest bank headquartered in Southern California, got a little bigger late Friday by acquiring a failed San Diego financial institution immediately after it was seized by federal regulators.",
    );
    expect(paragraphs(a)?.at(-1)).toBe("nathan.olivarezgiles@latimes.com");
  });

  it("Factiva XML (tm.plugin.factiva's test, document 1; Reuters-21578, document 1)", () => {
    const a = article("xml/tmplugin_factiva_test.xml", 0);
    expect(a?.headline).toBe("TEST - first test article");
    expect(a?.source).toBe("My Newspaper");
    expect(a?.publishedAt).toBe("2012-01-09");
    expect(a?.wordCount).toBe(942);
    expect(paragraphs(a)).toEqual([
      "This is the lead paragraph of the first test article.",
      "This is the body of the first test article.",
    ]);
    const b = article("xml/tmplugin_reut21578-factiva.xml", 0);
    expect(b?.headline).toBe("DIAMOND SHAMROCK (DIA) CUTS CRUDE PRICES");
    expect(b?.source).toBe("Reuters-21578");
    expect(b?.publishedAt).toBe("1987-02-26");
    expect(b?.copyright).toBe("Copyright 1987 Reuters");
  });
});

// ---- Figures: how the reader does over every document of each file. ----

const words = (texts: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const t of texts)
    for (const w of t.match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
};
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/** Body words of the Article: its paragraphs and headings, and the dateline cut from the first. */
const bodyTexts = (a: Article) => [
  ...(a.dateline ? [a.dateline.text] : []),
  ...a.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs]),
];

/** A body paragraph that is a line of the export's metadata. */
const METADATA =
  /^(?:(?:BYLINE|LENGTH|SECTION|LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|Byline|Length|Section|Load-Date|Language):|Copyright \d{4}|End of Document$|Document [A-Za-z0-9]{20,}$|\d[\d,.]* (?:words|Wörter|字)$|(?:HD|PD|SN|SC|LA|CY|AN|WC)$)/;

const REFERENCES: Record<string, (path: string) => Reference[]> = {
  docx: (path) => docxReference(raw(path)),
  html: (path) => {
    const html = new TextDecoder("latin1").decode(raw(path));
    return html.includes("<DOC NUMBER=")
      ? nexisHtmlReference(html)
      : factivaReference(new TextDecoder().decode(raw(path)));
  },
};

interface Figures {
  path: string;
  expected: number;
  found: number;
  headline: number;
  source: number;
  date: number;
  byline: [number, number];
  recall: number | null;
  precision: number | null;
  metadata: number;
}

function figures(path: string): Figures {
  const docs = files.get(path)?.documents ?? [];
  const articles = docs.map((d) => d.data);
  const share = (f: (a: Article) => unknown) =>
    articles.filter((a) => a && f(a)).length / Math.max(1, docs.length);
  const kind = path.split("/")[0] as string;
  const reference =
    REFERENCES[kind] && !path.includes("tmplugin_factiva_test") ? REFERENCES[kind](path) : null;
  let matched = 0;
  let wanted = 0;
  let got = 0;
  let bylines = 0;
  let stated = 0;
  if (reference && reference.length === docs.length) {
    reference.forEach((ref, i) => {
      const a = articles[i];
      const want = words(ref.body);
      const have = words(a ? bodyTexts(a) : []);
      wanted += total(want);
      got += total(have);
      for (const [w, n] of want) matched += Math.min(n, have.get(w) ?? 0);
      if (ref.byline) {
        stated++;
        if (a?.byline) bylines++;
      }
    });
  }
  return {
    path,
    expected: COUNTS[path] as number,
    found: docs.length,
    headline: share((a) => a.headline),
    source: share((a) => a.source),
    date: share((a) => a.publishedAt),
    byline: [bylines, stated],
    recall: wanted > 0 ? matched / wanted : null,
    precision: got > 0 && wanted > 0 ? matched / got : null,
    metadata: articles.filter((a) => a && bodyTexts(a).some((p) => METADATA.test(p))).length,
  };
}

describe("figures over every document", () => {
  const rows = Object.keys(COUNTS).map(figures);
  const pct = (x: number | null) => (x === null ? "–" : `${(100 * x).toFixed(1)}`);

  it("are reported", () => {
    const lines = rows.map((r) =>
      [
        r.path.replace(/^\w+\//, ""),
        `${r.found}/${r.expected}`,
        pct(r.headline),
        pct(r.source),
        pct(r.date),
        r.byline[1] ? `${r.byline[0]}/${r.byline[1]}` : "–",
        pct(r.recall),
        pct(r.precision),
        String(r.metadata),
      ].join(" | "),
    );
    process.stdout.write(
      `file | docs | headline % | source % | date % | byline | body recall % | body precision % | metadata in body\n${lines.join("\n")}\n`,
    );
    expect(rows.length).toBe(Object.keys(COUNTS).length);
  });

  it("give every document of the big files a headline and a source", () => {
    for (const r of rows.filter((r) => r.expected >= 9)) {
      expect(r.headline, r.path).toBe(1);
      expect(r.source, r.path).toBe(1);
    }
  });

  it("lose no body word of the DOCX and Factiva exports, and add none", () => {
    for (const r of rows.filter((r) => r.recall !== null && !r.path.includes("nexis_"))) {
      expect(r.recall, r.path).toBeGreaterThanOrEqual(0.98);
      expect(r.precision, r.path).toBeGreaterThanOrEqual(0.98);
    }
  });
});

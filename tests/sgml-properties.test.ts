import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Article, formatArticle, parseArticle } from "../src/index.js";
import "./support/seed.js";

// Generated records of each markup layout with known answers: each reads back
// its values, and formatArticle writes it so that it reads back the same.

const escapeText = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;");
const strip = ({ spans: _, ...rest }: Article) => rest;

/** Words with the characters markup must escape; none is a wire credit or a dateline. */
const word = fc.stringMatching(/^[A-Za-z0-9&<>'.,;#]{1,12}$/).filter((w) => !/^reuters?/i.test(w));
const sentence = (max: number) =>
  fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(" "));
const hanzi = fc
  .array(fc.constantFrom(..."新华社记者北京上海报道市场经济发展会议表示今年城市"), {
    minLength: 2,
    maxLength: 30,
  })
  .map((c) => `${c.join("")}。`);

function roundTrips(a: Article): void {
  const written = formatArticle(a);
  expect(strip(parseArticle(written))).toEqual(strip(a));
}

describe("generated markup records", () => {
  it("Reuters-21578: headline, topics, id and hard-wrapped paragraphs; written back", () => {
    fc.assert(
      fc.property(
        sentence(8),
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z-]{0,10}$/), { maxLength: 4 }),
        fc.array(sentence(20), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 21578 }),
        (title, topics, paragraphs, id) => {
          const body = paragraphs
            .map((p) => `    ${escapeText(p).replace(/((?:\S+ ){5}\S+) /g, "$1\n")}`)
            .join("\n");
          const a = parseArticle(
            `<REUTERS NEWID="${id}">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TOPICS>${topics.map((t) => `<D>${t}</D>`).join("")}</TOPICS>\n<TEXT>&#2;\n<TITLE>${escapeText(title)}</TITLE>\n<BODY>${body}\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>`,
          );
          expect(a.dialect).toBe("reuters-sgml");
          expect(a.headline).toBe(title);
          expect(a.topics).toEqual(topics);
          expect(a.id).toBe(String(id));
          expect(a.sections.flatMap((s) => s.paragraphs)).toEqual(paragraphs);
          expect(a.notes).toEqual([{ kind: "credit", text: "Reuter" }]);
          roundTrips(a);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("TREC: id, headline, dateline and <P> paragraphs; written back", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z]{2,3}[0-9]{6}-[0-9]{4}$/),
        sentence(8),
        fc.constantFrom("WASHINGTON", "NEW YORK", "LONDON"),
        fc.array(sentence(20), { minLength: 1, maxLength: 5 }),
        (docno, headline, place, paragraphs) => {
          const ps = paragraphs.map((p) => `<P>\n${escapeText(p)}\n</P>`).join("\n");
          const a = parseArticle(
            `<DOC>\n<DOCNO> ${docno} </DOCNO>\n<HEADLINE>${escapeText(headline)}</HEADLINE>\n<DATELINE>${place}</DATELINE>\n<TEXT>\n${ps}\n</TEXT>\n</DOC>`,
          );
          expect(a.dialect).toBe("trec-sgml");
          expect(a.id).toBe(docno);
          expect(a.headline).toBe(headline);
          expect(a.dateline?.place).toBe(place);
          expect(a.sections.flatMap((s) => s.paragraphs)).toEqual(paragraphs);
          roundTrips(a);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("SogouCS: url, docno, title and content paragraphs; written back", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9a-f]{16}$/),
        hanzi,
        fc.array(hanzi, { minLength: 0, maxLength: 4 }),
        (docno, title, paragraphs) => {
          const a = parseArticle(
            `<doc>\n<url>http://news.sohu.com/${docno}.shtml</url>\n<docno>${docno}</docno>\n<contenttitle>${title}</contenttitle>\n<content>${paragraphs.join("\u3000\u3000")}</content>\n</doc>`,
          );
          expect(a.dialect).toBe("sogou-xml");
          expect(a.id).toBe(docno);
          expect(a.originalUrl).toBe(`http://news.sohu.com/${docno}.shtml`);
          expect(a.headline).toBe(title);
          const body = [a.dateline?.text ?? "", ...a.sections.flatMap((s) => s.paragraphs)].join(
            "",
          );
          expect(body.replace(/\s/g, "")).toBe(paragraphs.join(""));
          roundTrips(a);
        },
      ),
      { numRuns: 60 },
    );
  });
});

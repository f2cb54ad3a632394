import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { corpusRoot } from "../../scripts/corpus.mjs";
import {
  type Article,
  formatArticle,
  safeParseArticle,
  safeParseArticles,
  splitFeed,
} from "../../src/index.js";
import { markupIn, valuesOf } from "../support/markup.js";

// The markup record files of ../shared/corpus/datasets (README there): the
// Reuters-21578 SGML sample and the SogouCS sample, read in place. The ground
// truth is the layout the README states, read here from the raw records with
// regular expressions and no parser code; a few records are checked against
// values written by hand from reading the files.

const root = join(corpusRoot(), "datasets");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const reuters = read("reuters21578/reut2-000-part1.sgm");
const sogou = read("sogoucs/news_sohusite_xml.smarty-part1.dat");

const REUTERS_TAGS = ["REUTERS", "DATE", "TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES"];
const MORE_TAGS = [
  "COMPANIES",
  "UNKNOWN",
  "MKNOTE",
  "TEXT",
  "TITLE",
  "AUTHOR",
  "DATELINE",
  "BODY",
  "D",
];
const SOGOU_TAGS = ["doc", "url", "docno", "contenttitle", "content"];

/** The test's own reading of references: the few forms these files hold. */
const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n: string) =>
      Number(n) < 32 || Number(n) === 127 ? "" : String.fromCharCode(Number(n)),
    )
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
// ASCII white space only: the ideographic space of Chinese titles and leads is text.
const squash = (s: string) => s.replace(/[ \t\r\n]+/g, " ").trim();
const element = (record: string, tag: string) =>
  new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(record)?.[1] ?? null;

/** Words of a text, as the other corpus suites count them. */
const words = (texts: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const t of texts)
    for (const w of t.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
};

/** Words of `texts` the Article holds fewer times than they stand there. */
function missing(texts: readonly string[], a: Article): string[] {
  const got = words(valuesOf(a));
  const lost: string[] = [];
  for (const [w, n] of words(texts)) if ((got.get(w) ?? 0) < n) lost.push(w);
  return lost;
}

const rows: string[] = [];
afterAll(() => {
  console.log(
    [
      "| file | records | headline | date | body paragraphs exact | words kept | format round trip |",
      "|---|---|---|---|---|---|---|",
      ...rows,
    ].join("\n"),
  );
});

/** Records whose Article `formatArticle` writes so that it reads back the same, spans aside. */
function roundTrips(articles: readonly (Article | null)[]): number {
  const strip = ({ spans: _, ...rest }: Article) => JSON.stringify(rest);
  return articles.filter((a) => {
    if (a === null) return false;
    const back = safeParseArticle(formatArticle(a));
    return back.success && strip(back.data) === strip(a);
  }).length;
}

const pct = (n: number, of: number) => (of === 0 ? "—" : `${((100 * n) / of).toFixed(1)} %`);

describe("Reuters-21578 SGML records", () => {
  const records = reuters.split(/(?=<REUTERS )/).filter((r) => r.startsWith("<REUTERS "));
  const results = safeParseArticles(reuters);
  const articles = results.map((r) => (r.success ? r.data : null));
  const byId = (id: string) => articles.find((a) => a?.id === id) ?? null;

  it("splits into its 500 records, the DOCTYPE line skipped, every one an Article", () => {
    expect(records).toHaveLength(500);
    const found = splitFeed(reuters);
    expect(found.articles).toHaveLength(500);
    expect(found.skipped.map((s) => s.reason)).toEqual(["prologue"]);
    expect(results.every((r) => r.success)).toBe(true);
    expect(articles.every((a) => a?.dialect === "reuters-sgml")).toBe(true);
  });

  it("reads the records checked by hand", () => {
    const first = byId("1");
    expect(first?.headline).toBe("BAHIA COCOA REVIEW");
    expect(first?.publishedAt).toBe("1987-02-26T15:01:01");
    expect(first?.dateline?.place).toBe("SALVADOR");
    expect(first?.topics).toEqual(["cocoa"]);
    expect(first?.places).toEqual(["el-salvador", "usa", "uruguay"]);
    expect(
      first?.sections[0]?.paragraphs[0]?.startsWith(
        "Showers continued throughout the week in the Bahia cocoa zone, alleviating",
      ),
    ).toBe(true);
    expect(first?.sections[0]?.paragraphs.at(-1)).toBe(
      "Final figures for the period to February 28 are expected to be published by the Brazilian Cocoa Trade Commission after carnival which ends midday on February 27.",
    );
    expect(first?.notes).toEqual([{ kind: "credit", text: "Reuter" }]);

    const oil = byId("2");
    expect(oil?.headline).toBe("STANDARD OIL <SRD> TO FORM FINANCIAL UNIT");
    expect(oil?.dateline?.place).toBe("CLEVELAND");
    expect(oil?.topics).toEqual([]);
    expect(oil?.places).toEqual(["usa"]);
    expect(oil?.sections[0]?.paragraphs[1]).toBe(
      "BP North America is a subsidiary of British Petroleum Co Plc <BP>, which also owns a 55 pct interest in Standard Oil.",
    );
    expect(oil?.sections[0]?.paragraphs.at(-1)).toBe(
      "The venture will be called BP/Standard Financial Trading and will be operated by Standard Oil under the oversight of a joint management committee.",
    );

    const talking = byId("4");
    expect(talking?.headline).toBe("TALKING POINT/BANKAMERICA <BAC> EQUITY OFFER");
    expect(talking?.byline).toBe("Janie Gabbett, Reuters");
    expect(talking?.dateline?.place).toBe("LOS ANGELES");
    expect(talking?.places).toEqual(["usa", "brazil"]);
    expect(talking?.sections[0]?.paragraphs[0]).toBe(
      "BankAmerica Corp is not under pressure to act quickly on its proposed equity offering and would do well to delay it because of the stock's recent poor performance, banking analysts said.",
    );

    const terminal = byId("10");
    expect(terminal?.headline).toBe("COMPUTER TERMINAL SYSTEMS <CPML> COMPLETES SALE");
    expect(terminal?.dateline?.place).toBe("COMMACK, N.Y.");
    expect(terminal?.topics).toEqual(["acq"]);
    expect(terminal?.sections[0]?.paragraphs.at(-1)).toBe(
      "Computer Terminal makes computer generated labels, forms, tags and ticket printers and terminals.",
    );
    expect(terminal?.trailer).toContainEqual({ key: null, label: "OLDID", value: "5553" });

    const brief = byId("30");
    expect(brief?.headline).toBe(
      "ASSETS OF MONEY MARKET MUTUAL FUNDS ROSE 720.4 MLN DLRS IN LATEST WEEK",
    );
    expect(brief?.topics).toEqual(["money-supply"]);
    expect(brief?.places).toEqual([]);
    expect(brief?.sections.flatMap((s) => s.paragraphs)).toEqual([]);

    const report = byId("99");
    expect(report?.headline).toBeNull();
    expect(report?.topics).toEqual(["money-supply"]);
    expect(report?.sections[0]?.paragraphs[0]).toBe("FEDERAL RESERVE WEEKLY REPORT 1 - FEB 26");
    expect(report?.notes.at(-1)).toEqual({ kind: "credit", text: "Reuter" });

    const feed = byId("327");
    expect(feed?.publishedAt).toBe("1987-03-02T06:41:42");
    expect(feed?.dateline?.place).toBe("ROTTERDAM");
    expect(feed?.topics).toHaveLength(10);
    expect(feed?.topics.at(-1)).toBe("rape-meal");
    expect(feed?.places).toEqual(["netherlands"]);
    expect(feed?.notes).toEqual([{ kind: "credit", text: "REUTER" }]);

    const last = byId("500");
    expect(last?.headline).toBe("FAA FINES DELTA <DAL> 140,400 DLRS ON SAFETY");
    expect(last?.dateline?.place).toBe("WASHINGTON");
    expect(last?.sections[0]?.paragraphs.at(-1)).toBe(
      "As a result of the inspections, Eastern Air Lines was fined a record 9.5 mln dlrs, American Airlines was penalized 1.5 mln dlrs and Pan American World Airways 1.95 million dlrs.",
    );
  });

  it("holds every value of the layout in its field, no markup in any, and loses no word", () => {
    let headlines = 0;
    let dates = 0;
    let bodies = 0;
    let bodiesExact = 0;
    let wordsIn = 0;
    let wordsLost = 0;
    records.forEach((record, i) => {
      const a = articles[i] as Article;
      const title = element(record, "TITLE");
      if ((title === null ? null : squash(decode(title))) === a.headline) headlines++;
      const date = /<DATE>\s*(\d+)-([A-Z]{3})-(\d{4}) (\d\d:\d\d:\d\d)/.exec(record);
      const month = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC".indexOf(date?.[2] ?? "?") / 3 + 1;
      const iso = date
        ? `${date[3]}-${String(month).padStart(2, "0")}-${date[1]?.padStart(2, "0")}T${date[4]}`
        : null;
      if (a.publishedAt === iso) dates++;
      expect(a.id).toBe(/NEWID="(\d+)"/.exec(record)?.[1]);
      const topics = element(record, "TOPICS") ?? "";
      expect(a.topics).toEqual([...topics.matchAll(/<D>(.*?)<\/D>/g)].map((m) => m[1]));
      const places = element(record, "PLACES") ?? "";
      expect(a.places).toEqual([...places.matchAll(/<D>(.*?)<\/D>/g)].map((m) => m[1]));
      const dateline = element(record, "DATELINE");
      expect(a.dateline?.text ?? null).toBe(dateline === null ? null : squash(decode(dateline)));
      const body = element(record, "BODY");
      if (body !== null) {
        bodies++;
        // The layout's paragraphs: a new one on each indented line; the closing `Reuter` no paragraph.
        const want = decode(body)
          .split(/\n(?=[ \t])|\n\s*\n/)
          .map(squash)
          .filter((p) => p.length > 0 && !/^reuters?\.*$|^reute$/i.test(p));
        if (JSON.stringify(a.sections.flatMap((s) => s.paragraphs)) === JSON.stringify(want))
          bodiesExact++;
      }
      for (const value of valuesOf(a))
        expect(
          markupIn(value, [...REUTERS_TAGS, ...MORE_TAGS]),
          `NEWID ${a.id}: ${value}`,
        ).toBeNull();
      // Every word of the record's text, its tags taken out; the by-word of a byline is a label.
      const text = decode(record.replace(/<[^>]*>/g, " ")).replace(/^\s*by\b/im, "");
      const author = element(record, "AUTHOR");
      const texts = [author ? text.replace(/\bby\b/, "") : text];
      wordsIn += [...words(texts).values()].reduce((x, y) => x + y, 0);
      const lost = missing(texts, a);
      wordsLost += lost.length;
      expect(lost, `NEWID ${a.id}`).toEqual([]);
    });
    rows.push(
      `| reut2-000-part1.sgm | ${records.length} | ${pct(headlines, records.length)} | ${pct(dates, records.length)} | ${pct(bodiesExact, bodies)} of ${bodies} | ${pct(wordsIn - wordsLost, wordsIn)} | ${pct(roundTrips(articles), records.length)} |`,
    );
    expect(headlines).toBe(records.length);
    expect(dates).toBe(records.length);
    // A brief's placeholder notes are no part of a record written back: the shared layout writes it.
    const briefs = records.filter((r) => r.includes('TYPE="BRIEF"')).length;
    expect(roundTrips(articles)).toBe(records.length - briefs);
    expect(bodiesExact / bodies).toBeGreaterThanOrEqual(0.9);
  });
});

describe("SogouCS records", () => {
  const records = sogou.split(/(?=<doc>)/).filter((r) => r.startsWith("<doc>"));
  const results = safeParseArticles(sogou);
  const articles = results.map((r) => (r.success ? r.data : null));

  it("splits into its 100 records, every one an Article", () => {
    expect(records).toHaveLength(100);
    expect(splitFeed(sogou).articles).toHaveLength(100);
    expect(results.every((r) => r.success)).toBe(true);
    expect(articles.every((a) => a?.dialect === "sogou-xml")).toBe(true);
  });

  it("reads the records checked by hand", () => {
    const [first, second] = articles;
    expect(first?.headline).toBe("深圳地铁将设立ＶＩＰ头等车厢　买双倍票可享坐票");
    expect(first?.originalUrl).toBe("http://gongyi.sohu.com/20120706/n347457739.shtml");
    expect(first?.id).toBe("98590b972ad2f0ea-34913306c0bb3300");
    // The newspaper lead opens the content: a dateline and byline, or the first paragraph.
    const body = first?.sections.flatMap((s) => s.paragraphs) ?? [];
    const lead = `${first?.dateline?.text ?? ""}${body[0]}`.replace(/\s/g, "");
    expect(
      lead.startsWith("南都讯记者刘凡周昌和任笑一继推出日票后，深圳今后将设地铁ＶＩＰ头等车厢"),
    ).toBe(true);
    expect(body.at(-1)?.endsWith("自己每天上下班都要坐地铁，出双倍车资买坐票费用有点高。")).toBe(
      true,
    );
    expect(second?.headline).toBe("爸爸为女儿百万建幼儿园　消防设施３年仍不过关");
    expect(second?.id).toBe("5fa7926d2cd2f0ea-34913306c0bb3300");
    expect(second?.sections.flatMap((s) => s.paragraphs)).toEqual([]);
    expect(results[1]?.success && results[1].warnings.map((w) => w.code)).toEqual(["no-body"]);
    const last = articles.at(-1);
    expect(last?.headline).toBe("志愿者经历打开升学之门");
    expect(last?.originalUrl).toBe("http://gongyi.sohu.com/s2009/zhiyuanzhe/");
    expect(last?.sections.at(-1)?.paragraphs.at(-1)?.endsWith("成为一种“利益的交换”？")).toBe(true);
  });

  it("holds every value in its field, no markup in any, and loses no word", () => {
    let headlines = 0;
    let bodies = 0;
    let bodiesExact = 0;
    let wordsIn = 0;
    let wordsLost = 0;
    records.forEach((record, i) => {
      const a = articles[i] as Article;
      if (squash(decode(element(record, "contenttitle") ?? "")) === a.headline) headlines++;
      expect(a.originalUrl).toBe(element(record, "url"));
      expect(a.id).toBe(element(record, "docno"));
      const content = squash(decode(element(record, "content") ?? ""));
      if (content.length > 0) {
        bodies++;
        // One line, no run of ideographic spaces in this sample: one paragraph, or a lead cut off it.
        const body = [a.dateline?.text ?? "", ...a.sections.flatMap((s) => s.paragraphs)].join("");
        if (body.replace(/\s/g, "") === content.replace(/\s/g, "")) bodiesExact++;
      }
      for (const value of valuesOf(a)) expect(markupIn(value, SOGOU_TAGS)).toBeNull();
      const texts = [decode(record.replace(/<[^>]*>/g, " "))];
      wordsIn += [...words(texts).values()].reduce((x, y) => x + y, 0);
      const lost = missing(texts, a);
      wordsLost += lost.length;
      expect(lost, `record ${i + 1}`).toEqual([]);
    });
    rows.push(
      `| news_sohusite_xml.smarty-part1.dat | ${records.length} | ${pct(headlines, records.length)} | — | ${pct(bodiesExact, bodies)} of ${bodies} | ${pct(wordsIn - wordsLost, wordsIn)} | ${pct(roundTrips(articles), records.length)} |`,
    );
    expect(headlines).toBe(records.length);
    expect(bodiesExact).toBe(bodies);
    expect(roundTrips(articles)).toBe(records.length);
  });
});

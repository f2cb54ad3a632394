import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Article, formatArticle, parseArticle } from "../src/index.js";
import { propertyRuns } from "./support/seed.js";

// Generated press releases and copied web pages with known answers, round trip included.
// The run's seed (tests/support/seed.ts) is printed with a counterexample; SEED sets it.
propertyRuns(300);

const word = fc.constantFrom("plant", "sales", "growth", "market", "team", "widget", "order");
const sentence = fc
  .tuple(fc.constantFrom("The", "Its", "Our", "A"), fc.array(word, { minLength: 2, maxLength: 7 }))
  .map(([first, rest]) => `${first} ${rest.join(" ")}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(" "));
const paragraphs = fc.array(paragraph, { minLength: 1, maxLength: 4 });
const titleWord = fc.constantFrom(
  "Acme",
  "Opens",
  "Plant",
  "Reports",
  "Record",
  "Results",
  "Global",
);
const headline = fc.array(titleWord, { minLength: 2, maxLength: 6 }).map((w) => w.join(" "));
const company = fc.constantFrom("Acme Corp", "Beta Inc.", "Gamma Holdings");

// Month words the date reader knows, with their numbers.
const SHORT: [string, number][] = [
  ["Jan.", 1],
  ["Feb.", 2],
  ["Aug.", 8],
  ["Oct.", 10],
  ["Dec.", 12],
];
const LONG: [string, number][] = [
  ["March", 3],
  ["May", 5],
  ["June", 6],
  ["July", 7],
  ["November", 11],
];
const pad = (n: number) => String(n).padStart(2, "0");

const release = fc.record({
  headline,
  subtitle: fc.option(
    fc.array(word, { minLength: 3, maxLength: 6 }).map((w) => `Company says ${w.join(" ")}`),
    { nil: null },
  ),
  form: fc.constantFrom("prn", "gnw", "bw", "aw"),
  place: fc.constantFrom("NEW YORK", "CUPERTINO, Calif.", "TORONTO", "LONDON"),
  month: fc.constantFrom(...SHORT, ...LONG),
  day: fc.integer({ min: 1, max: 28 }),
  year: fc.integer({ min: 2000, max: 2030 }),
  paragraphs,
  about: fc.option(fc.tuple(company, paragraph), { nil: null }),
  contact: fc.option(
    fc.tuple(
      fc.constantFrom("Media Contact", "Contacts", "Investor Relations"),
      fc.subarray(["Jane Doe", "jane@acme.com", "+1 212 555 0100"], { minLength: 1 }),
    ),
    { nil: null },
  ),
  source: fc.option(company, { nil: null }),
  url: fc.option(fc.constantFrom("https://www.prnewswire.com/news-releases/x-301.html"), {
    nil: null,
  }),
  end: fc.boolean(),
});
type Release = typeof release extends fc.Arbitrary<infer T> ? T : never;

const WIRES = { prn: "PRNewswire", gnw: "GLOBE NEWSWIRE", bw: "BUSINESS WIRE", aw: "ACCESSWIRE" };

function dateline(r: Release): { text: string; date: string | null } {
  const [name, month] = r.month;
  const date = `${name} ${r.day}, ${r.year}`;
  if (r.form === "prn") return { text: `${r.place}, ${date} /PRNewswire/ -- `, date };
  if (r.form === "gnw") return { text: `${r.place}, ${date} (GLOBE NEWSWIRE) -- `, date };
  if (r.form === "aw") return { text: `${r.place} / ACCESSWIRE / ${date} / `, date };
  void month;
  return { text: `${r.place}--(BUSINESS WIRE)--`, date: null };
}

function render(r: Release): string {
  const { text } = dateline(r);
  const blocks = [r.subtitle ? `${r.headline}\n${r.subtitle}` : r.headline];
  blocks.push(`${text}${r.paragraphs[0]}`, ...r.paragraphs.slice(1));
  if (r.about) blocks.push(`About ${r.about[0]}\n${r.about[1]}`);
  if (r.contact) blocks.push([`${r.contact[0]}:`, ...r.contact[1]].join("\n"));
  if (r.source) blocks.push(`SOURCE ${r.source}`);
  if (r.url) blocks.push(`View original content: ${r.url}`);
  if (r.end) blocks.push("###");
  return blocks.join("\n\n");
}

function expected(r: Release): Omit<Article, "spans"> {
  const d = dateline(r);
  const iso = d.date === null ? null : `${r.year}-${pad(r.month[1])}-${pad(r.day)}`;
  const trailer: Article["trailer"] = [];
  for (const line of r.contact?.[1] ?? [])
    trailer.push({ key: "contact", label: r.contact?.[0] ?? "", value: line });
  if (r.source) trailer.push({ key: "source", label: "SOURCE", value: r.source });
  if (r.url) trailer.push({ key: "originalUrl", label: "View original content", value: r.url });
  return {
    headline: r.headline,
    slug: null,
    standfirst: null,
    highlights: [],
    byline: null,
    bylineRole: null,
    dateline: { text: d.text, place: r.place, agency: WIRES[r.form as keyof typeof WIRES] },
    publishedAt: iso,
    publishedAtText: d.date,
    sections: [
      { heading: r.subtitle, paragraphs: r.paragraphs },
      ...(r.about ? [{ heading: `About ${r.about[0]}`, paragraphs: [r.about[1]] }] : []),
    ],
    notes: r.end ? [{ kind: "boilerplate", text: "###" }] : [],
    source: r.source ?? WIRES[r.form as keyof typeof WIRES],
    originalUrl: r.url,
    disclaimer: null,
    section: null,
    wordCount: null,
    copyright: null,
    id: null,
    language: null,
    topics: [],
    places: [],
    keywords: [],
    category: null,
    trailer,
    dialect: "press-release",
  };
}

const withoutSpans = ({ spans: _, ...rest }: Article) => rest;
const withoutLayout = ({ spans: _, dialect: __, ...rest }: Article) => rest;

describe("generated press releases", () => {
  it("give headline, subtitle, dateline, date, About, contacts, source and link", () => {
    fc.assert(
      fc.property(release, (r) => {
        const a = parseArticle(render(r));
        expect(withoutSpans(a)).toEqual(expected(r));
        expect(withoutLayout(parseArticle(formatArticle(a)))).toEqual(withoutLayout(a));
      }),
    );
  });
});

const MONTHS = ["January", "April", "September", "December"];
const PAGE_LINES: [string, "boilerplate" | "caption"][] = [
  ["Advertisement", "boilerplate"],
  ["Share on Facebook", "boilerplate"],
  ["Read more: Markets rise on hopes", "boilerplate"],
  ["Related: Why the deal matters", "boilerplate"],
  ["Photo: Reuters", "caption"],
  ["Image caption: The plant in Ohio", "caption"],
];

const web = fc.record({
  skip: fc.boolean(),
  headline,
  share: fc.boolean(),
  byline: fc.option(
    fc.tuple(
      fc.constantFrom("Jane Doe", "John Roe"),
      fc.option(fc.constantFrom("Political Correspondent", "Business Editor", "Staff Writer"), {
        nil: null,
      }),
    ),
    { nil: null },
  ),
  published: fc.option(
    fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 0, max: MONTHS.length - 1 }),
      year: fc.integer({ min: 2000, max: 2030 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    }),
    { nil: null },
  ),
  body: fc.array(fc.tuple(paragraph, fc.option(fc.constantFrom(...PAGE_LINES), { nil: null })), {
    minLength: 1,
    maxLength: 5,
  }),
  signUp: fc.boolean(),
  blank: fc.boolean(),
});

describe("generated web pages", () => {
  it("keep page lines as notes, never in the headline or body, and come back the same", () => {
    fc.assert(
      fc.property(web, (w) => {
        const lines: string[] = [];
        const notes: Article["notes"] = [];
        if (w.skip) {
          lines.push("Skip to main content");
          notes.push({ kind: "boilerplate", text: "Skip to main content" });
        }
        lines.push(w.headline);
        if (w.share) {
          lines.push("Share this article");
          notes.push({ kind: "boilerplate", text: "Share this article" });
        }
        if (w.byline) lines.push(`By ${w.byline[0]}${w.byline[1] ? `, ${w.byline[1]}` : ""}`);
        const p = w.published;
        const stated =
          p && `${p.day} ${MONTHS[p.month]} ${p.year}, ${pad(p.hour)}:${pad(p.minute)} GMT`;
        if (stated) lines.push(`Published ${stated}`);
        for (const [text, line] of w.body) {
          lines.push(text);
          if (line) {
            lines.push(line[0]);
            notes.push({ kind: line[1], text: line[0] });
          }
        }
        if (w.signUp) {
          lines.push("Sign up for our newsletter");
          notes.push({ kind: "boilerplate", text: "Sign up for our newsletter" });
        }
        const a = parseArticle(lines.join(w.blank ? "\n\n" : "\n"));
        const month = [1, 4, 9, 12][p?.month ?? 0] as number;
        expect({
          headline: a.headline,
          byline: a.byline,
          bylineRole: a.bylineRole,
          publishedAt: a.publishedAt,
          paragraphs: a.sections.flatMap((s) => s.paragraphs),
          headings: a.sections.flatMap((s) => (s.heading === null ? [] : [s.heading])),
          notes: a.notes,
        }).toEqual({
          headline: w.headline,
          byline: w.byline?.[0] ?? null,
          bylineRole: w.byline?.[1] ?? null,
          publishedAt:
            p && `${p.year}-${pad(month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:00.000Z`,
          paragraphs: w.body.map(([text]) => text),
          headings: [],
          notes,
        });
        expect(withoutLayout(parseArticle(formatArticle(a)))).toEqual(withoutLayout(a));
      }),
    );
  });
});

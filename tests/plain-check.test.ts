import { describe, expect, it } from "vitest";
import text from "../fixtures/seed-article.txt?raw";
import { articleSchema, parseArticle } from "../src/index.js";
import { plainCheckOf } from "../src/schema/plain-check.js";

// The hand check of the schema's plain structure may only say "valid" where
// zod says so too: each broken Article must fail the check or pass zod.
describe("the plain check of the Article schema", () => {
  const check = plainCheckOf(articleSchema);
  const article = parseArticle(text);
  const copy = () => structuredClone(article) as Record<string, unknown> & typeof article;

  it("passes the Articles the parser builds", () => {
    expect(check(article)).toBe(true);
    expect(check(parseArticle("Title\n\nBody. (Reporting by X)\n\nSource: x"))).toBe(true);
    // Headlines of one character, one unit or two: zod counts the code points.
    expect(check({ ...article, headline: "A" })).toBe(true);
    expect(check({ ...article, headline: "😀" })).toBe(true);
  });

  const broken: [string, (a: ReturnType<typeof copy>) => void][] = [
    ["an empty headline", (a) => Object.assign(a, { headline: "" })],
    ["a number as headline", (a) => Object.assign(a, { headline: 3 })],
    ["a missing field", (a) => delete (a as Partial<typeof a>).byline],
    ["a paragraph that is no string", (a) => a.sections[0]?.paragraphs.push(7 as never)],
    ["sections as an object", (a) => Object.assign(a, { sections: {} })],
    ["an unknown note kind", (a) => a.notes.push({ kind: "other" as never, text: "x" })],
    [
      "an unknown trailer key",
      (a) => a.trailer.push({ key: "nope" as never, label: "", value: "" }),
    ],
    ["an unknown dialect", (a) => Object.assign(a, { dialect: "nope" })],
    ["a NaN span", (a) => Object.assign(a.spans, { headline: { start: Number.NaN, end: 1 } })],
    ["an infinite span", (a) => Object.assign(a.spans, { headline: { start: 0, end: 1 / 0 } })],
    ["a span as an array", (a) => Object.assign(a.spans, { headline: [0, 1] })],
    ["a bad link", (a) => Object.assign(a, { originalUrl: "ftp://example.com/" })],
    ["a bad date", (a) => Object.assign(a, { publishedAt: "2024-02-30" })],
    ["a negative word count", (a) => Object.assign(a, { wordCount: -1 })],
    ["a fractional word count", (a) => Object.assign(a, { wordCount: 1.5 })],
    ["spans missing", (a) => Object.assign(a, { spans: null })],
    ["an extra key", (a) => Object.assign(a, { extra: 1 })],
  ];
  for (const [name, breakIt] of broken) {
    it(`agrees with zod on ${name}`, () => {
      const value = copy();
      breakIt(value);
      const zod = articleSchema.safeParse(value).success;
      if (check(value)) expect(zod).toBe(true);
      else if (name !== "an extra key") expect(zod).toBe(false);
    });
  }
});

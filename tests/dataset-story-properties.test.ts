import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatArticle, safeParseArticle } from "../src/index.js";
import { propertyRuns } from "./support/seed.js";

// Generated story files of the CNN/DailyMail and XSum datasets, with the
// answers known from how they were built: each paragraph, highlight, URL and
// introduction where the format puts it, and the Article written back by
// formatArticle reads as the same Article. The run's seed (tests/support/seed.ts)
// is printed with a counterexample.
propertyRuns(300);

const WORDS =
  "talks resumed monday officials said market shares plant group board would rose".split(" ");
const word = fc.constantFrom(...WORDS);
const sentence = fc
  .tuple(
    fc.constantFrom("The", "Officials", "Analysts", "Shares", "Police"),
    fc.array(word, { minLength: 20, maxLength: 30 }),
    fc.constantFrom(".", "!", "?"),
  )
  .map(([first, rest, end]) => `${first} ${rest.join(" ")}${end}`);
const shortSentence = fc
  .tuple(
    fc.constantFrom("The", "Officials", "Shares"),
    fc.array(word, { minLength: 3, maxLength: 12 }),
  )
  .map(([first, rest]) => `${first} ${rest.join(" ")}.`);
const bullet = fc
  .tuple(
    fc.constantFrom("Talks", "Shares", "Police"),
    fc.array(word, { minLength: 2, maxLength: 8 }),
  )
  .map(([first, rest]) => `${first} ${rest.join(" ")}`);

describe("generated CNN/DailyMail stories", () => {
  it("give their paragraphs and highlights, no title, and read back", () => {
    fc.assert(
      fc.property(
        sentence,
        fc.array(shortSentence, { minLength: 1, maxLength: 6 }),
        fc.array(bullet, { minLength: 1, maxLength: 4 }),
        fc.constantFrom("", "(CNN) -- ", "WASHINGTON (CNN) -- "),
        fc.constantFrom("\n\n", "\n"),
        (first, rest, highlights, dateline, gap) => {
          const text = [
            `${dateline}${first}`,
            ...rest,
            ...highlights.flatMap((h) => ["@highlight", h]),
          ].join(gap);
          const result = safeParseArticle(text);
          if (!result.success) throw result.error;
          const a = result.data;
          expect(a.dialect).toBe("cnn-dailymail");
          expect(a.headline).toBe(null);
          expect(a.highlights).toEqual(highlights);
          expect(a.dateline?.text ?? "").toBe(dateline);
          expect(a.sections.flatMap((s) => s.paragraphs)).toEqual([first, ...rest]);
          const back = safeParseArticle(formatArticle(a));
          expect(back.success && { ...back.data, spans: null }).toEqual({ ...a, spans: null });
        },
      ),
    );
  });
});

describe("generated XSum files", () => {
  it("give their URL, introduction and body lines, and read back", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        shortSentence,
        fc.array(fc.oneof(sentence, shortSentence), { minLength: 1, maxLength: 8 }),
        (id, introduction, body) => {
          const url = `http://www.bbc.co.uk/news/${id}`;
          const text = [
            "[XSUM]URL[XSUM]",
            url,
            "",
            "[XSUM]INTRODUCTION[XSUM]",
            introduction,
            "",
            "[XSUM]RESTBODY[XSUM]",
            ...body,
          ].join("\n");
          const result = safeParseArticle(text);
          if (!result.success) throw result.error;
          const a = result.data;
          expect(a.dialect).toBe("xsum");
          expect([a.headline, a.originalUrl, a.standfirst]).toEqual([null, url, introduction]);
          expect(a.sections.flatMap((s) => s.paragraphs)).toEqual(body);
          expect(formatArticle(a)).toBe(text);
        },
      ),
    );
  });
});

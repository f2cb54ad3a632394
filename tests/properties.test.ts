import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Article,
  ArticleParseError,
  articleIssueCodes,
  articleSchema,
  parseArticle,
  type Section,
  type Span,
  safeParseArticle,
  type TrailerField,
} from "../src/index.js";
import { propertyRuns } from "./support/seed.js";

// The run's seed (tests/support/seed.ts); a failure prints the counterexample and the seed.
propertyRuns(1000);

// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

const TITLE_WORDS = [
  "Talks",
  "Resume",
  "Florida",
  "Envoys",
  "Peace",
  "Plan",
  "Moscow",
  "Next",
  "What",
  "Comes",
  "Earlier",
  "Negotiations",
  "Rubio's",
  "Ukraine",
];
const SMALL_WORDS = ["of", "the", "and", "in", "to", "on"];
const PROSE_WORDS = [
  "the",
  "talks",
  "resumed",
  "on",
  "monday",
  "envoys",
  "met",
  "again",
  "in",
  "florida",
  "and",
  "said",
  "progress",
  "was",
  "made",
];
const CJK = "会谈取得进展双方表示富有成效乌克兰美国代表团".split("");

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** A title: capitalised words with a few small words, never ending in punctuation. */
const title = fc
  .tuple(
    pick(TITLE_WORDS),
    fc.array(fc.oneof(pick(TITLE_WORDS), pick(SMALL_WORDS)), { minLength: 0, maxLength: 5 }),
    pick(TITLE_WORDS),
    fc.boolean(),
  )
  .map(([first, middle, last, caps]) => {
    const line = [first, ...middle, last].join(" ");
    return caps ? line.toUpperCase() : line;
  });

const cjkTitle = fc.array(pick(CJK), { minLength: 2, maxLength: 12 }).map((c) => c.join(""));

/** A sentence that opens with a capital and ends with a period. */
const sentence = fc
  .tuple(pick(PROSE_WORDS), fc.array(pick(PROSE_WORDS), { minLength: 1, maxLength: 10 }))
  .map(([first, rest]) => `${first[0]?.toUpperCase()}${first.slice(1)} ${rest.join(" ")}.`);

const cjkSentence = fc
  .array(pick(CJK), { minLength: 4, maxLength: 30 })
  .map((c) => `${c.join("")}。`);

/** Prose: one to three sentences, or a CJK sentence. */
const prose = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(" ")),
  },
  { weight: 1, arbitrary: cjkSentence },
);

const LABELS = {
  source: ["Source", "Sources", "Via", "SOURCE", "via"],
  originalUrl: [
    "Original",
    "Original link",
    "Original URL",
    "Original article",
    "Link",
    "URL",
    "original",
  ],
  disclaimer: ["Statement", "Disclaimer", "STATEMENT", "disclaimer"],
} as const;
const COLONS = [":", "：", " :", " ："];

// ---------------------------------------------------------------------------
// (a) Nothing is lost
// ---------------------------------------------------------------------------

const padding = pick(["", "", "", " ", "\t", "\u00a0", "  ", " \t"]);
const blankLine = pick(["", "", "", " ", "\t", "\u00a0", " \t\u00a0 "]);
const QUOTES: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ["“", "”"],
  ["«", "»"],
  ["「", "」"],
  ["『", "』"],
  ["'", "'"],
  ["‘", "’"],
];
const quoted = fc
  .tuple(pick(QUOTES), fc.oneof(title, sentence, cjkTitle))
  .map(([[open, close], inner]) => `${open}${inner}${close}`);

const listItem = fc
  .tuple(pick(["- ", "* ", "• ", "1. ", "2) "]), fc.oneof(sentence, title))
  .map(([bullet, text]) => `${bullet}${text}`);

const labelLine = fc
  .tuple(
    fc.constantFrom(...LABELS.source, ...LABELS.originalUrl, ...LABELS.disclaimer),
    pick(COLONS),
    fc.oneof(pick(["rfi", "AFP", "see below", "www.example.com/a/1", "<example.org/b>"]), sentence),
  )
  .map(([label, colon, value]) => `${label}${colon} ${value}`);

/** Runs of characters that often trip parsers: quotes, colons, digits, stray marks. */
const noiseText = fc
  .array(
    pick([
      "a",
      "B",
      "7",
      ",",
      ".",
      ":",
      "：",
      "-",
      "*",
      '"',
      "'",
      "“",
      "”",
      "«",
      "»",
      "!",
      "?",
      "…",
      "(",
      ")",
      " ",
      "\t",
      "\u00a0",
      "会",
      "。",
      "\u0000",
      "\ud800",
      "😀",
    ]),
    { minLength: 1, maxLength: 20 },
  )
  .map((c) => c.join(""));

const contentLine = fc.oneof(
  sentence,
  prose,
  title,
  cjkTitle,
  cjkSentence,
  listItem,
  labelLine,
  quoted,
  noiseText,
  pick(["K Clark", "8,661", "and", "Riise, Hyypia, Traore, Hamann"]),
);

const line = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(padding, contentLine, padding).map((p) => p.join("")) },
  { weight: 2, arbitrary: blankLine },
);

const breaks = pick(["\n", "\n", "\r\n", "\r"]);

const messyText = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(line, breaks), { minLength: 1, maxLength: 30 }))
  .map(
    ([bom, lines]) => `${bom ? "\ufeff" : ""}${lines.map(([text, br]) => `${text}${br}`).join("")}`,
  );

/** Offsets of each non-blank line's content, trimmed as the parser trims. */
function contentRanges(text: string): Span[] {
  const ranges: Span[] = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (;;) {
    const match = pattern.exec(text);
    const end = match ? match.index : text.length;
    let s = start;
    let e = end;
    // String.prototype.trim's white space is the parser's, BOM included.
    while (s < e && text.charAt(s).trim() === "") s++;
    while (e > s && text.charAt(e - 1).trim() === "") e--;
    if (s < e) ranges.push({ start: s, end: e });
    if (!match) break;
    start = match.index + match[0].length;
  }
  return ranges;
}

interface Part {
  kind: "headline" | "heading" | "paragraph" | "note" | "dateline" | "label line" | "field";
  /** The part's text, white space collapsed, as its span should hold it; null: not checked. */
  text: string | null;
  span: Span;
}

// White space collapsed to one space, and none left between two CJK characters
// (lines of Chinese or Japanese are joined with no space).
const CJK_GAP =
  /([\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]) (?=[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef])/g;
const collapse = (s: string) =>
  s
    .replace(/[\s\ufeff]+/g, " ")
    .trim()
    .replace(CJK_GAP, "$1");

/** Every part of an Article that holds input text, in input order. */
function partsOf(article: Article): Part[] {
  const parts: Part[] = [];
  if (article.headline !== null && article.spans.headline !== null)
    parts.push({ kind: "headline", text: article.headline, span: article.spans.headline });
  article.sections.forEach((section, i) => {
    const spans = article.spans.sections[i];
    if (section.heading !== null && spans?.heading) {
      parts.push({ kind: "heading", text: section.heading, span: spans.heading });
    }
    section.paragraphs.forEach((p, j) => {
      const span = spans?.paragraphs[j];
      if (span) parts.push({ kind: "paragraph", text: p, span });
    });
  });
  article.notes.forEach((note, i) => {
    const span = article.spans.notes[i];
    if (span) parts.push({ kind: "note", text: note.text, span });
  });
  if (article.dateline && article.spans.dateline) {
    parts.push({ kind: "dateline", text: article.dateline.text, span: article.spans.dateline });
  }
  article.spans.trailer.forEach((span) => {
    parts.push({ kind: "label line", text: null, span });
  });
  // Fields read from a labelled line point inside that line; a field read from a
  // header line of its own (a byline, a wire date or link) is a part of its own.
  const { byline, publishedAt, originalUrl, source, disclaimer } = article.spans;
  for (const span of [byline, publishedAt, originalUrl, source, disclaimer]) {
    if (span === null) continue;
    if (parts.some((p) => p.span.start <= span.start && span.end <= p.span.end)) continue;
    parts.push({ kind: "field", text: null, span });
  }
  return parts.sort((a, b) => a.span.start - b.span.start);
}

describe("property: nothing is lost", () => {
  it("puts every non-blank line's text in the parts' spans, or fails with a documented code", () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const result = safeParseArticle(text);
        const ranges = contentRanges(text);
        if (!result.success) {
          // One error; the warnings found before it are kept beside it.
          const codes = result.error.issues
            .filter((i) => i.severity === "error")
            .map((i) => i.code);
          expect(codes).toHaveLength(1);
          expect(result.error.issues[0]?.code).toBe(codes[0]);
          expect(["empty-input", "no-body", "no-headline"]).toContain(codes[0]);
          // Blank text and only blank text is empty input.
          expect(codes[0] === "empty-input").toBe(ranges.length === 0);
          expect(() => parseArticle(text)).toThrow(ArticleParseError);
          return;
        }
        const parts = partsOf(result.data);

        // Spans never overlap, and each lies within the input.
        for (let i = 0; i < parts.length; i++) {
          const part = parts[i] as Part;
          expect(part.span.start).toBeLessThan(part.span.end);
          expect(part.span.end).toBeLessThanOrEqual(text.length);
          if (i > 0)
            expect(part.span.start).toBeGreaterThanOrEqual((parts[i - 1] as Part).span.end);
        }

        // What the spans leave out of a non-blank line is white space, plus on the
        // headline line one quote mark on each side (and a wire header's `--`).
        const headlineStart = result.data.spans.headline?.start ?? -1;
        for (const range of ranges) {
          const inLine = parts.filter((p) => p.span.start < range.end && range.start < p.span.end);
          const line = JSON.stringify(text.slice(range.start, range.end));
          expect(inLine.length, line).toBeGreaterThan(0);
          const first = inLine[0] as Part;
          const last = inLine[inLine.length - 1] as Part;
          const left = text.slice(range.start, Math.max(range.start, first.span.start)).trim();
          const right = text.slice(Math.min(range.end, last.span.end), range.end).trim();
          const isHeadlineLine = range.start <= headlineStart && headlineStart < range.end;
          if (isHeadlineLine) {
            expect(left, line).toMatch(/^(?:--\s*)?\S?$/u);
            expect([...right].length, line).toBeLessThanOrEqual(1);
          } else {
            expect(left, line).toMatch(/^(?:--)?$/);
            expect(right, line).toBe("");
          }
          for (let k = 1; k < inLine.length; k++) {
            const gap = text.slice(
              (inLine[k - 1] as Part).span.end,
              (inLine[k] as Part).span.start,
            );
            expect(gap.trim(), line).toBe("");
          }
        }

        // Each part's text is what its span holds, white space collapsed.
        for (const part of parts) {
          if (part.text === null) continue;
          expect(collapse(text.slice(part.span.start, part.span.end))).toBe(collapse(part.text));
        }
      }),
    );
  }, 60_000);

  it("never throws from safeParseArticle, whatever it is given", () => {
    const anyInput = fc.oneof(
      messyText,
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.anything(),
    );
    const anyOptions = fc.oneof(
      fc.constant(undefined),
      fc.record(
        {
          paragraphMode: fc.oneof(pick(["auto", "blocks", "lines"]), fc.anything()),
          builtinLocales: fc.oneof(fc.boolean(), fc.anything()),
          labels: fc.oneof(
            fc.record({ source: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }) }),
            fc.anything(),
          ),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(anyInput, anyOptions, (input, options) => {
        const result = safeParseArticle(input, options as never);
        const isText = typeof input === "string" || input instanceof Uint8Array;
        const parse = () => parseArticle(input as string, options as never);
        if (result.success) {
          // Only text parses, into an Article its own schema accepts, with
          // documented warnings; parseArticle gives the same Article.
          expect(isText).toBe(true);
          expect(articleSchema.safeParse(result.data).success).toBe(true);
          for (const w of result.warnings) {
            expect(w.severity).toBe("warning");
            expect(articleIssueCodes).toContain(w.code);
          }
          expect(parse()).toEqual(result.data);
          return;
        }
        // A failure is an ArticleParseError with at least one documented error,
        // never a bug reported as data; parseArticle throws for the same input.
        expect(result.error).toBeInstanceOf(ArticleParseError);
        const errors = result.error.issues.filter((i) => i.severity === "error");
        expect(errors.length).toBeGreaterThan(0);
        for (const i of result.error.issues) expect(articleIssueCodes).toContain(i.code);
        const codes = errors.map((i) => i.code);
        expect(codes).not.toContain("invalid-result");
        if (!isText && options === undefined) expect(codes).toEqual(["invalid-input"]);
        if (!isText) expect(["invalid-input", "invalid-options"]).toContain(codes[0]);
        const badCall = codes[0] === "invalid-input" || codes[0] === "invalid-options";
        expect(parse).toThrow(badCall ? TypeError : ArticleParseError);
        if (!badCall) {
          try {
            parse();
          } catch (error) {
            expect((error as ArticleParseError).issues).toEqual(result.error.issues);
          }
        }
      }),
    );
  }, 60_000);
});

// ---------------------------------------------------------------------------
// (b) Known answers
// ---------------------------------------------------------------------------

interface Model {
  headline: string;
  quote: readonly [string, string] | null;
  sections: Section[];
  trailer: (TrailerField & { colon: string })[];
  /** Rendering choices that must not change the result. */
  lineBreak: string;
  bom: boolean;
  trailingSpaces: boolean;
  wrap: boolean;
  blankBeforeTrailer: boolean;
  blanksInTrailer: boolean;
}

const heading = fc.oneof({ weight: 4, arbitrary: title }, { weight: 1, arbitrary: cjkTitle });

const section = fc
  .tuple(heading, fc.array(prose, { minLength: 1, maxLength: 4 }))
  .map(([h, paragraphs]): Section => ({ heading: h, paragraphs }));

const sections = fc
  .tuple(
    fc.option(fc.array(prose, { minLength: 1, maxLength: 3 }), { nil: null }),
    fc.array(section, { minLength: 1, maxLength: 6 }),
  )
  .map(([intro, rest]): Section[] => {
    const all = intro === null ? rest : [{ heading: null, paragraphs: intro }, ...rest];
    return all.slice(0, 6);
  });

const trailerField = (key: keyof typeof LABELS) =>
  fc
    .tuple(
      pick(LABELS[key]),
      pick(COLONS),
      key === "source"
        ? pick(["rfi", "AFP", "Reuters", "BBC News"])
        : key === "originalUrl"
          ? fc.nat({ max: 99999 }).map((n) => `www.example.com/article/${n}/`)
          : sentence,
    )
    .map(([label, colon, value]) => ({ key, label, value, colon }));

const trailer = fc
  .tuple(
    fc.option(trailerField("source"), { nil: null }),
    fc.option(trailerField("originalUrl"), { nil: null }),
    fc.option(trailerField("disclaimer"), { nil: null }),
    fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
  )
  .map(([s, o, d, order]) => {
    const fields = [s, o, d].flatMap((f) => (f === null ? [] : [f]));
    // Any order: sort by the generated keys.
    return fields
      .map((f, i) => ({ f, k: order[i] ?? 0 }))
      .sort((a, b) => a.k - b.k)
      .map(({ f }) => f);
  });

const model: fc.Arbitrary<Model> = fc.record({
  headline: fc.oneof(title, cjkTitle),
  quote: fc.option(pick(QUOTES), { nil: null }),
  sections,
  trailer,
  lineBreak: pick(["\n", "\r\n", "\r"]),
  bom: fc.boolean(),
  trailingSpaces: fc.boolean(),
  wrap: fc.boolean(),
  blankBeforeTrailer: fc.boolean(),
  blanksInTrailer: fc.boolean(),
});

/** Breaks a paragraph after its first word when it has several words. */
function wrapped(paragraph: string): string[] {
  const space = paragraph.indexOf(" ");
  return space === -1 ? [paragraph] : [paragraph.slice(0, space), paragraph.slice(space + 1)];
}

function render(m: Model): string {
  const blocks: string[][] = [];
  const headline = m.quote ? `${m.quote[0]}${m.headline}${m.quote[1]}` : m.headline;
  const bodyBlocks = m.sections.flatMap((s) => [
    ...(s.heading === null ? [] : [[s.heading]]),
    ...s.paragraphs.map((p) => (m.wrap ? wrapped(p) : [p])),
  ]);
  blocks.push([headline], ...bodyBlocks);
  const trailerLines = m.trailer.map((f) => `${f.label}${f.colon} ${f.value}`);
  const pad = m.trailingSpaces ? "  " : "";
  const lines = blocks.flatMap((b, i) => (i === 0 ? b : ["", ...b]));
  if (trailerLines.length > 0) {
    if (m.blankBeforeTrailer) lines.push("");
    trailerLines.forEach((t, i) => {
      if (i > 0 && m.blanksInTrailer) lines.push("");
      lines.push(t);
    });
  }
  return `${m.bom ? "\ufeff" : ""}${lines.map((l) => `${l}${l === "" ? "" : pad}`).join(m.lineBreak)}`;
}

describe("property: known answers", () => {
  it("parses a rendered article back into the parts it was made of", () => {
    fc.assert(
      fc.property(model, (m) => {
        const text = render(m);
        const article = parseArticle(text);
        // The layout is decided by heuristics tested in dialects.test.ts.
        const { spans, dialect, ...parts } = article;
        const first = (key: TrailerField["key"]) => m.trailer.find((f) => f.key === key)?.value;
        const url = first("originalUrl");
        expect(parts).toEqual({
          headline: m.headline,
          slug: null,
          standfirst: null,
          highlights: [],
          byline: null,
          bylineRole: null,
          dateline: null,
          publishedAt: null,
          publishedAtText: null,
          sections: m.sections,
          notes: [],
          source: first("source") ?? null,
          originalUrl: url === undefined ? null : `https://${url}`,
          disclaimer: first("disclaimer") ?? null,
          section: null,
          wordCount: null,
          copyright: null,
          id: null,
          language: null,
          topics: [],
          places: [],
          keywords: [],
          category: null,
          trailer: m.trailer.map(({ key, label, value }) => ({ key, label, value })),
        });
        // Spans hold the text of their part.
        const held = (s: Span) => collapse(text.slice(s.start, s.end));
        expect(spans.headline && held(spans.headline)).toBe(m.headline);
        m.sections.forEach((s, i) => {
          const sectionSpans = spans.sections[i];
          if (s.heading !== null) expect(held(sectionSpans?.heading as Span)).toBe(s.heading);
          expect(sectionSpans?.paragraphs.map(held)).toEqual(s.paragraphs);
        });
        expect(spans.trailer.map((s) => text.slice(s.start, s.end))).toEqual(
          m.trailer.map((f) => `${f.label}${f.colon} ${f.value}`),
        );
      }),
    );
  }, 60_000);
});

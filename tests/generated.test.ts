import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Article, formatArticle, parseArticle, type TrailerField } from "../src/index.js";
import { seed } from "./support/seed.js";

// Articles built from known parts, written out with the noise real feeds carry,
// must parse back into exactly those parts. The expected Article is the
// generator's own parts, never the parser's output.

const RUNS = 1000;
// Generous, so a slow machine never fails a property for its speed.
const TIMEOUT = 60_000;

type Expected = Omit<Article, "spans" | "dialect">;
type Key = NonNullable<TrailerField["key"]>;

// ---- parts ---------------------------------------------------------------

const QUOTES: readonly [string, string][] = [
  ['"', '"'],
  ["“", "”"],
  ["«", "»"],
  ["「", "」"],
  ["『", "』"],
  ["'", "'"],
];
const TITLE_WORDS = [
  "Talks",
  "Resume",
  "Progress",
  "Border",
  "Trade",
  "Energy",
  "Markets",
  "Outlook",
  "Security",
  "Reform",
  "Leaders",
  "Agree",
  "New",
  "Plans",
  "Budget",
  "Crisis",
  "Ukraine",
  "Peace",
  "Rubio's",
  "Kyiv's",
  '"Productive"',
];
const SMALL = ["of", "and", "the", "in", "for", "on"];
const OPENERS = ["The", "Both", "Officials", "Negotiators", "Ministers", "Analysts", "Diplomats"];
const WORDS = (
  "the talks were held in a calm mood and both sides agreed to meet again soon officials said " +
  'on monday while analysts expected more progress after weeks of intense work in florida "productive," "not easy" Kyiv\'s Rubio\'s 28-point U.S.-Ukraine'
).split(" ");
const CJK_SENTENCES = ["双方举行会谈", "会谈富有成效", "外交部表示将适时公布", "谈判仍在继续"];
const NAMES = ["Jane", "Poornima", "Roustem", "Marco", "Li", "Ana", "Olga"];
const SURNAMES = ["Doe", "Gupta", "Oumerov", "Rubio", "Wei", "Lima", "Kovalenko"];
const PLACES = ["WASHINGTON", "LONDON", "NEW YORK", "KYIV", "ABU DHABI"];

// The generator writes the keys of the aggregator layout; the export fields have tests of their own.
const LABELS: Record<
  Exclude<
    Key,
    | "byline"
    | "publishedAt"
    | "section"
    | "wordCount"
    | "copyright"
    | "id"
    | "language"
    | "contact"
    | "topics"
    | "places"
    | "keywords"
    | "category"
  >,
  string[]
> = {
  source: ["Source", "Via", "Fuente", "Quelle", "Источник", "Джерело", "来源", "本文来源"],
  originalUrl: [
    "Original",
    "Original link",
    "Lien original",
    "Enlace original",
    "Originalartikel",
    "Оригинал",
    "Оригінал",
    "原文",
    "原文链接",
  ],
  disclaimer: [
    "Statement",
    "Disclaimer",
    "Avertissement",
    "Aviso",
    "Hinweis",
    "Заявление",
    "Застереження",
    "声明",
    "免责声明",
    "特别声明",
  ],
  originalTitle: ["Original title", "Titre original", "Título original", "Originaltitel", "原标题"],
  editor: [
    "Editor",
    "Responsible editor",
    "Rédacteur",
    "Redaktion",
    "Редактор",
    "责任编辑",
    "编辑",
  ],
};
const VALUES: Record<keyof typeof LABELS, string[]> = {
  source: ["rfi", "AFP", "新华社", "Reuters"],
  originalUrl: ["https://www.toutiao.com/article/1850266575037452/", "https://example.com/a/1"],
  disclaimer: ["This article represents the views of the author.", "本文仅代表作者观点。"],
  originalTitle: ["Talks Resume", "中美会谈"],
  editor: ["Li Si", "张三"],
};
const COLONS = [": ", ":", " : ", "：", "： "];

const capitalised = (words: string[]) => words.join(" ");

const sentence = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...OPENERS),
      fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 12 }),
      fc.constantFrom(".", "!", "?", "。"),
    )
    .map(([first, rest, end]) => `${first} ${rest.join(" ")}${end}`),
  fc
    .tuple(fc.constantFrom(...CJK_SENTENCES), fc.constantFrom("。", "！", "？"))
    .map(([s, end]) => `${s}${end}`),
);
// Chinese sentences follow each other with no space, as Chinese is written (a
// wrapped line between them is joined with none).
const CJK_END = /[。！？]$/;
const CJK_START = /^[\u4e00-\u9fff]/;
const paragraph = fc
  .array(sentence, { minLength: 1, maxLength: 3 })
  .map((sentences) =>
    sentences.reduce((out, s) =>
      CJK_END.test(out) && CJK_START.test(s) ? `${out}${s}` : `${out} ${s}`,
    ),
  );
const paragraphs = fc.array(paragraph, { minLength: 1, maxLength: 3 });

const titleWords = (min: number, max: number) =>
  fc
    .tuple(
      fc.constantFrom(...TITLE_WORDS),
      fc.array(fc.oneof(fc.constantFrom(...TITLE_WORDS), fc.constantFrom(...SMALL)), {
        minLength: min,
        maxLength: max,
      }),
      fc.constantFrom(...TITLE_WORDS),
    )
    .map(([first, middle, last]) => capitalised([first, ...middle, last]));

// Headings as the seed has them too: `Rubio: Expects …`, `Were "Not Easy" - Wording …`.
const heading = fc.oneof(
  titleWords(0, 4),
  fc.tuple(fc.constantFrom("Rubio", "Oumerov"), titleWords(0, 3)).map(([n, t]) => `${n}: ${t}`),
  fc.tuple(titleWords(0, 2), titleWords(0, 2)).map(([a, b]) => `${a} - ${b}`),
);
// A headline wrapped in quotes it also uses inside (`"Talks "Productive" Talks"`)
// is ambiguous, and read as written; only apostrophes between letters
// (`'Rubio's Talks'`) may share the mark of the wrapping quotes.
const clashes = (text: string, [open, close]: [string, string]) =>
  open === "'" ? /'(?!\p{L})|(?<!\p{L})'/u.test(text) : text.includes(open) || text.includes(close);
const headline = fc
  .record({
    text: titleWords(0, 6),
    quotes: fc.option(fc.constantFrom(...QUOTES), { nil: null }),
  })
  .filter((h) => h.quotes === null || !clashes(h.text, h.quotes));

const trailerLine = fc
  .constantFrom(...(Object.keys(LABELS) as (keyof typeof LABELS)[]))
  .chain((key) =>
    fc.record({
      key: fc.constant(key),
      label: fc.constantFrom(...LABELS[key]),
      value: fc.constantFrom(...VALUES[key]),
      colon: fc.constantFrom(...COLONS),
    }),
  );
// One line per key, in any order.
const trailer = fc.uniqueArray(trailerLine, { maxLength: 5, selector: (l) => l.key });

const parts = fc.record({
  headline,
  byline: fc.option(
    fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...SURNAMES)).map(([n, s]) => `${n} ${s}`),
    { nil: null },
  ),
  dateline: fc.option(fc.constantFrom(...PLACES), { nil: null }),
  first: paragraphs,
  sections: fc.array(fc.record({ heading, paragraphs }), { maxLength: 8 }),
  trailer,
});
type Parts = typeof parts extends fc.Arbitrary<infer T> ? T : never;

// ---- noise -----------------------------------------------------------------

const noise = fc.record({
  eol: fc.constantFrom("\n", "\r\n", "\r"),
  bom: fc.boolean(),
  // Per line: what goes before and after it (spaces, tabs, NBSP).
  edges: fc.array(
    fc.tuple(
      fc.constantFrom("", "", " ", "\t", "\u00a0", " \t"),
      fc.constantFrom("", "", " ", "  ", "\t", "\u00a0"),
    ),
    { minLength: 64, maxLength: 64 },
  ),
  // Per gap between blocks: extra blank lines.
  gaps: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 64, maxLength: 64 }),
  wrap: fc.option(fc.integer({ min: 12, max: 70 }), { nil: null }),
  bylineApart: fc.boolean(),
  bylineSpaces: fc.constantFrom(" ", "  ", "\u00a0"),
  trailerApart: fc.boolean(),
  trailingBlanks: fc.integer({ min: 0, max: 3 }),
});
type Noise = typeof noise extends fc.Arbitrary<infer T> ? T : never;

/** Greedy wrap at spaces into lines of at most `width` characters (longer words alone). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

/** The article as text: blocks of lines, blank lines between blocks. */
function write(p: Parts, n: Noise): string {
  const blocks: string[][] = [];
  const [open, close] = p.headline.quotes ?? ["", ""];
  const head = [`${open}${p.headline.text}${close}`];
  if (p.byline !== null) {
    const by = `By${n.bylineSpaces}${p.byline.replace(" ", n.bylineSpaces)}`;
    if (n.bylineApart) blocks.push(head, [by]);
    else blocks.push([...head, by]);
  } else blocks.push(head);

  const bodyBlocks = p.first.length + p.sections.reduce((k, s) => k + 1 + s.paragraphs.length, 0);
  // A body of one block and no blank line is read one paragraph per line (the
  // documented "auto" mode), so a lone paragraph is never wrapped.
  const width = bodyBlocks > 1 ? n.wrap : null;
  const para = (text: string) => (width === null ? [text] : wrap(text, width));
  p.first.forEach((text, i) => {
    if (i > 0 || p.dateline === null) {
      blocks.push(para(text));
      return;
    }
    // The dateline stays whole on the first line, as wire copy has it: wrapped
    // before its dash, the next line would open with `- ` and read as a list item.
    const glue = "\u0000";
    const dateline = `${p.dateline} (Reuters) -`.replaceAll(" ", glue);
    blocks.push(para(`${dateline} ${text}`).map((line) => line.replaceAll(glue, " ")));
  });
  for (const s of p.sections) {
    blocks.push([s.heading]);
    for (const text of s.paragraphs) blocks.push(para(text));
  }
  const labelled = p.trailer.map((l) => `${l.label}${l.colon}${l.value}`);
  if (labelled.length > 0) {
    if (n.trailerApart) for (const line of labelled) blocks.push([line]);
    else blocks.push(labelled);
  }

  const out: string[] = [];
  let edge = 0;
  // White space before a line that continues a block is no noise: an indent
  // there opens a paragraph. Only a block's first line gets it.
  const noisy = (line: string, continues = false) => {
    const [before, after] = n.edges[edge++ % n.edges.length] ?? ["", ""];
    return `${continues ? "" : before}${line}${after}`;
  };
  blocks.forEach((block, b) => {
    if (b > 0) {
      const extra = n.gaps[b % n.gaps.length] ?? 0;
      for (let k = 0; k <= extra; k++) out.push(noisy(""));
    }
    block.forEach((line, k) => {
      out.push(noisy(line, k > 0));
    });
  });
  for (let k = 0; k < n.trailingBlanks; k++) out.push(noisy(""));
  return (n.bom ? "\uFEFF" : "") + out.join(n.eol);
}

/** The Article the parts describe. */
function expected(p: Parts): Expected {
  const field = (key: Key) => p.trailer.find((l) => l.key === key)?.value ?? null;
  return {
    headline: p.headline.text,
    slug: null,
    standfirst: null,
    highlights: [],
    byline: p.byline,
    bylineRole: null,
    dateline:
      p.dateline === null
        ? null
        : { text: `${p.dateline} (Reuters) - `, place: p.dateline, agency: "Reuters" },
    publishedAt: null,
    publishedAtText: null,
    sections: [
      { heading: null, paragraphs: p.first },
      ...p.sections.map((s) => ({ heading: s.heading, paragraphs: s.paragraphs })),
    ],
    notes: [],
    // With no source line, the agency the dateline names.
    source: field("source") ?? (p.dateline === null ? null : "Reuters"),
    originalUrl: field("originalUrl"),
    disclaimer: field("disclaimer"),
    section: null,
    wordCount: null,
    copyright: null,
    id: null,
    language: null,
    topics: [],
    places: [],
    keywords: [],
    category: null,
    trailer: p.trailer.map((l) => ({ key: l.key, label: l.label, value: l.value })),
  };
}

function withoutSpans(a: Article): Expected {
  // The layout read back may differ: formatArticle writes one layout for all.
  const { spans, dialect, ...rest } = a;
  return rest;
}

const article = fc.record({ parts, noise }).map(({ parts, noise }) => ({
  parts,
  text: write(parts, noise),
}));

// ---- properties --------------------------------------------------------------

describe("generated articles", () => {
  it(
    "parse into exactly the parts they were built from, whatever the noise",
    () => {
      fc.assert(
        fc.property(article, ({ parts, text }) => {
          expect(withoutSpans(parseArticle(text))).toEqual(expected(parts));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "survive format → parse unchanged, and formatting is idempotent",
    () => {
      fc.assert(
        fc.property(article, ({ text }) => {
          const a = parseArticle(text);
          const formatted = formatArticle(a);
          const again = parseArticle(formatted);
          expect(withoutSpans(again)).toEqual(withoutSpans(a));
          expect(formatArticle(again)).toBe(formatted);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it("the generator covers what it claims to", () => {
    // Guard against a generator that quietly stopped making the hard cases.
    const samples = fc.sample(article, { seed, numRuns: 300 });
    const texts = samples.map((s) => s.text);
    expect(samples.some((s) => s.parts.sections.length >= 5)).toBe(true);
    expect(samples.some((s) => s.parts.trailer.length >= 4)).toBe(true);
    for (const [open] of QUOTES) {
      expect(samples.some((s) => s.parts.headline.quotes?.[0] === open)).toBe(true);
    }
    expect(texts.some((t) => t.includes("\r\n"))).toBe(true);
    expect(texts.some((t) => /\r(?!\n)/.test(t))).toBe(true);
    expect(texts.some((t) => t.startsWith("\uFEFF"))).toBe(true);
    expect(texts.some((t) => t.includes("\u00a0"))).toBe(true);
    expect(texts.some((t) => /[a-z]\r?\n[a-z]/.test(t))).toBe(true); // hard wraps
    expect(samples.some((s) => s.parts.byline !== null && s.parts.dateline !== null)).toBe(true);
  });
});

import * as z from "zod";
import { dialectNames } from "./dialect-names.js";
import { fieldKeys } from "./field-keys.js";
import { noteKinds } from "./note-kinds.js";
import { spansSchemaOf } from "./spans.js";

// Each field carries its description twice, side by side: as TSDoc, which
// editors show in hovers and typedoc renders, and through `.describe()`, which
// feeds `schema.json`. tests/schema.test.ts checks that the two agree.

/**
 * The zod schema of a {@link Span}.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import { spanSchema } from "syndicated-article";
 *
 * spanSchema.parse({ start: 0, end: 8 });
 * ```
 */
export const spanSchema = z
  .object({
    // Plain numbers: the parser builds offsets by counting, and an integer check
    // on each of an article's many spans would cost more than parsing it.
    /** UTF-16 offset of the first character, a non-negative integer. */
    start: z.number().describe("UTF-16 offset of the first character, a non-negative integer."),
    /** UTF-16 offset just past the last character. */
    end: z.number().describe("UTF-16 offset just past the last character."),
  })
  .meta({ id: "Span", description: "Where a part came from: UTF-16 offsets into the input." });

/**
 * The zod schema of a {@link Section}.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import { sectionSchema } from "syndicated-article";
 *
 * sectionSchema.parse({ heading: null, paragraphs: ["First paragraph."] });
 * ```
 */
export const sectionSchema = z
  .object({
    /** The heading that opens the section; `null` for body text before any heading. */
    heading: z
      .string()
      .nullable()
      .describe("The heading that opens the section; null for body text before any heading."),
    /** The section's paragraphs, in order, each with its lines joined. */
    paragraphs: z
      .array(z.string())
      .describe("The section's paragraphs, in order, each with its lines joined."),
  })
  .meta({ id: "Section", description: "A section of the body: a heading and its paragraphs." });

/**
 * The zod schema of a {@link TrailerField}.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import { trailerFieldSchema } from "syndicated-article";
 *
 * trailerFieldSchema.parse({ key: "source", label: "Source", value: "rfi" });
 * ```
 */
export const trailerFieldSchema = z
  .object({
    /** What the label was recognised as, or `null` for a label the parser does not know. */
    key: z
      .enum(fieldKeys)
      .nullable()
      .describe("What the label was recognised as, or null for a label the parser does not know."),
    /** The label as written (`Source`, `来源`, `LOAD-DATE`). */
    label: z.string().describe("The label as written (Source, 来源, LOAD-DATE)."),
    /** The value as written, its white space folded. */
    value: z.string().describe("The value as written, its white space folded."),
  })
  .meta({ id: "TrailerField", description: "One labelled line of the header or trailer." });

/**
 * The zod schema of a {@link Dateline}.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import { datelineSchema } from "syndicated-article";
 *
 * datelineSchema.parse({ text: " (Reuters) - ", place: null, agency: "Reuters" });
 * ```
 */
export const datelineSchema = z
  .object({
    /** The dateline as written, with the dash and spaces after it. */
    text: z.string().describe("The dateline as written, with the dash and spaces after it."),
    /** The place (`WASHINGTON`, `LIMA, Peru`, `北京`), or `null`. */
    place: z.string().nullable().describe("The place (WASHINGTON, LIMA, Peru, 北京), or null."),
    /** The agency in brackets (`Reuters`, `Xinhua`), or `null`. */
    agency: z.string().nullable().describe("The agency (Reuters, Xinhua, 新华社), or null."),
  })
  .meta({ id: "Dateline", description: "A dateline split off the first paragraph." });

/**
 * The zod schema of a {@link Note}.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import { noteSchema } from "syndicated-article";
 *
 * noteSchema.parse({ kind: "credit", text: "(Reporting by Andy Sullivan)" });
 * ```
 */
export const noteSchema = z
  .object({
    /** What kind of note it is; see {@link NoteKind}. */
    kind: z.enum(noteKinds).describe("What kind of note it is."),
    /** The note as written. */
    text: z.string().describe("The note as written."),
  })
  .meta({ id: "Note", description: "A note taken out of the body." });

/** An http or https scheme, after leading white space: `z.url`'s check for those protocols. */
const HTTP_SCHEME = /^\s*https?:\/\//i;

// `publishedAt` has one of three precisions, each an exact ISO 8601 form.
const publishedAtSchema = z
  .union([z.iso.date(), z.iso.datetime({ local: true, offset: false })])
  .nullable()
  .describe(
    "The stated date in ISO 8601: YYYY-MM-DD for a date, YYYY-MM-DDTHH:MM:SS for a time with no zone, YYYY-MM-DDTHH:MM:SS.sssZ (UTC) when a zone was stated; null when none.",
  );

const articleFields = {
  /**
   * The headline, without wrapping quotes or desk slug; `null` when the text has
   * no title line (a `no-headline` warning says so).
   */
  headline: z
    .string()
    .min(1)
    .nullable()
    .describe(
      "The headline, without wrapping quotes or desk slug; null when the text has no title line (a no-headline warning says so).",
    ),
  /** The desk slug cut from the headline (`UPDATE 4`, `FACTBOX`), or `null`. */
  slug: z
    .string()
    .nullable()
    .describe("The desk slug cut from the headline (UPDATE 4, FACTBOX), or null."),
  /**
   * The standfirst: the sentence or two a page puts under its title to sum the
   * story up (a dek, a summary), or `null`.
   */
  standfirst: z
    .string()
    .nullable()
    .describe(
      "The standfirst: the sentence or two a page puts under its title to sum the story up (a dek, a summary), or null.",
    ),
  /**
   * The story's summary bullets, in order: a CNN/DailyMail story's `@highlight`
   * lines, a Key points list under a title; empty when there are none.
   */
  highlights: z
    .array(z.string())
    .describe(
      "The story's summary bullets, in order: a CNN/DailyMail story's @highlight lines, a Key points list under a title; empty when there are none.",
    ),
  /** Who wrote it (`Jane Doe`), without the `By`; `null` when not stated. */
  byline: z
    .string()
    .nullable()
    .describe("Who wrote it (Jane Doe), without the By; null when not stated."),
  /**
   * The byline's role, kept apart from the name (`Political Correspondent` of
   * `By Jane Doe, Political Correspondent`; `기자` of a Yonhap wire line); `null`
   * when none is stated.
   */
  bylineRole: z
    .string()
    .nullable()
    .describe(
      "The byline's role, kept apart from the name (Political Correspondent of By Jane Doe, Political Correspondent; 기자 of a Yonhap wire line); null when none is stated.",
    ),
  /** The dateline split off the first paragraph, or `null`. */
  dateline: datelineSchema
    .nullable()
    .describe("The dateline split off the first paragraph, or null."),
  /**
   * The stated date in ISO 8601: `YYYY-MM-DD` for a date, `YYYY-MM-DDTHH:MM:SS`
   * for a time with no zone, `YYYY-MM-DDTHH:MM:SS.sssZ` (UTC) when a zone was stated;
   * `null` when none.
   */
  publishedAt: publishedAtSchema,
  /** The date as written (`Mon Oct 23, 2006 6:42pm EDT`), or `null`. */
  publishedAtText: z
    .string()
    .nullable()
    .describe("The date as written (Mon Oct 23, 2006 6:42pm EDT), or null."),
  /**
   * The body: its sections, each with its heading and paragraphs; empty when the
   * text has no body (a `no-body` warning says so).
   */
  sections: z
    .array(sectionSchema)
    .describe(
      "The body: its sections, each with its heading and paragraphs; empty when the text has no body (a no-body warning says so).",
    ),
  /** Notes taken out of the body: editor's notes, credits, currency notes, page boilerplate, captions. */
  notes: z
    .array(noteSchema)
    .describe(
      "Notes taken out of the body: editor's notes, credits, currency notes, page boilerplate, captions.",
    ),
  /**
   * Where the text came from (`Source: rfi`, `SOURCE Acme Corp`); with no such
   * line, the agency its dateline names; else `null`.
   */
  source: z
    .string()
    .nullable()
    .describe(
      "Where the text came from (Source: rfi, SOURCE Acme Corp); with no such line, the agency its dateline names; else null.",
    ),
  /** The original article's web address, normalised (http or https only), or `null`. */
  originalUrl: z
    .string()
    // Exactly what `z.url({ protocol: /^https?$/ })` accepts: an http(s) scheme
    // after any white space that trimming drops, then a URL the platform can
    // parse. Checked in this order, zod asks `URL.canParse` instead of building a
    // `URL` object, a third of the validation of an Article that has a link.
    .regex(HTTP_SCHEME)
    .check(z.url())
    .nullable()
    .describe("The original article's web address, normalised (http or https only), or null."),
  /** The republisher's statement or disclaimer, or `null`. */
  disclaimer: z.string().nullable().describe("The republisher's statement or disclaimer, or null."),
  /** The section or desk the text was filed under (`SECTION: Business`), or `null`. */
  section: z
    .string()
    .nullable()
    .describe("The section or desk the text was filed under (SECTION: Business), or null."),
  /** The length the text states for itself (`LENGTH: 355 words`), or `null`. */
  wordCount: z
    .number()
    .int()
    .nonnegative()
    .nullable()
    .describe("The length the text states for itself (LENGTH: 355 words), or null."),
  /** The stated copyright notice (`Copyright 2010 The Times`), or `null`. */
  copyright: z
    .string()
    .nullable()
    .describe("The stated copyright notice (Copyright 2010 The Times), or null."),
  /** A document id the text states (a database's accession number), or `null`. */
  id: z
    .string()
    .nullable()
    .describe("A document id the text states (a database's accession number), or null."),
  /** The language as a BCP 47 tag when the text states it (`LANGUAGE: ENGLISH` → `en`), or `null`. */
  language: z
    .string()
    .nullable()
    .describe(
      "The language as a BCP 47 tag when the text states it (LANGUAGE: ENGLISH → en), or null.",
    ),
  /**
   * Subject codes or topics the text is filed under (Reuters-21578 `<TOPICS>`,
   * `Topics: acq, earn`), in order; empty when none are stated.
   */
  topics: z
    .array(z.string())
    .describe(
      "Subject codes or topics the text is filed under (Reuters-21578 <TOPICS>, Topics: acq, earn), in order; empty when none are stated.",
    ),
  /**
   * Places the text is filed under (Reuters-21578 `<PLACES>`, `Places: usa`), in
   * order; empty when none are stated.
   */
  places: z
    .array(z.string())
    .describe(
      "Places the text is filed under (Reuters-21578 <PLACES>, Places: usa), in order; empty when none are stated.",
    ),
  /** Keywords the text states (`Keywords: oil, opec`), in order; empty when none are stated. */
  keywords: z
    .array(z.string())
    .describe(
      "Keywords the text states (Keywords: oil, opec), in order; empty when none are stated.",
    ),
  /** The category a dataset or site files the text under (`Category: sports`), or `null`. */
  category: z
    .string()
    .nullable()
    .describe("The category a dataset or site files the text under (Category: sports), or null."),
  /** Every labelled line of the header and trailer, in input order, as written. */
  trailer: z
    .array(trailerFieldSchema)
    .describe("Every labelled line of the header and trailer, in input order, as written."),
  /** Which layout the parser read the text as; see {@link DialectName}. */
  dialect: z.enum(dialectNames).describe("Which layout the parser read the text as."),
};

/**
 * The zod schema of the spans of an Article: the Article's shape with a
 * {@link Span} (or `null`, or a list of them) in place of each value. Derived
 * from {@link articleSchema}'s fields, never written again by hand.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import { articleSpansSchema } from "syndicated-article";
 *
 * articleSpansSchema.safeParse({}).success; // false
 * ```
 */
export const articleSpansSchema = spansSchemaOf(articleFields, spanSchema, {
  // Fields whose value has no place of its own in the text.
  omit: ["publishedAtText", "dialect"],
  // Objects whose fields have spans of their own; every other object has one span.
  nested: ["sections"],
}).meta({ id: "ArticleSpans", description: "The spans of every part of an Article." });

/**
 * The zod schema of a parsed {@link Article}. `parseArticle` validates every
 * result with it; extend it (`articleSchema.extend({...})`) to add fields of
 * your own.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import { articleSchema, parseArticle } from "syndicated-article";
 *
 * const article = parseArticle("Title\n\nBody text.");
 * articleSchema.safeParse(article).success; // true
 * ```
 */
export const articleSchema = z
  .object({
    ...articleFields,
    /** Where each part came from, mirroring the Article's shape. */
    spans: articleSpansSchema.describe("Where each part came from, mirroring the Article's shape."),
  })
  .meta({ id: "Article", description: "A news article parsed from syndicated text." });

export type {
  Article,
  ArticleSpans,
  Dateline,
  Note,
  Section,
  Span,
  TrailerField,
} from "./article-types.js";

import * as z from "zod";
import { trailerKeys } from "./labels/types.js";

/**
 * Where a part of the Article came from: UTF-16 offsets into the input exactly
 * as it was given (before any normalisation), `end` exclusive.
 *
 * @example
 * ```ts
 * import { spanSchema } from "syndicated-article";
 *
 * spanSchema.parse({ start: 0, end: 8 });
 * ```
 */
export const spanSchema = z.object({
  // Plain numbers: the parser builds offsets by counting, and an integer check
  // on each of an article's many spans would cost more than parsing it.
  start: z.number().describe("UTF-16 offset of the first character, a non-negative integer"),
  end: z.number().describe("UTF-16 offset just past the last character"),
});

/**
 * A section of the body: an optional heading and its paragraphs. The first
 * section's heading is `null` when the body starts without one.
 *
 * @example
 * ```ts
 * import { sectionSchema } from "syndicated-article";
 *
 * sectionSchema.parse({ heading: null, paragraphs: ["First paragraph."] });
 * ```
 */
export const sectionSchema = z.object({
  heading: z.string().nullable(),
  paragraphs: z.array(z.string()),
});

/**
 * One labelled line of the header or trailer, as written: `Source: rfi` is
 * `{ key: "source", label: "Source", value: "rfi" }`; a label the parser does
 * not know (`Photo: AFP`) has `key: null`.
 *
 * @example
 * ```ts
 * import { trailerFieldSchema } from "syndicated-article";
 *
 * trailerFieldSchema.parse({ key: "source", label: "Source", value: "rfi" });
 * ```
 */
export const trailerFieldSchema = z.object({
  key: z.enum(trailerKeys).nullable(),
  label: z.string(),
  value: z.string(),
});

/**
 * A dateline split off the first paragraph: `WASHINGTON (Reuters) - ` is
 * `{ text: "WASHINGTON (Reuters) - ", place: "WASHINGTON", agency: "Reuters" }`.
 *
 * @example
 * ```ts
 * import { datelineSchema } from "syndicated-article";
 *
 * datelineSchema.parse({ text: " (Reuters) - ", place: null, agency: "Reuters" });
 * ```
 */
export const datelineSchema = z.object({
  text: z.string(),
  place: z.string().nullable(),
  agency: z.string().nullable(),
});

/**
 * A wire note recognised rather than left in the body: an editor's note
 * (`(Adds company comments)`), a credit (`(Reporting by …; Editing by …)`) or a
 * currency note (`($1 = 0.7812 euros)`).
 *
 * @example
 * ```ts
 * import { noteSchema } from "syndicated-article";
 *
 * noteSchema.parse({ kind: "credit", text: "(Reporting by Andy Sullivan)" });
 * ```
 */
export const noteSchema = z.object({
  kind: z.enum(["editorsNote", "credit", "currency"]),
  text: z.string(),
});

/**
 * The spans of every part of an Article, mirroring its shape. Trailer field
 * spans (`source`, `originalUrl`, `disclaimer`) cover the value; `trailer`
 * spans cover whole lines.
 *
 * @example
 * ```ts
 * import { articleSpansSchema } from "syndicated-article";
 *
 * articleSpansSchema.shape.headline; // the span schema
 * ```
 */
export const articleSpansSchema = z.object({
  headline: spanSchema,
  slug: spanSchema.nullable(),
  sections: z.array(
    z.object({
      heading: spanSchema.nullable(),
      paragraphs: z.array(spanSchema),
    }),
  ),
  source: spanSchema.nullable(),
  originalUrl: spanSchema.nullable(),
  disclaimer: spanSchema.nullable(),
  byline: spanSchema.nullable(),
  dateline: spanSchema.nullable(),
  publishedAt: spanSchema.nullable(),
  notes: z.array(spanSchema),
  trailer: z.array(spanSchema),
});

/**
 * The zod schema of a parsed article. `parseArticle` validates every result
 * with it; extend it (`articleSchema.extend({...})`) to add fields of your own.
 *
 * @example
 * ```ts
 * import { articleSchema, parseArticle } from "syndicated-article";
 *
 * const article = parseArticle("Title\n\nBody text.");
 * articleSchema.safeParse(article).success; // true
 * ```
 */
export const articleSchema = z.object({
  headline: z.string().min(1),
  slug: z.string().nullable(),
  byline: z.string().nullable(),
  dateline: datelineSchema.nullable(),
  publishedAt: z.string().nullable(),
  publishedAtText: z.string().nullable(),
  sections: z.array(sectionSchema).min(1),
  notes: z.array(noteSchema),
  source: z.string().nullable(),
  originalUrl: z.url().nullable(),
  disclaimer: z.string().nullable(),
  trailer: z.array(trailerFieldSchema),
  spans: articleSpansSchema,
});

/**
 * A parsed article.
 *
 * @example
 * ```ts
 * import { type Article, parseArticle } from "syndicated-article";
 *
 * const article: Article = parseArticle("Title\n\nBody text.\n\nSource: rfi");
 * article.source; // "rfi"
 * ```
 */
export type Article = z.infer<typeof articleSchema>;

/**
 * A section of an Article's body.
 *
 * @example
 * ```ts
 * import type { Section } from "syndicated-article";
 *
 * const section: Section = { heading: "Background", paragraphs: ["Text."] };
 * ```
 */
export type Section = z.infer<typeof sectionSchema>;

/**
 * UTF-16 offsets into the input, `end` exclusive.
 *
 * @example
 * ```ts
 * import type { Span } from "syndicated-article";
 *
 * const span: Span = { start: 0, end: 5 };
 * "Hello world".slice(span.start, span.end); // "Hello"
 * ```
 */
export type Span = z.infer<typeof spanSchema>;

/**
 * A labelled trailer line.
 *
 * @example
 * ```ts
 * import type { TrailerField } from "syndicated-article";
 *
 * const field: TrailerField = { key: "disclaimer", label: "Statement", value: "Views are the author's." };
 * ```
 */
export type TrailerField = z.infer<typeof trailerFieldSchema>;

/**
 * A dateline.
 *
 * @example
 * ```ts
 * import type { Dateline } from "syndicated-article";
 *
 * const dateline: Dateline = { text: "LIMA, Peru (Reuters) - ", place: "LIMA, Peru", agency: "Reuters" };
 * ```
 */
export type Dateline = z.infer<typeof datelineSchema>;

/**
 * A wire note.
 *
 * @example
 * ```ts
 * import type { Note } from "syndicated-article";
 *
 * const note: Note = { kind: "currency", text: "($1 = 0.7812 euros)" };
 * ```
 */
export type Note = z.infer<typeof noteSchema>;

/**
 * The spans of an Article's parts.
 *
 * @example
 * ```ts
 * import { parseArticle, type ArticleSpans } from "syndicated-article";
 *
 * const spans: ArticleSpans = parseArticle("Title\n\nBody.").spans;
 * spans.headline; // { start: 0, end: 5 }
 * ```
 */
export type ArticleSpans = z.infer<typeof articleSpansSchema>;

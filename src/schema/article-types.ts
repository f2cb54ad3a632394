import type * as z from "zod";
import type {
  articleSchema,
  articleSpansSchema,
  datelineSchema,
  noteSchema,
  sectionSchema,
  spanSchema,
  trailerFieldSchema,
} from "./article.js";

// The types of the Article's parts, each inferred from its schema and declared
// as an interface, so editors and the API reference show them by name.

/**
 * A parsed article: headline, body sections, byline, dateline, date, source,
 * original link, disclaimer, notes and labelled lines, with the spans of each.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import { type Article, parseArticle } from "syndicated-article";
 *
 * const article: Article = parseArticle("Title\n\nBody text.\n\nSource: rfi");
 * article.source; // "rfi"
 * ```
 */
export interface Article
  extends Omit<
    z.infer<typeof articleSchema>,
    "dateline" | "sections" | "notes" | "trailer" | "spans"
  > {
  // The parts that are objects, by the names of their types, so that editors
  // and the API reference show `Section[]` rather than the object written out.
  // tests/type-names.test.ts checks that this is the schema's type still.
  /** The dateline split off the first paragraph, or `null`. */
  dateline: Dateline | null;
  /**
   * The body: its sections, each with its heading and paragraphs; empty when
   * the text has no body (a `no-body` warning says so).
   */
  sections: Section[];
  /** Notes taken out of the body: editor's notes, credits, currency notes, page boilerplate, captions. */
  notes: Note[];
  /** Every labelled line of the header and trailer, in input order, as written. */
  trailer: TrailerField[];
  /** Where each part came from, mirroring the Article's shape. */
  spans: ArticleSpans;
}

/**
 * A section of an Article's body: an optional heading and its paragraphs.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import type { Section } from "syndicated-article";
 *
 * const section: Section = { heading: "Background", paragraphs: ["Text."] };
 * ```
 */
export interface Section extends z.infer<typeof sectionSchema> {}

/**
 * UTF-16 offsets into the input exactly as it was given, `end` exclusive.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import type { Span } from "syndicated-article";
 *
 * const span: Span = { start: 0, end: 5 };
 * "Hello world".slice(span.start, span.end); // "Hello"
 * ```
 */
export interface Span extends z.infer<typeof spanSchema> {}

/**
 * One labelled line, as written: `Source: rfi` is `{ key: "source", label:
 * "Source", value: "rfi" }`; a label the parser does not know (`Tags: markets`)
 * has `key: null`.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import type { TrailerField } from "syndicated-article";
 *
 * const field: TrailerField = { key: "disclaimer", label: "Statement", value: "Views are the author's." };
 * ```
 */
export interface TrailerField extends z.infer<typeof trailerFieldSchema> {}

/**
 * A dateline split off the first paragraph: `WASHINGTON (Reuters) - ` is
 * `{ text: "WASHINGTON (Reuters) - ", place: "WASHINGTON", agency: "Reuters" }`.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import type { Dateline } from "syndicated-article";
 *
 * const dateline: Dateline = { text: "LIMA, Peru (Reuters) - ", place: "LIMA, Peru", agency: "Reuters" };
 * ```
 */
export interface Dateline extends z.infer<typeof datelineSchema> {}

/**
 * A note recognised rather than left in the body: an editor's note
 * (`(Adds company comments)`), a credit (`(Reporting by …)`), a currency
 * note (`($1 = 0.7812 euros)`), a line of page boilerplate (`Advertisement`)
 * or a caption (`Photo: Reuters`).
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import type { Note } from "syndicated-article";
 *
 * const note: Note = { kind: "currency", text: "($1 = 0.7812 euros)" };
 * ```
 */
export interface Note extends z.infer<typeof noteSchema> {}

/**
 * The spans of an Article's parts, in the Article's shape.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import { parseArticle, type ArticleSpans } from "syndicated-article";
 *
 * const spans: ArticleSpans = parseArticle("Title\n\nBody.").spans;
 * spans.headline; // { start: 0, end: 5 }
 * ```
 */
export interface ArticleSpans extends z.infer<typeof articleSpansSchema> {}

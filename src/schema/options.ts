import * as z from "zod";
import { dialectNames } from "./dialect-names.js";
import { labelTableSchema, localeSchema } from "./locale.js";

/**
 * Every {@link ParagraphMode}.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import { paragraphModes } from "syndicated-article";
 *
 * paragraphModes; // ["auto", "blocks", "lines"]
 * ```
 */
export const paragraphModes = ["auto", "blocks", "lines"] as const;

/**
 * How body lines become paragraphs. `"blocks"`: blank-line separated blocks,
 * hard-wrapped lines joined, list items apart. `"lines"`: every non-blank line
 * is a paragraph. `"auto"` (the default) picks `"lines"` only when the body has
 * no blank line at all.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import { type ParagraphMode, splitSections } from "syndicated-article";
 *
 * const mode: ParagraphMode = "lines";
 * splitSections("One.\nTwo.", { paragraphMode: mode }); // [{ heading: null, paragraphs: ["One.", "Two."] }]
 * ```
 */
export type ParagraphMode = (typeof paragraphModes)[number];

/**
 * A date reader of the caller's, for the `parseDate` option: given a stated
 * date as written (`le 3 février 2025`), the date in ISO 8601 (`2025-02-03`,
 * or a date-time), or `null`.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { type DateReader, parseArticle } from "syndicated-article";
 *
 * const readDate: DateReader = (text) => (text === "yesterday" ? "2026-11-30" : null);
 * parseArticle("T\n\nBody.\n\nDate: yesterday", { parseDate: readDate }).publishedAt; // "2026-11-30"
 * ```
 * @param text - the date as written.
 */
export type DateReader = (text: string) => string | null;

/**
 * The zod schema of {@link ParseOptions}: the parser checks options with it,
 * and a malformed option fails with `invalid-options` and zod's issue path.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import { parseOptionsSchema } from "syndicated-article";
 *
 * parseOptionsSchema.safeParse({ paragraphMode: "pages" }).success; // false
 * ```
 */
export const parseOptionsSchema = z
  .strictObject({
    /** Extra labels per key, checked before every locale's. */
    labels: labelTableSchema
      .optional()
      .describe("Extra labels per key, checked before every locale's."),
    /** Extra locales, checked before the parser's own. */
    locales: z
      .array(localeSchema)
      .readonly()
      .optional()
      .describe("Extra locales, checked before the parser's own."),
    /** `false` leaves out the parser's own locales: only `labels` and `locales` count. Default `true`. */
    builtinLocales: z
      .boolean()
      .optional()
      .describe(
        "false leaves out the parser's own locales: only labels and locales count. Default true.",
      ),
    /**
     * Repair classic mojibake (UTF-8 read as windows-1252: `â€™`, `Ã©`) instead of
     * only reporting it. Spans then point into the repaired text. Default `false`.
     */
    repairMojibake: z
      .boolean()
      .optional()
      .describe(
        "Repair classic mojibake (UTF-8 read as windows-1252: â€™, Ã©) instead of only reporting it. Spans then point into the repaired text. Default false.",
      ),
    /** How body lines become paragraphs; see {@link ParagraphMode}. Default `"auto"`. */
    paragraphMode: z
      .enum(paragraphModes)
      .optional()
      .describe('How body lines become paragraphs. Default "auto".'),
    /**
     * `false` skips checking the built Article against {@link articleSchema}:
     * the Article returned is the same object either way (the schema transforms
     * nothing), only unchecked, which saves the check's time (some 10–20 % of a
     * short article's parse). The check guards against the parser's own bugs,
     * reported as `invalid-result`. Default `true`.
     */
    validate: z
      .boolean()
      .optional()
      .describe(
        "false skips checking the built Article against articleSchema: the Article returned is the same object either way (the schema transforms nothing), only unchecked, which saves the check's time (some 10–20 % of a short article's parse). The check guards against the parser's own bugs, reported as invalid-result. Default true.",
      ),
    /** Read the text as this layout instead of recognising it; see {@link DialectName}. */
    dialect: z
      .enum(dialectNames)
      .optional()
      .describe("Read the text as this layout instead of recognising it."),
    /**
     * Reads a stated date into ISO 8601 (or `null`), for forms the built-in
     * reader does not know; the built-in reader is tried first. Plug in
     * chrono-node here.
     */
    parseDate: z
      .custom<DateReader>((value) => typeof value === "function", {
        message: "Expected a function (text: string) => string | null",
      })
      .optional()
      .describe(
        "Reads a stated date into ISO 8601 (or null), for forms the built-in reader does not know; the built-in reader is tried first. Plug in chrono-node here.",
      ),
  })
  .meta({ id: "ParseOptions", description: "Options of the parser." });

/**
 * Options of `parseArticle`, `safeParseArticle`, the feed and stream
 * functions and `createParser`'s parsers. Checked with
 * {@link parseOptionsSchema}.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import { type ParseOptions, parseArticle } from "syndicated-article";
 *
 * const options: ParseOptions = { labels: { source: ["Via"] } };
 * parseArticle("Title\n\nBody.\n\nVia: AFP", options).source; // "AFP"
 * ```
 */
export interface ParseOptions extends z.input<typeof parseOptionsSchema> {}

import * as z from "zod";
import { fieldKeys } from "./field-keys.js";

const words = z.array(z.string().min(1)).readonly();

/**
 * The zod schema of a {@link LabelTable}: for each {@link FieldKey}, a list of
 * labels.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { labelTableSchema } from "syndicated-article";
 *
 * labelTableSchema.safeParse({ source: "Quelle" }).success; // false: a list is needed
 * ```
 */
export const labelTableSchema = z
  .partialRecord(z.enum(fieldKeys), words)
  .meta({ id: "LabelTable", description: "Labels per field key." });

/**
 * Labels per key, e.g. `{ source: ["Source", "Via"] }`. Matching ignores case
 * and white space around the label; the colon may be `:` or `：`.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import type { LabelTable } from "syndicated-article";
 *
 * const mine: LabelTable = { source: ["Quelle"] };
 * ```
 */
export type LabelTable = z.infer<typeof labelTableSchema>;

/**
 * The zod schema of a {@link Locale}.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { localeSchema, locales } from "syndicated-article";
 *
 * localeSchema.parse(locales.en).language; // "en"
 * ```
 */
export const localeSchema = z
  .object({
    /** A BCP 47 language tag (`en`, `zh`, `pt-BR`). */
    language: z.string().min(1).describe("A BCP 47 language tag (en, zh, pt-BR)."),
    /** Labels of labelled lines, per key. */
    labels: labelTableSchema.describe("Labels of labelled lines, per key."),
    /** Words that open a byline without a colon (`By`, `记者`). */
    bylinePrefixes: words
      .optional()
      .describe("Words that open a byline without a colon (By, 记者)."),
    /** Words a title leaves in lower case (`and`, `of`, `the`). */
    smallWords: words.optional().describe("Words a title leaves in lower case (and, of, the)."),
    /** The language's commonest function words (`the`, `is`, `that`): running text is full of them, menus and buttons hold few. */
    stopwords: words
      .optional()
      .describe(
        "The language's commonest function words (the, is, that): running text is full of them, menus and buttons hold few.",
      ),
    /** The words dates are written with: months (folded, with their number), weekdays, fillers. */
    dates: z
      .object({
        months: z.record(z.string().min(1), z.number().int().min(1).max(12)).readonly(),
        weekdays: words.optional(),
        fillers: words.optional(),
      })
      .optional()
      .describe(
        "The words dates are written with: months (folded, with their number), weekdays, fillers.",
      ),
    /** Desk slugs wire services put before a headline (`UPDATE`, `FACTBOX`). */
    slugs: words
      .optional()
      .describe("Desk slugs wire services put before a headline (UPDATE, FACTBOX)."),
    /** Verbs that open an editor's note (`Adds`, `Updates`). */
    noteVerbs: words.optional().describe("Verbs that open an editor's note (Adds, Updates)."),
    /** What a credit note says before `by` (`Reporting`, `Editing`). */
    creditWords: words
      .optional()
      .describe("What a credit note says before by (Reporting, Editing)."),
    /** News agencies that open a dateline run into the text (`新华社`) or are named in one. */
    agencies: words
      .optional()
      .describe(
        "News agencies that open a dateline run into the text (新华社) or are named in one.",
      ),
    /**
     * Words that end a newspaper's lead run into the text after the paper's short
     * name (`讯` of `本报讯`, `南都讯`): the lead is a dateline.
     */
    leadEndings: words
      .optional()
      .describe(
        "Words that end a newspaper's lead run into the text after the paper's short name (讯 of 本报讯, 南都讯): the lead is a dateline.",
      ),
    /** Role words a byline names beside the name, kept apart from it (`기자`, `특파원`, `记者`). */
    bylineRoles: words
      .optional()
      .describe(
        "Role words a byline names beside the name, kept apart from it (기자, 특파원, 记者).",
      ),
    /** Whole lines a copied web page leaves behind (`Skip to main content`, `Advertisement`). */
    pageLines: words
      .optional()
      .describe(
        "Whole lines a copied web page leaves behind (Skip to main content, Advertisement).",
      ),
    /** Labels that open a line of page furniture with a value (`Read more`, `Related`). */
    pageLabels: words
      .optional()
      .describe("Labels that open a line of page furniture with a value (Read more, Related)."),
    /** Labels that open a photo caption or credit (`Photo`, `Image caption`, `图片来源`). */
    captionLabels: words
      .optional()
      .describe("Labels that open a photo caption or credit (Photo, Image caption, 图片来源)."),
    /** Words a photo credit ends with, after a slash or a space (`摄`). */
    captionEndings: words
      .optional()
      .describe("Words a photo credit ends with, after a slash or a space (摄)."),
    /** Newswires named in press-release datelines (`PRNewswire`, `BUSINESS WIRE`). */
    pressWires: words
      .optional()
      .describe("Newswires named in press-release datelines (PRNewswire, BUSINESS WIRE)."),
    /** The word of a press release's closing source line, as written (`SOURCE`). */
    pressSource: words
      .optional()
      .describe("The word of a press release's closing source line, as written (SOURCE)."),
    /** The word of a press release's `About <Company>` heading (`About`). */
    pressAbout: words
      .optional()
      .describe("The word of a press release's About <Company> heading (About)."),
    /** How a credit sentence ends (`contributed to this report`). */
    creditEndings: words
      .optional()
      .describe("How a credit sentence ends (contributed to this report)."),
  })
  .meta({ id: "Locale", description: "The language data of one language." });

/**
 * The data of one language: labels, byline words, title-case small words,
 * months, desk slugs, note words, agencies and byline roles. Data only: the rules that use
 * it live in the parser's stages. The built-in ones are in {@link locales}.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { type Locale, parseArticle } from "syndicated-article";
 *
 * const dutch: Locale = {
 *   language: "nl",
 *   labels: { source: ["Bron"], originalUrl: ["Origineel"] },
 *   bylinePrefixes: ["Door"],
 * };
 * parseArticle("Titel\n\nDe tekst.\n\nBron: ANP", { locales: [dutch] }).source; // "ANP"
 * ```
 */
export interface Locale extends z.infer<typeof localeSchema> {}

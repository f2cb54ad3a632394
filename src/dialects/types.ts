import type { PieceMode } from "../blocks/pieces.js";
import type { Part } from "../classify/parts.js";
import type { Lines } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { RuleName } from "../parser/rule-names.js";
import type { Article } from "../schema/article.js";
import type { DialectName } from "../schema/dialect-names.js";
import type { ArticleIssue } from "../schema/issues.js";

/** What a dialect's classification is given besides the lines. */
export interface ClassifyContext {
  readonly lexicon: Lexicon;
  readonly mode: PieceMode;
  /** Reads a stated date into ISO 8601, or null: the built-in reader, or the caller's. */
  readonly parseDate: (raw: string) => string | null;
}

/** The classification stage's result: the parts, or the error that leaves no article. */
export type Classified = (
  | { parts: Part[]; failure: null }
  | { parts: Part[]; failure: ArticleIssue }
) & {
  /** Warnings of the classification (a headline picked on weak evidence). */
  warnings?: ArticleIssue[];
  /** The layout the text was read as, when not the dialect's own (a forced layout that found none of its marks). */
  readAs?: DialectName;
};

/** Why a dialect claims a text, and how strongly (0 to 1). */
export interface Claim {
  readonly score: number;
  /** The rule that recognised the layout, reported by `explainArticle`. */
  readonly rule: RuleName;
}

/**
 * One layout the parser knows, as `createParser` takes it: the built-in ones
 * are in {@link dialects}. How a dialect recognises and classifies text is
 * internal for now; new layouts are added to the package as modules.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { createParser, type Dialect, enLocale, wireDumpDialect } from "syndicated-article";
 *
 * const chosen: Dialect[] = [wireDumpDialect];
 * const parser = createParser({ dialects: chosen, locales: [enLocale] });
 * parser.parse("-- Talks Resume\n-- By Jane Doe\n\nThey met.").byline; // "Jane Doe"
 * ```
 */
export interface Dialect {
  /** The name `article.dialect` reports. */
  readonly name: DialectName;
}

/**
 * A dialect's rules: how to recognise its layout, and how to classify the
 * lines of a text in it. The hub picks the dialect with the strongest claim
 * (or the one the `dialect` option names) and runs its `classify`; adding a
 * layout means adding a module like this one, never editing the hub.
 */
export interface DialectRules extends Dialect {
  /**
   * How strongly the text looks like this layout, or null when it does not.
   * Reads lines only, and the paragraph mode the caller forced (`auto` when none).
   */
  detect(lines: Lines, lexicon: Lexicon, mode: PieceMode): Claim | null;
  /**
   * The highest score `detect` ever gives: once a claim that strong stands,
   * the hub does not ask this layout, which could not beat it.
   */
  readonly strongest: number;
  /**
   * How many documents the text holds, for a layout that marks where each
   * starts (an export's `1 of 10 DOCUMENTS`, Factiva's `HD`): more than one
   * is the `several-articles` error, never one Article of them all.
   */
  documents?(lines: Lines): number;
  /** Classifies the text's lines into parts. */
  classify(lines: Lines, context: ClassifyContext): Classified;
  /**
   * Writes an Article of this layout back in it, when the shared layout of
   * `formatArticle` cannot carry its parts (an export's unlabelled fields);
   * null when it cannot write this Article so that it reads back; several
   * writings, the likeliest first, when which reads back depends on the text. The
   * lexicon is the default parser's (its small words, for headings).
   */
  format?(article: Article, lexicon: Lexicon): string | readonly string[] | null;
  /**
   * Whether the layout reads a date on a line of its own between the headline
   * and the body of this Article (a press release's `February 3, 2025`, above
   * its wire's dateline): the shared layout of `formatArticle` then writes a
   * stated date back there, not in a wire header.
   */
  dateUnderHeadline?(article: Article, lexicon: Lexicon): boolean;
  /**
   * The layout reads contact lines as blocks under their label (`Media
   * Contact:` over a name and an address): the shared layout writes them so.
   */
  readonly contactBlocks?: boolean;
  /**
   * When no writing can be checked to read back (an Article read with labels
   * or a layout `formatArticle` is not given), the layout's own writing is
   * returned rather than the shared layout's: the shared layout cannot carry
   * this layout's parts where they stood.
   */
  readonly ownWritingLast?: boolean;
}

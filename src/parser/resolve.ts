import type { PieceMode } from "../blocks/pieces.js";
import type { Dialect } from "../dialects/types.js";
import { readIsoDate } from "../fields/read-date.js";
import { articleSchema } from "../schema/article.js";
import type { Locale } from "../schema/locale.js";
import { type ParseOptions, parseOptionsSchema } from "../schema/options.js";
import { compileLexicon, type Lexicon } from "./lexicon.js";

/** Options checked and compiled into what the stages use. */
export interface Resolved {
  readonly lexicon: Lexicon;
  readonly mode: PieceMode;
  readonly repairMojibake: boolean;
  /** Whether the built Article is checked against its schema. */
  readonly validate: boolean;
  /** The dialect the options force, or null to recognise it. */
  readonly dialect: Dialect | null;
  readonly parseDate: (raw: string) => string | null;
}

/** What a parser was built from. */
export interface ParserConfig {
  readonly dialects: readonly Dialect[];
  readonly locales: readonly Locale[];
}

/** Options that fail their schema: the message says which, with zod's issue path. */
export class OptionsError extends Error {}

// Compiled lexicons by the content of the options that shape them, so a caller
// who mutates an options object between calls gets what it now says. Bounded:
// a program that makes a new label table per call does not grow memory.
const MAX_CACHED = 32;
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d{3}Z)?)?$/;

/** Resolves options for one parser; `cache` and `defaults` belong to that parser. */
export function resolveOptions(
  options: unknown,
  config: ParserConfig,
  defaults: Resolved,
  cache: Map<string, Lexicon>,
): Resolved {
  if (options === undefined) return defaults;
  const checked = parseOptionsSchema.safeParse(options);
  if (!checked.success) {
    const first = checked.error.issues[0];
    const path = first && first.path.length > 0 ? `options.${first.path.join(".")}` : "options";
    throw new OptionsError(`${path}: ${first?.message ?? "invalid"}.`);
  }
  const o: ParseOptions = checked.data;
  let dialect: Dialect | null = null;
  if (o.dialect !== undefined) {
    dialect = config.dialects.find((d) => d.name === o.dialect) ?? null;
    if (dialect === null) {
      const known = config.dialects.map((d) => d.name).join(", ");
      throw new OptionsError(
        `options.dialect: this parser has no dialect "${o.dialect}" (it has ${known}).`,
      );
    }
  }
  let lexicon = defaults.lexicon;
  if (o.labels !== undefined || o.locales !== undefined || o.builtinLocales === false) {
    const key = JSON.stringify([o.labels ?? null, o.locales ?? null, o.builtinLocales ?? true]);
    let found = cache.get(key);
    if (found === undefined) {
      const locales = [...(o.locales ?? []), ...(o.builtinLocales === false ? [] : config.locales)];
      found = compileLexicon(locales, o.labels);
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
      cache.set(key, found);
    }
    lexicon = found;
  }
  const words = lexicon.dateWords;
  const own = o.parseDate;
  const parseDate = own
    ? (raw: string) => {
        const builtin = readIsoDate(raw, words);
        if (builtin !== null) return builtin;
        let theirs: unknown;
        try {
          theirs = own(raw);
        } catch {
          // The caller's reader failed on this text: it read no date.
          return null;
        }
        // Only the forms `publishedAt` documents: anything else would fail the schema.
        return typeof theirs === "string" && ISO.test(theirs) && isPublishedAt(theirs)
          ? theirs
          : null;
      }
    : lexicon === defaults.lexicon
      ? defaults.parseDate
      : (raw: string) => readIsoDate(raw, words);
  return {
    lexicon,
    mode: o.paragraphMode ?? "auto",
    repairMojibake: o.repairMojibake === true,
    validate: o.validate !== false,
    dialect,
    parseDate,
  };
}

// A real date (no 30 February, no hour 99), as the Article's schema checks it.
const isPublishedAt = (iso: string) => articleSchema.shape.publishedAt.safeParse(iso).success;

/** The options a parser uses when given none. */
export function defaultResolved(config: ParserConfig): Resolved {
  const lexicon = compileLexicon(config.locales);
  const words = lexicon.dateWords;
  return {
    lexicon,
    mode: "auto",
    repairMojibake: false,
    validate: true,
    dialect: null,
    parseDate: (raw) => readIsoDate(raw, words),
  };
}

import { defaultParser } from "../default-parser.js";
import type { SafeParseArticleResult } from "../parser/create-parser.js";
import type { Article } from "../schema/article.js";
import type { DialectName } from "../schema/dialect-names.js";
import type { ParseOptions } from "../schema/options.js";

// Whether a written text reads back as the Article it was written from: what
// `formatArticle` checks before it returns a layout's own text.

/**
 * Whether `text`, parsed with the default options (or with `dialect` forced),
 * gives `article` again, spans aside; `sameLayout` also asks that the layout
 * read back is the Article's.
 */
export function readsBack(
  text: string,
  article: Article,
  sameLayout: boolean,
  dialect?: DialectName,
): boolean {
  return readsBackWith(text, article, sameLayout, dialect ? { dialect } : undefined);
}

/**
 * Whether the shared layout's `text` reads back as `article`: with the default
 * options (`read`, when the caller has read it so already), or, for a body of
 * one paragraph, with `paragraphMode: "blocks"` (the one limit `formatArticle`
 * documents).
 */
export function sharedReadsBack(
  text: string,
  article: Article,
  read: SafeParseArticleResult = readBack(text),
): boolean {
  if (matches(read, article, false)) return true;
  const [section, ...more] = article.sections;
  const lone =
    more.length === 0 &&
    section?.heading === null &&
    section.paragraphs.length === 1 &&
    article.notes.every((n) => n.kind === "boilerplate" || n.kind === "caption");
  return lone && readsBackWith(text, article, false, { paragraphMode: "blocks" });
}

/**
 * `text` parsed as `formatArticle`'s check reads it: the default options
 * (with `options` over them), unvalidated — a read-back that equals the
 * Article is as valid as it is.
 */
export function readBack(text: string, options?: ParseOptions): SafeParseArticleResult {
  return defaultParser.safeParse(text, { ...options, validate: false });
}

function readsBackWith(
  text: string,
  article: Article,
  sameLayout: boolean,
  options?: ParseOptions,
): boolean {
  return matches(readBack(text, options), article, sameLayout);
}

function matches(back: SafeParseArticleResult, article: Article, sameLayout: boolean): boolean {
  return (
    back.success &&
    (!sameLayout || back.data.dialect === article.dialect) &&
    sameFields(back.data, article)
  );
}

// Whether two Articles hold the same fields, spans and dialect aside: what a
// round trip must keep.
function sameFields(a: Article, b: Article): boolean {
  const { spans: _a, dialect: _x, ...left } = a;
  const { spans: _b, dialect: _y, ...right } = b;
  return sameValue(left, right);
}

// Deep equality of JSON-like values, keys in any order (a key holding
// `undefined` counts as absent, as in JSON).
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((k) => left[k] !== undefined);
  if (keys.length !== Object.keys(right).filter((k) => right[k] !== undefined).length) return false;
  return keys.every((k) => sameValue(left[k], right[k]));
}

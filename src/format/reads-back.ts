import { defaultParser } from "../default-parser.js";
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
 * options, or, for a body of one paragraph, with `paragraphMode: "blocks"` (the
 * one limit `formatArticle` documents).
 */
export function sharedReadsBack(text: string, article: Article): boolean {
  if (readsBackWith(text, article, false)) return true;
  const [section, ...more] = article.sections;
  const lone =
    more.length === 0 &&
    section?.heading === null &&
    section.paragraphs.length === 1 &&
    article.notes.every((n) => n.kind === "boilerplate" || n.kind === "caption");
  return lone && readsBackWith(text, article, false, { paragraphMode: "blocks" });
}

function readsBackWith(
  text: string,
  article: Article,
  sameLayout: boolean,
  options?: ParseOptions,
): boolean {
  const back = defaultParser.safeParse(text, options);
  return (
    back.success &&
    (!sameLayout || back.data.dialect === article.dialect) &&
    fieldsOf(back.data) === fieldsOf(article)
  );
}

// An Article's fields as text, keys sorted, spans and dialect aside: what a
// round trip must keep.
function fieldsOf(article: Article): string {
  const { spans, dialect, ...rest } = article;
  return JSON.stringify(rest, (_key, value: unknown) =>
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : value,
  );
}

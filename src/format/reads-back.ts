import { defaultParser } from "../default-parser.js";
import type { Article } from "../schema/article.js";
import type { DialectName } from "../schema/dialect-names.js";

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
  const back = defaultParser.safeParse(text, dialect ? { dialect } : undefined);
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

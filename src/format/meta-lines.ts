import type { Article } from "../schema/article.js";
import { protectHeadline } from "./protect-headline.js";

// The metadata header the writer puts back above the title: a message's header
// block (its labelled lines above the title, the headline as `Subject:`), and
// the bare lines that filled `id` and `language` with no labelled line.

// The header names of a message: two or more above the title make a header block.
const MAIL_NAMES = new Set(
  "from date message-id keywords newsgroups content-language organization sender reply-to to cc path lines xref references nntp-posting-host distribution summary followup-to approved expires mime-version content-type content-transfer-encoding".split(
    " ",
  ),
);

/**
 * A message's header block, when the Article has one: its labelled lines that
 * stood above the headline, with `Subject:` written where the headline stood;
 * and the trailer's other entries. Null when the Article read none.
 */
export function mailHeader(
  article: Article,
  trailer: Article["trailer"],
  slug: RegExp | null,
): { lines: string[]; trailer: Article["trailer"] } | null {
  const at = article.spans.headline?.start;
  if (article.headline === null || at === undefined) return null;
  // The block runs from the top to the body: its lines stand before the first paragraph.
  const first = article.spans.sections[0];
  const body = first?.heading?.start ?? first?.paragraphs[0]?.start ?? Number.POSITIVE_INFINITY;
  const above: { start: number; line: string }[] = [];
  const rest: Article["trailer"] = [];
  article.trailer.forEach((f, i) => {
    const span = article.spans.trailer[i];
    if (span !== undefined && span.start < body && trailer.includes(f)) {
      above.push({ start: span.start, line: `${f.label}:${f.value === "" ? "" : ` ${f.value}`}` });
    } else if (trailer.includes(f)) rest.push(f);
  });
  const known = above.filter((a) => MAIL_NAMES.has(a.line.split(":")[0]?.toLowerCase() ?? ""));
  if (known.length < 2 || known.length !== above.length) return null;
  above.push({ start: at, line: `Subject: ${protectHeadline(article.headline, slug)}` });
  above.sort((a, b) => a.start - b.start);
  return { lines: above.map((a) => a.line), trailer: rest };
}

/** Bare lines for `id` and `language` when no labelled line gave them, as a record's header does. */
export function bareValues(article: Article): string[] {
  const out: string[] = [];
  const labelled = (key: string) => article.trailer.some((f) => f.key === key);
  if (article.id !== null && !labelled("id")) out.push(article.id);
  if (article.language !== null && !labelled("language")) out.push(article.language);
  return out;
}

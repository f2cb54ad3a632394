import type { Located } from "../classify/parts.js";
import type { FieldKey } from "../schema/field-keys.js";
import { type ArticleIssue, issue } from "../schema/issues.js";

// The warnings composing gives about labelled lines that fill nothing: a key
// stated again, a date no reader reads. One per key at most: a trailer of
// thousands of such lines must not cost thousands of messages.

/** A key's lines after the one that filled it: how many, and the first one's label and span. */
export interface Repeat {
  label: string;
  count: number;
  span: { start: number; end: number };
}

/** One `duplicate-field` warning per key stated more than once. */
export function repeatIssues(repeats: ReadonlyMap<FieldKey, Repeat>): ArticleIssue[] {
  const out: ArticleIssue[] = [];
  for (const [key, repeat] of repeats) {
    const lines =
      repeat.count === 1
        ? `A second "${repeat.label}" line`
        : `${repeat.count} more lines for ${key}, from a second "${repeat.label}" on`;
    out.push(
      issue("duplicate-field", "warning", `${lines}; the first one fills ${key}.`, repeat.span),
    );
  }
  return out;
}

/**
 * The `invalid-date` warnings: for the first date line no reader reads
 * (`Date: see below`; `count` of them in all), and for a stated date that
 * fills `publishedAtText` but no `publishedAt` (a Nexis `January 2009`).
 */
export function dateIssues(
  unread: Located | null,
  count: number,
  stated: Located | null,
  statedReads: boolean,
): ArticleIssue[] {
  const out: ArticleIssue[] = [];
  if (unread !== null) {
    const more = count > 1 ? ` (nor ${count - 1} more date lines)` : "";
    const message = `"${unread.text}" is no date the date reader reads${more}; it does not fill publishedAt.`;
    out.push(issue("invalid-date", "warning", message, { start: unread.start, end: unread.end }));
  }
  if (stated !== null && !statedReads) {
    const message = `"${stated.text}" is no date the date reader reads; publishedAt is null, publishedAtText keeps it.`;
    out.push(issue("invalid-date", "warning", message, { start: stated.start, end: stated.end }));
  }
  return out;
}

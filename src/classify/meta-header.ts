import { isBlank, type Lines, lineText } from "../lines/lines.js";
import { languageNames } from "../locales/language-names.js";
import type { FieldKey } from "../schema/field-keys.js";
import { isSpaceCode } from "../text/whitespace.js";
import { type Located, type Part, part } from "./parts.js";

// Metadata lines above the title, read in any layout: the header of an e-mail
// or Usenet message (`Subject:`, `From:`, `Date:`, RFC 5322), and the bare
// lines records of news datasets open with (a link, a date, an id, a language
// code), each alone on its line. What each holds goes to its field; nothing is
// dropped.

/** The fields the header lines of a message fill; other known names are kept in the trailer. */
const MAIL_FIELDS: Readonly<Record<string, FieldKey | "subject" | null>> = {
  subject: "subject",
  from: "byline",
  date: "publishedAt",
  "message-id": "id",
  keywords: "keywords",
  newsgroups: "category",
  "content-language": "language",
  organization: null,
  sender: null,
  "reply-to": null,
  to: null,
  cc: null,
  path: null,
  lines: null,
  xref: null,
  references: null,
  "nntp-posting-host": null,
  distribution: null,
  summary: null,
  "followup-to": null,
  approved: null,
  expires: null,
  "mime-version": null,
  "content-type": null,
  "content-transfer-encoding": null,
};

// A header's name and its colon; the value starts past the spaces after it.
const HEADER_NAME = /^([A-Za-z][A-Za-z0-9-]{0,40}):/;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
// An id: one token of letters, digits and joiners, eight or more, three digits
// at least (a title such as `COVID-19` is no id).
const ID_LINE = /^(?=(?:\D*\d){3})[A-Za-z0-9][\w.:/#-]{7,63}$/;
// A language code alone: `en`, `zh-CN`, `pt_BR`.
const LANGUAGE_LINE = /^[a-z]{2}(?:[-_][A-Za-z]{2,4})?$/;
const LONGEST_BARE = 80;

/** What the metadata header read: its parts, the message's subject, and where the rest starts. */
export interface MetaHeader {
  readonly parts: Part[];
  /** A message's `Subject:` value: its title. */
  readonly subject: Located | null;
  /** The first line after the header. */
  readonly next: number;
}

/**
 * Reads a metadata header at line `head`: a message's header block (two
 * known header names or more, the first line one of them, up to a blank line),
 * or a run of bare metadata lines with a title line under it. Null when there
 * is neither.
 */
export function readMetaHeader(
  lines: Lines,
  head: number,
  to: number,
  parseDate: (raw: string) => string | null,
): MetaHeader | null {
  return readMail(lines, head, to) ?? readBare(lines, head, to, parseDate);
}

// Language codes a bare line may be: those the language names map to, and the
// other common ones (a line `it` or `no` alone reads as a code only here).
const CODES = new Set([
  ...Object.values(languageNames),
  ..."zh ja ko ar pt ru uk it pl tr sv da fi cs el he hi id vi th".split(" "),
]);
const isLanguage = (code: string) => CODES.has(code.slice(0, 2));

function headerName(lines: Lines, i: number): [string, number] | null {
  const s = lines.start[i] as number;
  const e = lines.end[i] as number;
  const m = HEADER_NAME.exec(lines.text.slice(s, Math.min(e, s + 44)));
  if (m === null) return null;
  const name = (m[1] as string).toLowerCase();
  if (!(name in MAIL_FIELDS || name.startsWith("x-"))) return null;
  let value = s + m[0].length;
  while (value < e && isSpaceCode(lines.text.charCodeAt(value))) value++;
  return [m[1] as string, value];
}

function readMail(lines: Lines, head: number, to: number): MetaHeader | null {
  const first = headerName(lines, head);
  if (first === null || first[0].toLowerCase().startsWith("x-")) return null;
  let end = head;
  // A message's header names two things or more (`From:`, `Date:`): one name
  // said twice (`Date: [` / `Date:`) is no header block.
  const known = new Set<string>();
  while (end < to && !isBlank(lines, end)) {
    const found = headerName(lines, end);
    if (found === null) return null;
    const name = found[0].toLowerCase();
    if (!name.startsWith("x-")) known.add(name);
    end++;
  }
  if (known.size < 2) return null;
  const parts: Part[] = [];
  let subject: Located | null = null;
  for (let i = head; i < end; i++) {
    const [label, valueStart] = headerName(lines, i) as [string, number];
    const start = lines.start[i] as number;
    const lineEnd = lines.end[i] as number;
    const value = lineText(lines, valueStart, lineEnd);
    const role = MAIL_FIELDS[label.toLowerCase()] ?? null;
    if (role === "subject" && subject === null && value !== "") {
      subject = { text: value, start: valueStart, end: lineEnd };
      parts.push(part("headline", subject, "mail-subject"));
      continue;
    }
    const key = role === "subject" ? null : role;
    parts.push({
      kind: "field",
      key,
      label,
      value,
      start,
      end: lineEnd,
      valueStart,
      rule: "mail-header",
    });
  }
  return { parts, subject, next: end };
}

function readBare(
  lines: Lines,
  head: number,
  to: number,
  parseDate: (raw: string) => string | null,
): MetaHeader | null {
  const parts: Part[] = [];
  let i = head;
  for (; i < to; i++) {
    if (isBlank(lines, i)) continue;
    const s = lines.start[i] as number;
    const e = lines.end[i] as number;
    if (e - s > LONGEST_BARE) break;
    const text = lineText(lines, s, e);
    const at = { text, start: s, end: e };
    if (URL_LINE.test(text) && !parts.some((p) => p.kind === "link")) {
      parts.push({ kind: "link", text, start: s, end: e, lineStart: s, rule: "meta-url" });
    } else if (LANGUAGE_LINE.test(text) && isLanguage(text) && !has(parts, "language")) {
      parts.push({ kind: "value", key: "language", ...at, rule: "meta-language" });
    } else if (ID_LINE.test(text) && parseDate(text) === null && !has(parts, "id")) {
      parts.push({ kind: "value", key: "id", ...at, rule: "meta-id" });
    } else if (!parts.some((p) => p.kind === "published") && parseDate(text) !== null) {
      parts.push(part("published", at, "meta-date"));
    } else break;
  }
  // A header stands over something: a title line under it.
  if (parts.length === 0 || i >= to) return null;
  return { parts, subject: null, next: i };
}

function has(parts: readonly Part[], key: "id" | "language"): boolean {
  return parts.some((p) => p.kind === "value" && p.key === key);
}

import type { Article } from "../schema/article.js";
import type { RecordLayout, RecordRole } from "./records.js";

// Writes an Article read from a markup record back as a record of its layout,
// so that `formatArticle` round-trips it: the record's attributes, its
// elements in the order the reader fills the Article from, the body by the
// layout's paragraph rule. What the layout cannot carry (headings, a note
// other than the closing credit) gives null: the shared layout writes it.

const escapeText = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;");
const NAME = /^[A-Za-z][A-Za-z0-9_.:-]*$/;
const IDEOGRAPHIC_BREAK = "\u3000\u3000";

/** The first element name the layout gives `role`. */
function nameOf(layout: RecordLayout, role: RecordRole): string | null {
  for (const [name, r] of Object.entries(layout.roles)) if (r === role) return name;
  return null;
}

/** Writes `value` in the element `name` (in the layout's case). */
function element(layout: RecordLayout, name: string, value: string): string {
  const tag = layout.lowerCase ? name.toLowerCase() : name;
  return `<${tag}>${value}</${tag}>`;
}

/** The body's text by the layout's paragraph rule, its closing credit last. */
function bodyText(layout: RecordLayout, paragraphs: readonly string[], credit: string | null) {
  const escaped = paragraphs.map(escapeText);
  if (layout.paragraphs === "ideographic") return escaped.join(IDEOGRAPHIC_BREAK);
  const lines = escaped.map((p) => `    ${p}`);
  if (credit !== null) lines.push(` ${escapeText(credit)}`);
  return `\n${lines.join("\n")}\n`;
}

// How a dateline read from the start of the body is run back into it: after a
// space (`NEW YORK (AP) -- Stocks`), or an ideographic one (`南都讯　记者刘凡　正文`).
const RUN_IN = [" ", "\u3000"];
// Where CJK scripts begin: a dateline ending in them is a Chinese or Japanese lead.
const CJK_START = 0x2e80;

/**
 * An Article of a record layout written as one record of it, in the writings
 * that may read back, the likeliest first: the dateline in its element, then
 * run into the first paragraph (where the body's own dateline was read);
 * null when the layout cannot carry it.
 */
export function formatRecord(article: Article, layout: RecordLayout): string[] | null {
  const first = writeRecord(article, layout, null);
  const dateline = article.dateline?.text;
  const paragraph = article.sections[0]?.paragraphs[0];
  if (dateline === undefined || paragraph === undefined) return first === null ? null : [first];
  // A Chinese lead is parted from its text by an ideographic space, as it was written.
  const wide = dateline.charCodeAt(dateline.length - 1) >= CJK_START;
  const runIn = (wide ? [...RUN_IN].reverse() : RUN_IN).map((space) =>
    writeRecord(article, layout, `${dateline}${space}${paragraph}`),
  );
  const writings = [first, ...runIn].filter((w): w is string => w !== null);
  return writings.length > 0 ? writings : null;
}

/** Whether the byline was read out of the dateline's text. */
function bylineInDateline(article: Article): boolean {
  const { byline, dateline } = article.spans;
  return (
    byline !== null &&
    dateline !== null &&
    byline.start >= dateline.start &&
    byline.end <= dateline.end
  );
}

/** One writing; `lead` is the first paragraph with the dateline run into it, or null. */
function writeRecord(article: Article, layout: RecordLayout, lead: string | null): string | null {
  const [section, ...more] = article.sections;
  if (more.length > 0 || (section && section.heading !== null)) return null;
  if (article.standfirst !== null || article.highlights.length > 0) return null;
  const credits = layout.credits ?? [];
  const [note, ...otherNotes] = article.notes;
  if (otherNotes.length > 0 || (note && (note.kind !== "credit" || credits.length === 0)))
    return null;
  const paragraphs = [...(section?.paragraphs ?? [])];
  if (lead !== null) paragraphs[0] = lead;
  const head: string[] = [];
  const structural: [RecordRole, string | null][] = [
    ["headline", article.headline],
    ["date", article.publishedAtText],
    // A byline read from the dateline (`南都讯　记者刘凡`) goes back with it.
    ["byline", bylineInDateline(article) ? null : article.byline],
    ["dateline", lead === null ? (article.dateline?.text ?? null) : null],
    ["slug", article.slug],
  ];
  for (const [role, value] of structural) {
    if (value === null) continue;
    const name = nameOf(layout, role);
    if (name === null) return null;
    head.push(element(layout, name, escapeText(value)));
  }
  // The leading trailer lines up to the last one the layout reads from an attribute were attributes.
  const attributeNames = Object.keys(layout.attributes ?? {});
  let attributes = 0;
  article.trailer.forEach((t, i) => {
    if (attributeNames.includes(t.label)) attributes = i + 1;
  });
  const attrs: string[] = [];
  for (const t of article.trailer.slice(0, attributes)) {
    if (!NAME.test(t.label) || t.value.includes('"')) return null;
    attrs.push(` ${layout.lowerCase ? t.label.toLowerCase() : t.label}="${escapeText(t.value)}"`);
  }
  // The other trailer lines as elements: a run under one label is one list of items.
  const fields: string[] = [];
  const rest = article.trailer.slice(attributes);
  for (let i = 0; i < rest.length; ) {
    const label = rest[i]?.label as string;
    if (!NAME.test(label)) return null;
    let j = i;
    while (j < rest.length && rest[j]?.label === label) j++;
    const values = rest.slice(i, j).map((t) => escapeText(t.value));
    const items = layout.items;
    if (values.length > 1 && items === undefined) return null;
    const content =
      values.length > 1
        ? values.map((v) => element(layout, items as string, v)).join("")
        : values[0];
    fields.push(element(layout, label, content as string));
    i = j;
  }
  const body = nameOf(layout, "body");
  if (body === null) return null;
  const text = bodyText(layout, paragraphs, note?.text ?? null);
  const record = layout.lowerCase ? layout.record.toLowerCase() : layout.record;
  return [
    `<${record}${attrs.join("")}>`,
    ...head,
    ...fields,
    ...(paragraphs.length > 0 || note ? [element(layout, body, text)] : []),
    `</${record}>`,
  ].join("\n");
}

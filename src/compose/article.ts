import type { Located, Part } from "../classify/parts.js";
import { normalizeUrl } from "../fields/url.js";
import type { Article, ArticleSpans, Span } from "../schema/article.js";
import type { DialectName } from "../schema/dialect-names.js";
import type { FieldKey } from "../schema/field-keys.js";
import { type ArticleIssue, issue } from "../schema/issues.js";
import { dateIssues, type Repeat, repeatIssues } from "./field-issues.js";
import { addressName, languageOf, wordCountOf } from "./values.js";

/** Headlines longer than this are reported: the first line is probably body text. */
const LONG_HEADLINE = 300;

/** What composing gives: the Article (not yet validated) and, per part, its path in it. */
export type Composed =
  | { article: Article; paths: (string | null)[]; failure: null }
  | { article: null; paths: (string | null)[]; failure: ArticleIssue };

type Field = Located;

// The fields filled from the first usable line of their key, as is.
const PLAIN_KEYS = ["section", "copyright", "id", "wordCount", "language", "category"] as const;
type PlainKey = (typeof PLAIN_KEYS)[number];
const isPlain = (key: FieldKey): key is PlainKey => (PLAIN_KEYS as readonly string[]).includes(key);
// The fields that are lists: every line of the key adds its items.
type ListKey = "topics" | "places" | "keywords";
const isList = (key: FieldKey): key is ListKey =>
  key === "topics" || key === "places" || key === "keywords";

/**
 * Assembles the Article and its spans together from the classified parts, in
 * one pass: the spans tree is filled beside each value, so the two cannot
 * drift apart. Field precedence: a stated header value, then the first usable
 * labelled line of each key; repeats are reported once per key. Each part's
 * path in the Article is written only with `tracePaths` (what `explainArticle`
 * reports): a parse that explains nothing builds no path per paragraph.
 */
export function composeArticle(
  parts: readonly Part[],
  dialect: DialectName,
  parseDate: (raw: string) => string | null,
  warnings: ArticleIssue[],
  tracePaths = true,
): Composed {
  const paths: (string | null)[] = new Array(parts.length).fill(null);
  let headline: Located | null = null;
  let slug: Located | null = null;
  let standfirst: Located | null = null;
  let dateline: (Part & { kind: "dateline" }) | null = null;
  let byline: Field | null = null;
  let bylineRole: Field | null = null;
  let published: Field | null = null;
  let originalUrl: Field | null = null;
  let source: Field | null = null;
  let disclaimer: Field | null = null;
  const plain: Partial<Record<PlainKey, { value: string | number; span: Span; index: number }>> =
    {};
  const sections: Article["sections"] = [];
  const sectionSpans: ArticleSpans["sections"] = [];
  const notes: Article["notes"] = [];
  const noteSpans: Span[] = [];
  const highlights: string[] = [];
  const highlightSpans: Span[] = [];
  const lists: Record<ListKey, { items: string[]; spans: Span[] }> = {
    topics: { items: [], spans: [] },
    places: { items: [], spans: [] },
    keywords: { items: [], spans: [] },
  };
  const trailer: Article["trailer"] = [];
  const trailerSpans: Span[] = [];
  const seen = new Set<FieldKey>();
  const repeats = new Map<FieldKey, Repeat>();
  let unreadDate: Field | null = null;
  let unreadDates = 0;
  let bylineIndex = -1;
  let bylineFromLabel = false;
  let roleIndex = -1;
  let datelineIndex = -1;
  let publishedIndex = -1;
  // The piece of the published part the date reader reads, when it holds more.
  let publishedDateText: string | null = null;
  let urlIndex = -1;
  let sourceIndex = -1;
  let disclaimerIndex = -1;

  const section = () => {
    if (sections.length === 0) {
      sections.push({ heading: null, paragraphs: [] });
      sectionSpans.push({ heading: null, paragraphs: [] });
    }
    return sections.length - 1;
  };
  const addField = (i: number, key: FieldKey | null, label: string, value: string, line: Span) => {
    if (tracePaths) paths[i] = `trailer[${trailer.length}]`;
    trailer.push({ key, label, value });
    trailerSpans.push(line);
  };

  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as Part;
    switch (p.kind) {
      case "headline":
        headline = p;
        paths[i] = "headline";
        break;
      case "slug":
        slug = p;
        paths[i] = "slug";
        break;
      case "standfirst":
        if (standfirst === null) {
          standfirst = p;
          paths[i] = "standfirst";
        }
        break;
      case "highlight":
        if (tracePaths) paths[i] = `highlights[${highlights.length}]`;
        highlights.push(p.text);
        highlightSpans.push(span(p));
        break;
      case "byline":
        // A stated byline line comes before a labelled one (`Author: …`) even
        // below it: the labelled line stays in the trailer, so both are kept.
        if (byline === null || bylineFromLabel) {
          byline = p;
          bylineIndex = i;
          bylineFromLabel = false;
        }
        break;
      case "bylineRole":
        // A role goes with the byline part right before it, when that byline is the one used.
        if (bylineRole === null && bylineIndex === i - 1) {
          bylineRole = p;
          roleIndex = i;
        }
        break;
      case "value": {
        // A bare line of a metadata header (an id, a language code): the field, no trailer line.
        const plainValue = p.key === "language" ? languageOf(p.text) : p.text;
        if (plainValue !== null && plain[p.key] === undefined) {
          plain[p.key] = { value: plainValue, span: span(p), index: i };
          if (tracePaths) paths[i] = p.key;
        }
        break;
      }
      case "published":
        if (published === null) {
          published = p;
          publishedDateText = p.dateText ?? null;
          publishedIndex = i;
        }
        break;
      case "link": {
        const url = normalizeUrl(p.text);
        if (url !== null && originalUrl === null) {
          originalUrl = { ...p, text: url };
          urlIndex = i;
        } else if (url === null) {
          // Kept as a line of the trailer, never dropped.
          const message = `"${p.text}" is not a web link; it does not fill originalUrl.`;
          warnings.push(issue("invalid-url", "warning", message, span(p)));
          addField(i, null, "--", p.text, { start: p.lineStart ?? p.start, end: p.end });
        }
        break;
      }
      case "dateline":
        dateline = p;
        datelineIndex = i;
        // A press release's dateline states its date, where no line above it did.
        if (p.date && published === null) {
          published = p.date;
          publishedIndex = i;
        }
        break;
      case "heading":
        if (tracePaths) paths[i] = `sections[${sections.length}].heading`;
        sections.push({ heading: p.text, paragraphs: [] });
        sectionSpans.push({ heading: span(p), paragraphs: [] });
        break;
      case "paragraph": {
        const s = section();
        const list = sections[s]?.paragraphs as string[];
        if (tracePaths) paths[i] = `sections[${s}].paragraphs[${list.length}]`;
        list.push(p.text);
        sectionSpans[s]?.paragraphs.push(span(p));
        break;
      }
      case "note":
        if (tracePaths) paths[i] = `notes[${notes.length}]`;
        notes.push({ kind: p.note, text: p.text });
        noteSpans.push(span(p));
        break;
      case "field": {
        addField(i, p.key, p.label, p.value, { start: p.start, end: p.end });
        // Contact lines come many to a block and fill no Article field.
        if (p.key === null || p.key === "contact") break;
        const value: Field = { text: p.value, start: p.valueStart, end: p.end };
        if (isList(p.key)) {
          const list = lists[p.key];
          if (tracePaths && list.items.length === 0) paths[i] = `${paths[i]} → ${p.key}`;
          for (const item of listItems(value)) {
            list.items.push(item.text);
            list.spans.push(span(item));
          }
          break;
        }
        if (p.key === "originalUrl") {
          const url = normalizeUrl(p.value);
          if (url === null) {
            const message = `"${p.value}" is not a web link; it does not fill originalUrl.`;
            warnings.push(issue("invalid-url", "warning", message, span(value)));
            break;
          }
          value.text = url;
        }
        if (p.key === "publishedAt" && parseDate(p.value) === null) {
          unreadDate ??= value;
          unreadDates++;
          break;
        }
        let plainValue: string | number | null = value.text;
        if (p.key === "wordCount") plainValue = wordCountOf(p.value);
        else if (p.key === "language") plainValue = languageOf(p.value);
        if (plainValue === null) break;
        if (seen.has(p.key)) {
          // One warning per key, however many repeats: a trailer of thousands of
          // repeated lines must not cost thousands of messages.
          const repeat = repeats.get(p.key);
          if (repeat) repeat.count++;
          else repeats.set(p.key, { label: p.label, count: 1, span: span(value) });
          break;
        }
        seen.add(p.key);
        if (p.key === "originalUrl" && originalUrl === null) {
          originalUrl = value;
          urlIndex = i;
        } else if (p.key === "publishedAt" && published === null) {
          published = value;
          publishedIndex = i;
        } else if (p.key === "byline" && byline === null) {
          byline = addressName(value);
          bylineIndex = i;
          bylineFromLabel = true;
        } else if (p.key === "source") {
          source = value;
          sourceIndex = i;
        } else if (p.key === "disclaimer") {
          disclaimer = value;
          disclaimerIndex = i;
        } else if (isPlain(p.key)) {
          plain[p.key] ??= { value: plainValue, span: span(value), index: i };
        }
        break;
      }
    }
  }
  warnings.push(...repeatIssues(repeats));
  const publishedAt = published ? parseDate(publishedDateText ?? published.text) : null;
  warnings.push(...dateIssues(unreadDate, unreadDates, published, publishedAt !== null));
  // A text with no title line or no body is still an Article: the fields it has
  // are kept and a warning says what is missing, never a failure that drops them.
  if (headline === null) {
    warnings.push(issue("no-headline", "warning", "The text has no title line: headline is null."));
  } else if (headline.text.length > LONG_HEADLINE) {
    const message = `The headline is ${headline.text.length} characters long; the first line may be body text.`;
    warnings.push(issue("long-headline", "warning", message, span(headline)));
  }
  if (!sections.some((s) => s.paragraphs.length > 0)) {
    const message = "The text has no body paragraph: sections hold none.";
    warnings.push(issue("no-body", "warning", message, spanOrNull(headline) ?? undefined));
  }
  if (byline === null && dateline?.byline) {
    byline = { text: dateline.byline, start: dateline.start, end: dateline.end };
    // The role word of the same dateline (`기자`) goes with the name it read.
    if (dateline.role)
      bylineRole = { text: dateline.role, start: dateline.start, end: dateline.end };
  }
  // With no line naming the source, the agency the dateline names is where the text came from.
  const sourceFromDateline = source === null && Boolean(dateline?.agency);
  if (sourceFromDateline && dateline?.agency) {
    // The span is the agency's name inside the dateline, where the step that
    // cut the dateline found it; else the whole dateline.
    const at = dateline.agencySpan ?? dateline;
    source = { text: dateline.agency, start: at.start, end: at.end };
  }
  // A field's path names the Article field it filled; a labelled line also has its trailer path.
  const fill = (index: number, path: string) => {
    if (index !== -1 && paths[index] === null) paths[index] = path;
    else if (index !== -1) paths[index] = `${paths[index]} → ${path}`;
  };
  fill(bylineIndex, "byline");
  fill(roleIndex, "bylineRole");
  fill(datelineIndex, "dateline");
  if (sourceFromDateline) fill(datelineIndex, "source");
  fill(publishedIndex, "publishedAt");
  fill(urlIndex, "originalUrl");
  fill(sourceIndex, "source");
  fill(disclaimerIndex, "disclaimer");
  for (const [key, found] of Object.entries(plain)) if (found) fill(found.index, key);

  const article: Article = {
    headline: headline?.text ?? null,
    slug: slug?.text ?? null,
    standfirst: standfirst?.text ?? null,
    highlights,
    byline: byline?.text ?? null,
    bylineRole: bylineRole?.text ?? null,
    dateline: dateline
      ? { text: dateline.text, place: dateline.place, agency: dateline.agency }
      : null,
    publishedAt,
    publishedAtText: published?.text ?? null,
    sections,
    notes,
    source: source?.text ?? null,
    originalUrl: originalUrl?.text ?? null,
    disclaimer: disclaimer?.text ?? null,
    section: (plain.section?.value as string | undefined) ?? null,
    wordCount: (plain.wordCount?.value as number | undefined) ?? null,
    copyright: (plain.copyright?.value as string | undefined) ?? null,
    id: (plain.id?.value as string | undefined) ?? null,
    language: (plain.language?.value as string | undefined) ?? null,
    topics: lists.topics.items,
    places: lists.places.items,
    keywords: lists.keywords.items,
    category: (plain.category?.value as string | undefined) ?? null,
    trailer,
    dialect,
    spans: {
      headline: spanOrNull(headline),
      slug: spanOrNull(slug),
      standfirst: spanOrNull(standfirst),
      highlights: highlightSpans,
      byline: spanOrNull(byline),
      bylineRole: spanOrNull(bylineRole),
      dateline: spanOrNull(dateline),
      publishedAt: spanOrNull(published),
      sections: sectionSpans,
      notes: noteSpans,
      source: spanOrNull(source),
      originalUrl: spanOrNull(originalUrl),
      disclaimer: spanOrNull(disclaimer),
      section: plain.section?.span ?? null,
      wordCount: plain.wordCount?.span ?? null,
      copyright: plain.copyright?.span ?? null,
      id: plain.id?.span ?? null,
      language: plain.language?.span ?? null,
      topics: lists.topics.spans,
      places: lists.places.spans,
      keywords: lists.keywords.spans,
      category: plain.category?.span ?? null,
      trailer: trailerSpans,
    },
  };
  return { article, paths, failure: null };
}

function span(at: { start: number; end: number }): Span {
  return { start: at.start, end: at.end };
}

function spanOrNull(at: { start: number; end: number } | null): Span | null {
  return at ? { start: at.start, end: at.end } : null;
}

/** The items of a list value (`acq, earn; usa`), each trimmed, with its offsets. */
function listItems(value: Field): Field[] {
  const items: Field[] = [];
  const re = /[^,;，；、]+/g;
  for (let m = re.exec(value.text); m !== null; m = re.exec(value.text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text === "") continue;
    const start = value.start + m.index + lead;
    items.push({ text, start, end: start + text.length });
  }
  return items;
}

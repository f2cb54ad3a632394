import { type BodyPart, readBody, toSections } from "./body.js";
import { checkCharacters } from "./characters.js";
import { findDateline } from "./dateline.js";
import { parseStatedDate } from "./dates.js";
import { decodeBytes, findMojibake, repairMojibake } from "./decode.js";
import { type Header, type Located, readHeader } from "./header.js";
import { type ArticleIssue, ArticleParseError, issue } from "./issues.js";
import { isBlank, scanLines } from "./lines.js";
import { type NoteKind, noteKind, trailingNoteStart } from "./notes.js";
import { describe, type ParseOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { type Article, articleSchema, type Span } from "./schema.js";
import { findTrailer, type LabelLine } from "./trailer.js";
import { normalizeUrl } from "./url.js";
import { isSpaceCode } from "./whitespace.js";

/** Headlines longer than this are reported: the first line is probably body text. */
const LONG_HEADLINE = 300;

/**
 * What `safeParseArticle` returns: the shape of zod's `safeParse`, plus the
 * warnings of a successful parse.
 *
 * @example
 * ```ts
 * import { type SafeParseArticleResult, safeParseArticle } from "syndicated-article";
 *
 * const result: SafeParseArticleResult = safeParseArticle("Title\n\nBody.");
 * if (result.success) result.data.headline; // "Title"
 * else result.error.issues;
 * ```
 */
export type SafeParseArticleResult =
  | { success: true; data: Article; warnings: ArticleIssue[] }
  | { success: false; error: ArticleParseError };

/**
 * Parses syndicated article text into a validated {@link Article}.
 *
 * @param input - the article: text, or bytes (UTF-8, UTF-16 with a BOM, or
 * windows-1252 as a fallback). Spans point into the text as given, or into
 * the decoded text for bytes.
 * @param options - labels, languages and paragraph mode; see {@link ParseOptions}.
 * @returns the Article, validated with {@link articleSchema}.
 * @throws {@link ArticleParseError} when the text holds no article (empty,
 * no headline, no body paragraph); `TypeError` when `input` is neither a string
 * nor a `Uint8Array`, or an option is malformed.
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * const article = parseArticle('"Talks Resume"\n\nThe talks resumed on Monday.\n\nSource: rfi');
 * article.headline; // "Talks Resume"
 * article.sections[0]?.paragraphs; // ["The talks resumed on Monday."]
 * article.source; // "rfi"
 * ```
 */
export function parseArticle(input: string | Uint8Array, options?: ParseOptions): Article {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    throw new TypeError(
      `parseArticle expects the article as a string or a Uint8Array, got ${describe(input)}`,
    );
  }
  const outcome = parseInput(input, resolveOptions(options));
  if (outcome.success) return outcome.data;
  throw outcome.error;
}

/**
 * Parses like {@link parseArticle} but never throws, whatever it is given.
 *
 * @param input - anything; only a string or a `Uint8Array` can succeed.
 * @param options - as for {@link parseArticle}.
 * @example
 * ```ts
 * import { safeParseArticle } from "syndicated-article";
 *
 * const result = safeParseArticle("");
 * if (!result.success) result.error.issues[0]?.code; // "empty-input"
 * ```
 */
export function safeParseArticle(input: unknown, options?: ParseOptions): SafeParseArticleResult {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    return failure([
      issue(
        "invalid-input",
        "error",
        `Expected the article as a string or a Uint8Array, got ${describe(input)}.`,
      ),
    ]);
  }
  let resolved: ResolvedOptions;
  try {
    resolved = resolveOptions(options as ParseOptions | undefined);
  } catch (error) {
    return failure([issue("invalid-options", "error", (error as Error).message)]);
  }
  try {
    return parseInput(input, resolved);
  } catch (error) {
    // A bug, still reported as data because this function promises not to throw.
    return failure([issue("invalid-result", "error", String(error))]);
  }
}

function failure(issues: ArticleIssue[]): SafeParseArticleResult {
  return { success: false, error: new ArticleParseError(issues) };
}

function parseInput(input: string | Uint8Array, options: ResolvedOptions): SafeParseArticleResult {
  let text: string;
  let warnings: ArticleIssue[] = [];
  if (typeof input === "string") text = input;
  else ({ text, warnings } = decodeBytes(input));
  const mojibake = findMojibake(text);
  if (mojibake !== -1) {
    if (options.repairMojibake) {
      text = repairMojibake(text);
      warnings.push(
        issue("mojibake", "warning", "Mojibake was repaired; spans point into the repaired text."),
      );
    } else {
      const message =
        "UTF-8 text that was read as windows-1252 (`â€™`, `Ã©`); set repairMojibake to fix it.";
      warnings.push(issue("mojibake", "warning", message, { start: mojibake, end: mojibake + 2 }));
    }
  }
  return parseText(text, options, warnings);
}

/**
 * Runs the stages: lines → header, trailer and body → notes, dateline and
 * sections → one Article, validated once at the end.
 */
function parseText(
  text: string,
  options: ResolvedOptions,
  warnings: ArticleIssue[],
): SafeParseArticleResult {
  const lines = scanLines(text);
  const count = lines.start.length;
  let head = 0;
  while (head < count && isBlank(lines, head)) head++;
  if (head === count) {
    return failure([issue("empty-input", "error", "The text is empty or holds only white space.")]);
  }
  const trailer = findTrailer(lines, head, count, options.labels);
  if (trailer.first === head) {
    return failure([
      issue("no-headline", "error", "The text holds only trailer lines, no headline or body.", {
        start: lines.start[head] as number,
        end: lines.end[count - 1] as number,
      }),
    ]);
  }
  warnings.push(...checkCharacters(text));

  const header = readHeader(lines, head, trailer.first, options.labels, parseStatedDate);
  const { headline } = header;
  if (headline.text.length === 0) {
    return failure([
      issue("no-headline", "error", "The headline line is empty (a wire header with no title).", {
        start: lines.start[head] as number,
        end: lines.end[head] as number,
      }),
    ]);
  }
  if (headline.text.length > LONG_HEADLINE) {
    const message = `The headline is ${headline.text.length} characters long; the first line may be body text.`;
    warnings.push(issue("long-headline", "warning", message, span(headline)));
  }

  const parts = readBody(lines, header.next, trailer.first, options.paragraphMode);
  const notes = takeNotes(text, parts);
  const dateline = takeDateline(text, parts);
  if (!parts.some((p) => p.kind === "paragraph")) {
    return failure([
      issue("no-body", "error", "The text has a headline but no body paragraph.", span(headline)),
    ]);
  }
  const grouped = toSections(parts);
  const fields = readFields([...header.fields, ...trailer.fields], header, dateline, warnings);

  const article: Article = {
    headline: headline.text,
    slug: header.slug?.text ?? null,
    byline: fields.byline?.text ?? null,
    dateline: dateline
      ? { text: dateline.text, place: dateline.place, agency: dateline.agency }
      : null,
    publishedAt: fields.published ? parseStatedDate(fields.published.text) : null,
    publishedAtText: fields.published?.text ?? null,
    sections: grouped.map((s) => ({
      heading: s.heading ? s.heading.text : null,
      paragraphs: s.paragraphs.map((p) => p.text),
    })),
    notes: notes.map((n) => ({ kind: n.kind, text: n.text })),
    source: fields.source?.text ?? null,
    originalUrl: fields.originalUrl?.text ?? null,
    disclaimer: fields.disclaimer?.text ?? null,
    trailer: [...header.fields, ...trailer.fields].map((f) => ({
      key: f.key,
      label: f.label,
      value: f.value,
    })),
    spans: {
      headline: span(headline),
      slug: spanOrNull(header.slug),
      sections: grouped.map((s) => ({
        heading: s.heading ? span(s.heading) : null,
        paragraphs: s.paragraphs.map(span),
      })),
      source: spanOrNull(fields.source),
      originalUrl: spanOrNull(fields.originalUrl),
      disclaimer: spanOrNull(fields.disclaimer),
      byline: spanOrNull(fields.byline),
      dateline: spanOrNull(dateline),
      publishedAt: spanOrNull(fields.published),
      notes: notes.map(span),
      trailer: [...header.fields, ...trailer.fields].map(span),
    },
  };

  const checked = articleSchema.safeParse(article);
  if (!checked.success) {
    // The parser built something its own schema rejects: a bug, reported as data.
    return failure([issue("invalid-result", "error", checked.error.message)]);
  }
  return { success: true, data: checked.data, warnings };
}

function span(part: { start: number; end: number }): Span {
  return { start: part.start, end: part.end };
}

function spanOrNull(part: { start: number; end: number } | null): Span | null {
  return part ? { start: part.start, end: part.end } : null;
}

type NotePart = Located & { kind: NoteKind };

/**
 * Takes wire notes out of the body: whole-paragraph notes at its start
 * (editor's notes) and end (credits, currency notes), and credits run into the
 * end of the last paragraph, as old one-line wire copy has them.
 */
function takeNotes(input: string, parts: BodyPart[]): NotePart[] {
  const leading: NotePart[] = [];
  while (parts.length > 1) {
    const first = parts[0] as BodyPart;
    const kind = first.kind === "paragraph" ? noteKind(first.text) : null;
    if (kind === null) break;
    leading.push({ kind, text: first.text, start: first.start, end: first.end });
    parts.shift();
  }
  const trailing: NotePart[] = [];
  while (parts.length > 1) {
    const last = parts[parts.length - 1] as BodyPart;
    const kind = last.kind === "paragraph" ? noteKind(last.text) : null;
    if (kind === null) break;
    trailing.unshift({ kind, text: last.text, start: last.start, end: last.end });
    parts.pop();
  }
  const last = parts[parts.length - 1];
  while (last && last.kind === "paragraph") {
    const at = trailingNoteStart(last.text);
    if (at === -1) break;
    let keep = at;
    while (keep > 0 && last.text.charCodeAt(keep - 1) === 0x20) keep--;
    if (keep === 0) break;
    // The paragraph may be joined from several lines, so find the note's
    // opening bracket in the input itself rather than by its offset in the text.
    const start = openingBracket(input, last.start, last.end);
    if (start === -1) break;
    const noteText = last.text.slice(at);
    trailing.unshift({
      kind: noteKind(noteText) as NoteKind,
      text: noteText,
      start,
      end: last.end,
    });
    last.text = last.text.slice(0, keep);
    let end = start;
    while (end > last.start && isSpaceCode(input.charCodeAt(end - 1))) end--;
    last.end = end;
  }
  return [...leading, ...trailing];
}

/** Offset of the `(` that the `)` ending `input[from, to)` closes, or -1. */
function openingBracket(input: string, from: number, to: number): number {
  let depth = 0;
  for (let i = to - 1; i >= from; i--) {
    const c = input.charCodeAt(i);
    if (c === 0x29) depth++;
    else if (c === 0x28 && --depth === 0) return i;
  }
  return -1;
}

/**
 * The input offset that `count` characters of `text` reach, when `text` was
 * read from `input` at `start`. They differ only where lines were joined: one
 * space in the text stands for a line break and the white space around it.
 */
function inputOffset(input: string, start: number, text: string, count: number): number {
  let p = start;
  for (let i = 0; i < count; i++) {
    if (text.charCodeAt(i) === 0x20) {
      let q = p;
      let lineBreak = false;
      for (
        let c = input.charCodeAt(q);
        isSpaceCode(c) || c === 0x0a || c === 0x0d;
        c = input.charCodeAt(++q)
      ) {
        if (c === 0x0a || c === 0x0d) lineBreak = true;
      }
      if (lineBreak) {
        p = q;
        continue;
      }
    }
    p++;
  }
  return p;
}

/** Splits a dateline off the first paragraph, which then starts after it. */
function takeDateline(
  input: string,
  parts: BodyPart[],
): (Located & { place: string | null; agency: string | null; byline: string | null }) | null {
  const first = parts.find((p) => p.kind === "paragraph");
  if (!first) return null;
  // A dateline stands at the start of a line: look in the paragraph's first line only.
  let lineEnd = first.end;
  for (const eol of ["\n", "\r"]) {
    const at = input.indexOf(eol, first.start);
    if (at !== -1 && at < lineEnd) lineEnd = at;
  }
  const found = findDateline(first.text, lineEnd - first.start);
  if (!found) return null;
  const start = first.start;
  const end = inputOffset(input, start, found.text, found.text.trimEnd().length);
  first.start = inputOffset(input, start, found.text, found.text.length);
  first.text = first.text.slice(found.length);
  return {
    text: found.text,
    start,
    end,
    place: found.place,
    agency: found.agency,
    byline: found.byline,
  };
}

interface Fields {
  source: Located | null;
  originalUrl: Located | null;
  disclaimer: Located | null;
  byline: Located | null;
  published: Located | null;
}

/** Fills the Article's fields from labelled lines: the first line of each key wins. */
function readFields(
  labelled: readonly LabelLine[],
  header: Header,
  dateline: { byline: string | null; start: number; end: number } | null,
  warnings: ArticleIssue[],
): Fields {
  const fields: Fields = {
    source: null,
    originalUrl: null,
    disclaimer: null,
    byline: header.byline,
    published: header.published,
  };
  if (header.link) {
    const url = normalizeUrl(header.link.text);
    if (url) fields.originalUrl = { ...header.link, text: url };
  }
  if (fields.byline === null && dateline?.byline) {
    fields.byline = { text: dateline.byline, start: dateline.start, end: dateline.end };
  }
  const seen = new Set<string>();
  const repeats = new Map<string, { label: string; count: number; span: Span }>();
  for (const line of labelled) {
    if (line.key === null) continue;
    const value: Located = { text: line.value, start: line.valueStart, end: line.end };
    if (line.key === "originalUrl") {
      const url = normalizeUrl(line.value);
      if (url === null) {
        const message = `"${line.value}" is not a web link; it does not fill originalUrl.`;
        warnings.push(issue("invalid-url", "warning", message, span(value)));
        continue;
      }
      value.text = url;
    }
    if (line.key === "publishedAt" && parseStatedDate(line.value) === null) continue;
    if (seen.has(line.key)) {
      // One warning per key, however many repeats: a trailer of thousands of
      // repeated lines must not cost thousands of messages.
      const repeat = repeats.get(line.key);
      if (repeat) repeat.count++;
      else repeats.set(line.key, { label: line.label, count: 1, span: span(value) });
      continue;
    }
    seen.add(line.key);
    switch (line.key) {
      case "originalUrl":
        fields.originalUrl ??= value;
        break;
      case "publishedAt":
        fields.published ??= value;
        break;
      case "byline":
        fields.byline ??= value;
        break;
      case "source":
      case "disclaimer":
        fields[line.key] = value;
        break;
      default:
        break; // originalTitle, editor: kept in `trailer` only
    }
  }
  for (const [key, repeat] of repeats) {
    const lines =
      repeat.count === 1
        ? `A second "${repeat.label}" line`
        : `${repeat.count} more lines for ${key}, from a second "${repeat.label}" on`;
    warnings.push(
      issue("duplicate-field", "warning", `${lines}; the first one fills ${key}.`, repeat.span),
    );
  }
  return fields;
}

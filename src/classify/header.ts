import { isBlank, type Lines, lineText } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { RuleName } from "../parser/rule-names.js";
import { isSpaceCode } from "../text/whitespace.js";
import { datedLine } from "./byline-below.js";
import { endsSentence } from "./heading-rule.js";
import type { LabelLine, Located } from "./parts.js";
import { unquotedRange } from "./quotes.js";
import { readLabelLine } from "./trailer.js";

/** What the top of an article says: its headline and the lines right under it. */
export interface Header {
  headline: Located;
  /** Desk slug cut from the headline (`UPDATE 4`, `FACTBOX`). */
  slug: Located | null;
  byline: Located | null;
  /** A stated date and time, raw (`Mon Oct 23, 2006 6:42pm EDT`). */
  /** The date line's text, and the piece the date reader reads where it holds more. */
  published: (Located & { dateText?: string }) | null;
  /** A link stated in a wire header (not a labelled line), and where its line starts. */
  link: (Located & { lineStart: number }) | null;
  /** Labelled lines under the headline (`来源：新华社`, `作者：张三`). */
  fields: LabelLine[];
  /** First line of the body. */
  next: number;
  /** Whether it is a `-- ` wire header. */
  wire: boolean;
  /** The rule that found the headline. */
  rule: RuleName;
}

// A Markdown ATX heading marker: `# `, `## `.
const ATX = /^#{1,6}[ \t]+/;
// The `-- ` that opens each line of a wire (Reuters dump) header.
const WIRE_PREFIX = /^--(?:[ \t]|$)/;
const BYLINE_WORDS = 12;

/**
 * Reads the headline and what stands right under it. Two shapes:
 * - a wire header: lines opening with `-- ` (headline, `By` line, timestamp,
 *   link, in any order after the headline);
 * - a headline line (quoted, `# Markdown`, with a desk slug or not) followed
 *   by labelled lines and a byline, each on a line of its own.
 */
export function readHeader(
  lines: Lines,
  head: number,
  to: number,
  lexicon: Lexicon,
  parseDate: (raw: string) => string | null,
): Header {
  const { text } = lines;
  const wire = isWireLine(lines, head) && head + 1 < to && isWireLine(lines, head + 1);
  let start = lines.start[head] as number;
  const end = lines.end[head] as number;
  let rule: RuleName = "first-line";
  if (wire) {
    start = skipPrefix(text, start + 2, end);
    rule = "wire-header-first-line";
  } else {
    const atx = ATX.exec(text.slice(start, Math.min(end, start + 8)));
    if (atx) {
      start = skipPrefix(text, start + atx[0].length, end);
      rule = "markdown-atx-first-line";
    }
  }
  let [headStart, headEnd] = unquotedRange(text, start, end);
  if (headStart !== start) rule = "quoted-first-line";
  let slug: Located | null = null;
  const slugs: string[] = [];
  const slugStart = headStart;
  let slugEnd = headStart;
  let rest = headStart;
  const SLUG = lexicon.slug;
  // Read normalised (odd spaces as spaces, same length), as the headline is:
  // `FACTBOX\ufeff: ` is the slug `FACTBOX: ` once written back.
  for (
    let m = SLUG?.exec(lineText(lines, rest, headEnd));
    m;
    m = SLUG?.exec(lineText(lines, rest, headEnd))
  ) {
    slugs.push(m[1] as string);
    slugEnd = rest + (m[1] as string).length;
    rest += m[0].length;
  }
  // A line that is nothing but a slug keeps it as its headline.
  if (slugs.length > 0 && rest < headEnd) {
    slug = { text: slugs.join("-"), start: slugStart, end: slugEnd };
    [headStart, headEnd] = unquotedRange(text, skipPrefix(text, rest, headEnd), headEnd);
  }
  const header: Header = {
    headline: { text: lineText(lines, headStart, headEnd), start: headStart, end: headEnd },
    slug,
    byline: null,
    published: null,
    link: null,
    fields: [],
    next: head + 1,
    wire,
    rule,
  };
  return wire
    ? readWireLines(lines, header, to, parseDate)
    : readHeaderLines(lines, header, to, lexicon);
}

function isWireLine(lines: Lines, i: number): boolean {
  const start = lines.start[i] as number;
  return WIRE_PREFIX.test(lines.text.slice(start, Math.min(start + 3, lines.end[i] as number)));
}

function skipPrefix(text: string, from: number, end: number): number {
  let p = from;
  while (p < end && isSpaceCode(text.charCodeAt(p))) p++;
  return p;
}

function readWireLines(
  lines: Lines,
  header: Header,
  to: number,
  parseDate: (raw: string) => string | null,
): Header {
  const { text } = lines;
  let i = header.next;
  for (; i < to && isWireLine(lines, i); i++) {
    const start = skipPrefix(text, (lines.start[i] as number) + 2, lines.end[i] as number);
    const end = lines.end[i] as number;
    if (start === end) continue;
    const value = text.slice(start, end);
    const byline = readByline(lines, start, end, BY_ONLY);
    // A date with words beside it (`April 28, 2019 at 6:01 am Updated …`) as under a headline.
    const dated =
      byline || header.published !== null || parseDate(value) !== null
        ? null
        : datedLine(value, parseDate);
    if (byline && header.byline === null) header.byline = byline;
    else if (header.published === null && parseDate(value) !== null) {
      header.published = { text: lineText(lines, start, end), start, end };
    } else if (dated !== null) {
      const dateText = value.slice(dated.date[0], dated.date[1]);
      header.published = { text: lineText(lines, start, end), start, end, dateText };
    } else if (header.link === null && /^(?:https?:\/\/|www\.)\S+$/i.test(value)) {
      header.link = { text: value, start, end, lineStart: lines.start[i] as number };
    } else {
      // An unexpected header line is kept as a field with no key: nothing is
      // lost. Like every labelled line, its span is the whole line.
      header.fields.push({
        key: null,
        label: "--",
        value: lineText(lines, start, end),
        start: lines.start[i] as number,
        end,
        valueStart: start,
      });
    }
  }
  header.next = i;
  return header;
}

const BY_ONLY: ReadonlySet<string> = new Set(["by"]);

function readHeaderLines(lines: Lines, header: Header, to: number, lexicon: Lexicon): Header {
  let i = header.next;
  let next = i;
  for (; i < to; i++) {
    if (isBlank(lines, i)) continue;
    const start = lines.start[i] as number;
    const end = lines.end[i] as number;
    const field = readLabelLine(lines, i, lexicon);
    // Under the headline a label counts only when its value is no sentence:
    // `来源：新华社` is a header line, `Source: officials said so.` body text.
    if (field && field.key !== "disclaimer" && !endsSentence(field.value)) {
      header.fields.push(field);
    } else if (header.byline === null && field === null) {
      const byline = readByline(
        lines,
        start,
        end,
        lexicon.bylinePrefixes,
        lexicon.cjkBylinePrefixes,
      );
      if (byline === null) break;
      header.byline = byline;
    } else {
      break;
    }
    next = i + 1;
  }
  header.next = next;
  return header;
}

/**
 * Reads `By Jane Doe` / `记者 张三` between `start` and `end`: a byline word,
 * then a name of at most a dozen words that ends no sentence.
 */
export function readByline(
  lines: Lines,
  start: number,
  end: number,
  prefixes: ReadonlySet<string>,
  cjkPrefixes: readonly string[] = [],
): Located | null {
  const { text } = lines;
  if (end - start > 120) return null;
  let p = start;
  while (p < end && !isSpaceCode(text.charCodeAt(p))) p++;
  let word = text.slice(start, p).toLowerCase();
  let nameStart = p;
  if (!prefixes.has(word)) {
    // CJK prefixes are often written without a space: `记者张三`.
    const cjk = cjkPrefixes.find((w) => text.startsWith(w, start));
    if (cjk === undefined) return null;
    word = cjk;
    nameStart = start + cjk.length;
  }
  while (nameStart < end && isSpaceCode(text.charCodeAt(nameStart))) nameStart++;
  if (nameStart === end) return null;
  const name = text.slice(nameStart, end).replace(/\s+/g, " ");
  if (name.split(" ").length > BYLINE_WORDS || endsSentence(name)) return null;
  // A name starts with a capital (or a letter of a script without case).
  const first = name.charAt(0);
  if (first === first.toLowerCase() && first !== first.toUpperCase()) return null;
  return { text: name, start: nameStart, end };
}

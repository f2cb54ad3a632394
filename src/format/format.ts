import { LIST_ITEM } from "../blocks/pieces.js";
import { findDateline } from "../classify/dateline-rule.js";
import { readByline } from "../classify/header.js";
import { endsSentence, isHeadingText, isProse, markdownHeading } from "../classify/heading-rule.js";
import { unquotedRange } from "../classify/quotes.js";
import { readLabelLine } from "../classify/trailer.js";
import { config, defaultParser, resolveDefault } from "../default-parser.js";
import { factivaCodes, maxCodeIndent } from "../dialects/factiva-codes.js";
import { isMarkerText } from "../dialects/nexis-marks.js";
import type { DialectRules } from "../dialects/types.js";
import { normalizeUrl } from "../fields/url.js";
import { scanLines } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { Article } from "../schema/article.js";
import { isSpaceCode } from "../text/whitespace.js";

// Quote pairs to wrap a headline in when it would otherwise lose its own
// quotes on the way back in; the first that the headline does not use wins.
const WRAPPERS: readonly [string, string][] = [
  ["“", "”"],
  ["«", "»"],
  ["「", "」"],
  ["『", "』"],
];
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
const DEEPER = " ".repeat(maxCodeIndent + 1);
// What a wire header reads as a link.
const WIRE_LINK = /^(?:https?:\/\/|www\.)\S+$/i;
// The rule wire copy puts above its closing notes (as the parser reads it).
const RULE = /^(?:_{3,}|-{3,}|—{3,})$/;
const isPageNote = (kind: string | undefined) => kind === "boilerplate" || kind === "caption";
// The label of a line kept from a wire header: written back as a `-- ` line.
const WIRE_LABEL = "--";

/**
 * Writes an Article back as text, in the seed's layout: the headline, a byline
 * line (with its role: `By Jane Doe, Political Correspondent`), the body
 * (headings on lines of their own), wire notes, page boilerplate and captions
 * (those read above the headline go back there), and the labelled lines as
 * they were labelled. An Article that came with a wire
 * header (a stated time or a link outside the trailer, or lines kept from
 * one) gets one back. Parsing the result gives the same Article again, spans
 * aside, and formatting that changes nothing. The text is written in that one
 * layout, whatever the Article's `dialect`, so the dialect read back may
 * differ — except an Article read from a database export (`nexis`,
 * `factiva`), which is written back as one (its unlabelled fields cannot be
 * written as labelled lines). That export layout is used only when its text
 * reads back, without a `dialect` option, as the same Article in the same
 * layout: an Article the
 * layout cannot carry (one read with the `dialect` option forced on another
 * layout, a whole export with its cover page read as one text) is written in
 * the shared layout instead. A paragraph that would be read back as something
 * else (a heading, a labelled line) is written over two lines, which read as
 * one paragraph.
 *
 * @param article - a parsed (or hand-built) Article.
 * @returns the article as text, lines separated by `\n`, with no final newline.
 * @category Formatting
 * @example
 * ```ts
 * import { formatArticle, parseArticle } from "syndicated-article";
 *
 * const article = parseArticle("“Talks Resume”\r\n\r\nThey met.\r\nSource ：rfi");
 * formatArticle(article); // "Talks Resume\n\nThey met.\n\nSource: rfi"
 * ```
 */
export function formatArticle(article: Article): string {
  // A layout whose parts the shared layout cannot carry writes itself.
  const own = (config.dialects as unknown as readonly DialectRules[]).find(
    (d) => d.name === article.dialect,
  );
  const { lexicon, parseDate } = resolveDefault(undefined);
  if (own?.format) {
    const text = own.format(article, lexicon);
    if (text !== null && readsBack(text, article)) return text;
  }
  const wireLines = article.trailer.filter((f) => f.label === WIRE_LABEL);
  const trailer = article.trailer.filter((f) => f.label !== WIRE_LABEL);
  const firstUsable = (key: string, read: (value: string) => string | null) => {
    for (const f of trailer) {
      if (f.key !== key) continue;
      const value = read(f.value);
      if (value !== null) return value;
    }
    return null;
  };
  // A stated date or link the trailer does not give needs a wire header line.
  // A press release's dateline states its date itself: `NEW YORK, Feb. 3, 2025 /PRNewswire/ -- `.
  const ownDate =
    article.publishedAtText !== null &&
    firstUsable("publishedAt", (v) => (parseDate(v) === null ? null : v)) !==
      article.publishedAtText &&
    !article.dateline?.text.includes(article.publishedAtText);
  const ownLink =
    article.originalUrl !== null &&
    firstUsable("originalUrl", normalizeUrl) !== article.originalUrl;
  // The byline is written whenever it reads back as one: where it also comes
  // from (a trailer line, the dateline), the same name is read either way.
  const role = article.bylineRole ? `, ${article.bylineRole}` : "";
  const byline =
    article.byline !== null && isByline(article.byline, lexicon)
      ? `By ${article.byline}${role}`
      : null;

  const firstBlock = firstBodyBlock(article);
  // A wire header also keeps a first block that reads as a header line (`Source: x`,
  // `By Jane Doe`) in the body: under `-- ` lines only `-- ` lines are header.
  const wire =
    ownDate ||
    ownLink ||
    wireLines.length > 0 ||
    (firstBlock !== null && readsAsHeaderLine(firstBlock, lexicon, byline === null));
  const headline =
    (article.slug ? `${article.slug}${/\d$/.test(article.slug) ? "-" : ": "}` : "") +
    protectHeadline(article.headline);
  const out: string[] = [];
  if (wire) {
    out.push(`-- ${headline}`);
    out.push(byline ? `-- ${byline}` : "--");
    // A kept line that reads as a date or a link would take an empty slot: the
    // Article's own value fills it first (the same value, wherever it came from).
    const dateLine = wireLines.some((f) => parseDate(f.value) !== null);
    const linkLine = wireLines.some((f) => WIRE_LINK.test(f.value));
    out.push(
      ownDate || (dateLine && article.publishedAtText !== null)
        ? `-- ${article.publishedAtText}`
        : "--",
    );
    if (ownLink || (linkLine && article.originalUrl !== null))
      out.push(`-- ${article.originalUrl}`);
    for (const f of wireLines) out.push(`-- ${f.value}`);
  } else {
    out.push(headline);
    if (byline) out.push(byline);
  }

  // Notes keep their order: page lines that open the list go above the
  // headline, where they were read; the editor's notes that follow lead the
  // body, the rest close it.
  let top = 0;
  while (top < article.notes.length && isPageNote(article.notes[top]?.kind)) top++;
  let lead = top;
  while (lead < article.notes.length && article.notes[lead]?.kind === "editorsNote") lead++;
  const blocks: { text: string; paragraph: boolean }[] = [];
  for (const note of article.notes.slice(top, lead))
    blocks.push({ text: note.text, paragraph: false });
  let first = true;
  for (const section of article.sections) {
    if (section.heading !== null) {
      const next = section.paragraphs[0];
      const plain =
        next !== undefined &&
        isProse(next) &&
        isHeadingText(section.heading, lexicon.smallWords) &&
        markdownHeading(section.heading) === null;
      blocks.push({ text: plain ? section.heading : `## ${section.heading}`, paragraph: false });
    }
    for (const paragraph of section.paragraphs) {
      const text = first && article.dateline ? `${article.dateline.text}${paragraph}` : paragraph;
      blocks.push({ text, paragraph: true });
      first = false;
    }
  }
  const bodyEnd = blocks.length;
  for (const note of article.notes.slice(lead)) blocks.push({ text: note.text, paragraph: false });

  // A block that is a Factiva field code alone would make the text a Factiva
  // export: indented past a code line, it reads the same.
  const written = blocks.map((b) => (factivaCodes.has(b.text) ? `${DEEPER}${b.text}` : b.text));
  // A body of one block is read line by line: it cannot be wrapped.
  if (blocks.length > 1) {
    for (let i = 0; i < bodyEnd; i++) {
      const b = blocks[i] as { text: string; paragraph: boolean };
      if (!b.paragraph) continue;
      const next = blocks[i + 1];
      const proseFollows = next?.paragraph === true && isProse(next.text);
      // A Nexis document marker (`1 of 10 DOCUMENTS`) would make the text an export.
      const misread =
        markdownHeading(b.text) !== null ||
        isMarkerText(b.text) ||
        (proseFollows && isHeadingText(b.text, lexicon.smallWords));
      if (misread) written[i] = wrap(b.text);
    }
    // The dateline is looked for in the first block not shaped like a heading:
    // a first paragraph on one line shaped like one would pass the search on.
    const first = blocks.findIndex((b) => b.paragraph);
    const opening = written[first];
    if (
      opening !== undefined &&
      datelineOf(written, lead - top, lexicon) !== (article.dateline !== null)
    ) {
      // Where there is none, a first line of one word holds none either.
      written[first] = article.dateline === null ? wrap(opening, true) : wrap(opening);
    }
    // A last paragraph that reads as a labelled line would join the trailer.
    const last = bodyEnd - 1;
    if (
      bodyEnd === blocks.length &&
      blocks[last]?.paragraph &&
      isLabelLine(written[last] as string, lexicon)
    ) {
      written[last] = wrap(written[last] as string);
    }
  }

  // A closing `**Bold**` or `---` paragraph is written as it came, with the
  // credits run into it: on its own, the one is a heading and the other the rule
  // that opens the notes (and a wrapped one beside the credits would make the
  // body one block, read line by line).
  const closing = article.notes.slice(lead);
  const last = blocks[bodyEnd - 1];
  if (
    last?.paragraph &&
    closing.length > 0 &&
    (markdownHeading(last.text) !== null || RULE.test(last.text)) &&
    closing.every((n) => n.kind === "credit" || n.kind === "currency")
  ) {
    written.splice(
      bodyEnd - 1,
      written.length,
      [last.text, ...closing.map((n) => n.text)].join(" "),
    );
  }

  const labelled = trailer.map((f) => `${f.label}${CJK.test(f.label) ? "：" : ": "}${f.value}`);
  const above = article.notes.slice(0, top).map((n) => n.text);
  return [above.join("\n\n"), out.join("\n"), written.join("\n\n"), labelled.join("\n")]
    .filter((b) => b !== "")
    .join("\n\n");
}

/** Whether the parser finds a dateline in the body written as `written` (notes first). */
function datelineOf(written: readonly string[], lead: number, lexicon: Lexicon): boolean {
  for (let i = lead; i < written.length; i++) {
    const text = written[i] as string;
    const wrapped = text.indexOf("\n");
    if (markdownHeading(text) !== null && wrapped === -1) continue;
    if (wrapped === -1 && isHeadingText(text, lexicon.smallWords)) continue;
    const joined = text.replace("\n", " ");
    return findDateline(joined, wrapped === -1 ? text.length : wrapped, lexicon) !== null;
  }
  return false;
}

// Splits a paragraph at its last (or, `early`, its first) single space between
// two other characters, where the second line opens no list item: two lines
// that join back into it.
function wrap(text: string, early = false): string {
  for (let k = 1; k < text.length - 1; k++) {
    const i = early ? k : text.length - 1 - k;
    if (
      text.charCodeAt(i) === 0x20 &&
      !isSpaceCode(text.charCodeAt(i - 1)) &&
      !isSpaceCode(text.charCodeAt(i + 1)) &&
      !LIST_ITEM.test(text.slice(i + 1))
    ) {
      return `${text.slice(0, i)}\n${text.slice(i + 1)}`;
    }
  }
  return text;
}

/** The text of the first block the body will have: a note, a heading or a paragraph. */
function firstBodyBlock(article: Article): string | null {
  const note = article.notes[0];
  if (note?.kind === "editorsNote") return note.text;
  const section = article.sections[0];
  if (section === undefined) return null;
  if (section.heading !== null) return section.heading;
  const paragraph = section.paragraphs[0];
  if (paragraph === undefined) return null;
  return article.dateline ? `${article.dateline.text}${paragraph}` : paragraph;
}

/** Whether the first line of `text` would be read as a line under the headline. */
function readsAsHeaderLine(text: string, lexicon: Lexicon, bylineFree: boolean): boolean {
  const lines = scanLines(text);
  const field = readLabelLine(lines, 0, lexicon);
  if (field !== null) return field.key !== "disclaimer" && !endsSentence(field.value);
  if (!bylineFree) return false;
  const end = lines.end[0] as number;
  return (
    readByline(
      lines,
      lines.start[0] as number,
      end,
      lexicon.bylinePrefixes,
      lexicon.cjkBylinePrefixes,
    ) !== null
  );
}

function isLabelLine(text: string, lexicon: Lexicon): boolean {
  const lines = scanLines(text);
  return readLabelLine(lines, lines.start.length - 1, lexicon, true) !== null;
}

function isByline(name: string, lexicon: Lexicon): boolean {
  const line = `By ${name}`;
  if (/[\r\n]/.test(line)) return false;
  const lines = scanLines(line);
  const end = lines.end[0] as number;
  const read = readByline(lines, lines.start[0] as number, end, lexicon.bylinePrefixes);
  return read !== null && read.text === name && readLabelLine(lines, 0, lexicon) === null;
}

// A headline that is itself wrapped in one pair of quotes would lose them when
// read back: wrap it in a further pair it does not use.
function protectHeadline(headline: string): string {
  const [s, e] = unquotedRange(headline, 0, headline.length);
  const risky =
    s !== 0 ||
    e !== headline.length ||
    /^(?:#{1,6}[ \t]|--(?:[ \t]|$))/.test(headline) ||
    isMarkerText(headline);
  if (!risky) return headline;
  const pair = WRAPPERS.find(
    ([open, close]) => !headline.includes(open) && !headline.includes(close),
  );
  return pair ? `${pair[0]}${headline}${pair[1]}` : headline;
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

/** Whether `text`, parsed with the default options, gives `article` again, in its layout. */
function readsBack(text: string, article: Article): boolean {
  const back = defaultParser.safeParse(text);
  return (
    back.success &&
    back.data.dialect === article.dialect &&
    fieldsOf(back.data) === fieldsOf(article)
  );
}

import { LIST_ITEM } from "../blocks/pieces.js";
import { isHeadingText, isProse, markdownHeading } from "../classify/heading-rule.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { Article } from "../schema/article.js";
import { nexisFields } from "./nexis-fields.js";
import { isMarkerText, opensWithUpperLabel } from "./nexis-marks.js";
import { asKey } from "./nexis-parts.js";

/** What a paragraph opening with a label is indented by: flush left, it would be a field. */
const INDENT = "  ";

/** The width Nexis centers its front lines in. */
const WIDTH = 80;

function center(text: string): string {
  return `${" ".repeat(Math.max(1, Math.floor((WIDTH - text.length) / 2)))}${text}`;
}

/**
 * Writes an Article read from a Nexis document back in the Nexis layout, so
 * that parsing the text gives the Article again (spans apart): the trailer's
 * entries that stood before the body go to the front (unlabelled ones
 * centered), the others after the body. The headline goes where its
 * `HEADLINE:` label stood, else under the date; the dateline where its
 * `DATELINE:` label stood, else as a `DATELINE:` line after the front. Notes
 * read before the body's first block lead it, the others close it. A
 * body block that opens with an upper-case label (`LENGTH: 19 meters`, a
 * line of its own when read line by line) is indented: flush left, it would
 * be read as a field.
 */
export function formatNexis(article: Article, lexicon?: Lexicon): string {
  const smallWords = lexicon?.smallWords ?? new Set<string>();
  const firstBody = article.spans.sections
    .flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs])
    .reduce((at, span) => Math.min(at, span.start), Number.POSITIVE_INFINITY);
  const front: string[] = [];
  const back: string[] = [];
  let headlineWritten = false;
  let dateWritten = article.publishedAtText === null;
  // The dateline goes where its label stood, else after the front's fields.
  let dateline = article.dateline?.text ?? null;
  const headline = article.slug ? `${article.slug}: ${article.headline}` : article.headline;
  const keys = new Set(article.trailer.map((f) => f.key));
  // A byline or link the layout gave without a label: a name line, a link line.
  const unlabelled: string[] = [];
  if (article.originalUrl !== null && !keys.has("originalUrl"))
    unlabelled.push(article.originalUrl);
  const nameLine = article.byline !== null && !keys.has("byline") ? article.byline : null;
  const writeHeadline = (into: string[], line: string) => {
    into.push(line);
    if (nameLine !== null) into.push(nameLine);
    headlineWritten = true;
  };
  const writeDate = (into: string[]) => {
    if (!dateWritten) into.push(center(article.publishedAtText as string));
    dateWritten = true;
  };
  // A cover page and the document marker under it (a whole export read as
  // one text) open the text as they came, one line each.
  // Where the last labelled line went: an empty `HIGHLIGHT:` joins it.
  let lastField = -1;
  let lastIn: string[] = front;
  const marker = article.trailer.findIndex(
    (f, i) =>
      f.label === "" && isMarkerText(f.value) && (article.spans.trailer[i]?.start ?? 0) < firstBody,
  );
  article.trailer.forEach((entry, i) => {
    if (i <= marker) {
      front.push(entry.label === "" ? entry.value : `${entry.label}: ${entry.value}`.trimEnd());
      return;
    }
    const before = (article.spans.trailer[i]?.start ?? 0) < firstBody;
    const into = before ? front : back;
    const role = nexisFields.get(entry.label)?.role;
    if (entry.label === "") {
      into.push(entry.key === "wordCount" ? entry.value : center(entry.value));
      if (entry.key === "source") writeDate(into);
    } else if (role === "headline" && entry.value === "" && !headlineWritten) {
      writeDate(into);
      writeHeadline(into, `${entry.label}: ${headline}`);
    } else {
      if (before && !headlineWritten) {
        writeDate(into);
        writeHeadline(into, headline);
      }
      const datelineLabel = role === "dateline" && entry.value === "" && dateline !== null;
      const value = datelineLabel ? (dateline as string) : entry.value;
      if (datelineLabel) dateline = null;
      const labelled = `${entry.label}:${value === "" ? "" : ` ${value}`}`;
      // A labelled line read centered in the front (`BYLINE: …` over an
      // indented line) is a field with no key: flush left, it would fill one.
      const line = before && readCentered(entry) ? center(labelled) : labelled;
      // An empty label whose value may stand in the next block (`HIGHLIGHT:`)
      // was read inside a block of fields: it goes under the field above it.
      if (
        role === "value-below" &&
        value === "" &&
        lastField === into.length - 1 &&
        lastIn === into
      )
        into[lastField] = `${into[lastField]}\n${line}`;
      else into.push(line);
      lastField = into.length - 1;
      lastIn = into;
    }
  });
  writeDate(front);
  front.splice(marker + 2, 0, ...unlabelled);
  if (!headlineWritten) writeHeadline(front, headline);
  if (dateline !== null) front.push(`DATELINE: ${dateline}`);
  // Notes read before the body's first block lead it, the others close it.
  const leading: string[] = [];
  const closing: string[] = [];
  article.notes.forEach((note, i) => {
    const span = article.spans.notes[i];
    const lead = span === undefined ? note.kind === "editorsNote" : span.start < firstBody;
    (lead ? leading : closing).push(asText(note.text));
  });
  const body: string[] = leading;
  for (const section of article.sections) {
    if (section.heading !== null) body.push(asText(section.heading));
    section.paragraphs.forEach((paragraph, i) => {
      // A paragraph shaped like a heading over prose is written over two lines.
      const next = section.paragraphs[i + 1];
      const misread =
        markdownHeading(paragraph) !== null ||
        (next !== undefined && isProse(next) && isHeadingText(paragraph, smallWords));
      body.push(asText(misread ? wrap(paragraph) : paragraph));
    });
  }
  return [...front, ...body, ...closing, ...back].join("\n\n");
}

/**
 * Whether a trailer entry of a known label holds what only a centered line
 * gives (a key other than its label's, a dateline value): a flush-left line
 * fills the label's field, or takes the dateline out.
 */
function readCentered(entry: Article["trailer"][number]): boolean {
  const field = nexisFields.get(entry.label);
  if (field === undefined) return false;
  if (field.role === "dateline") return entry.value !== "";
  return entry.key !== asKey(field.key);
}

// A body block whose first line opens with an upper-case label, indented so
// that it is not read as a field.
function asText(block: string): string {
  const cut = block.indexOf("\n");
  return opensWithUpperLabel(cut === -1 ? block : block.slice(0, cut))
    ? `${INDENT}${block}`
    : block;
}

// Splits a paragraph at its last single space between two other characters,
// where the second line opens no list item: two lines that join back into it.
function wrap(text: string): string {
  for (let i = text.length - 2; i > 0; i--) {
    if (
      text[i] === " " &&
      text[i - 1] !== " " &&
      text[i + 1] !== " " &&
      !LIST_ITEM.test(text.slice(i + 1))
    )
      return `${text.slice(0, i)}\n${text.slice(i + 1)}`;
  }
  return text;
}

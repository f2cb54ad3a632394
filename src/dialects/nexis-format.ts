import { LIST_ITEM } from "../blocks/pieces.js";
import { isHeadingText, isProse, markdownHeading } from "../classify/heading-rule.js";
import { markedHeading, readsAsPlainHeading } from "../format/misreads.js";
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
 * centered), the others after the body; the date where it stood among them
 * (else under the publication), with a centered line opening with a label
 * in its block or a notice's, as it was read. The headline goes where its
 * `HEADLINE:` label stood, else under the date; the dateline where its
 * `DATELINE:` label stood, else as a `DATELINE:` line after the front. Notes
 * read before the body's first block lead it, the others close it. A
 * heading that would not be read back plain is written with a `## ` mark. A
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
  const title = article.standfirst
    ? `${article.headline ?? ""}; ${article.standfirst}`
    : (article.headline ?? "");
  const headline = (article.slug ? `${article.slug}: ` : "") + title;
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
  // Whether a centered line stands in the front yet (after the marker).
  let centeredWritten = false;
  // The date line; `under` the last block written, which makes it a date block.
  const writeDate = (into: string[], under = false) => {
    if (!dateWritten) {
      const line = center(article.publishedAtText as string);
      if (into === front) centeredWritten = true;
      if (under) into[into.length - 1] = `${into[into.length - 1]}\n${line}`;
      else into.push(line);
      mark(into, "items");
    }
    dateWritten = true;
  };
  // The block a line may join, when it is the last one written: a flush-left
  // field, which an empty `HIGHLIGHT:` joins; a date block, read one item a
  // line, or a notice, read with the one line under it, which a line opening
  // with a label joins (alone, its label would be read).
  type Joinable = "field" | "items" | "notice";
  const open: { into: string[]; at: number; kind: Joinable | null } = {
    into: front,
    at: -1,
    kind: null,
  };
  const mark = (into: string[], kind: Joinable) => {
    open.into = into;
    open.at = into.length - 1;
    open.kind = kind;
  };
  const joins = (into: string[], kinds: readonly Joinable[], line: string) => {
    if (open.into !== into || open.at !== into.length - 1) return false;
    if (open.kind === null || !kinds.includes(open.kind)) return false;
    into[open.at] = `${into[open.at]}\n${line}`;
    if (open.kind === "notice") open.kind = null;
    return true;
  };
  // The date goes where it stood among the front's lines, else under the publication.
  const dateAt = article.spans.publishedAt?.start ?? null;
  // A cover page and the document marker under it (a whole export read as
  // one text) open the text as they came, one line each.
  // A headline read from a label (`TITLE:` with its value taken: the last
  // trailer line before the headline) goes back there, wherever it stood.
  const headlineAt = article.spans.headline?.start ?? -1;
  let lastBefore = -1;
  article.spans.trailer.forEach((span, i) => {
    const best = article.spans.trailer[lastBefore]?.start ?? -1;
    if (span.start < headlineAt && span.start > best) lastBefore = i;
  });
  const taken = article.trailer[lastBefore];
  const headlineLabelled =
    taken !== undefined && taken.value === "" && nexisFields.get(taken.label)?.role === "headline";
  const marker = article.trailer.findIndex(
    (f, i) =>
      f.label === "" && isMarkerText(f.value) && (article.spans.trailer[i]?.start ?? 0) < firstBody,
  );
  article.trailer.forEach((entry, i) => {
    if (i <= marker) {
      front.push(entry.label === "" ? entry.value : `${entry.label}: ${entry.value}`.trimEnd());
      return;
    }
    const at = article.spans.trailer[i]?.start ?? 0;
    const before = at < firstBody;
    const into = before ? front : back;
    const role = nexisFields.get(entry.label)?.role;
    const dateLater = dateAt !== null && dateAt > at && dateAt < firstBody;
    if (before && dateAt !== null && dateAt <= at) writeDate(front);
    if (entry.label === "") {
      const labelLike = entry.key !== "wordCount" && opensWithUpperLabel(entry.value);
      // A publication shaped like a label (`SENT TO:`) was read flush left,
      // before any centered line: centered, its label would be read.
      const flush =
        entry.key === "wordCount" ||
        (labelLike && entry.key === "source" && before && !centeredWritten);
      const line = flush ? entry.value : center(entry.value);
      if (before && !flush) centeredWritten = true;
      // A line read as a notice's own (no key: `January 11, 2010` under a
      // copyright line) goes back under it: alone, it could fill a field.
      const joined =
        (labelLike && joins(into, ["items", "notice"], line)) ||
        (entry.key === null && joins(into, ["notice"], line));
      if (!joined) {
        into.push(line);
        // With no block to join, the date still to come goes under it.
        if (labelLike && before) writeDate(into, true);
      }
      if (entry.key === "copyright") mark(into, "notice");
      if (entry.key === "source" && !dateLater) writeDate(into);
    } else if (role === "headline" && entry.value === "" && !headlineWritten) {
      writeDate(into);
      writeHeadline(into, `${entry.label}: ${headline}`);
    } else {
      if (before && !headlineWritten && !headlineLabelled) {
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
      if (line !== labelled) centeredWritten = true;
      // An empty label whose value may stand in the next block (`HIGHLIGHT:`)
      // was read inside a block of fields: it goes under the field above it.
      const underField = role === "value-below" && value === "" && joins(into, ["field"], line);
      if (!underField) into.push(line);
      if (line === labelled) mark(into, "field");
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
  const body: string[] = [...leading];
  for (const section of article.sections) {
    if (section.heading !== null) {
      // A heading the plain rule would not read back (a `# ` heading over a
      // date, say) is written with its mark.
      const plain = readsAsPlainHeading(section.heading, section.paragraphs[0], smallWords);
      body.push(plain ? asText(section.heading) : markedHeading(section.heading));
    }
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

import { isHeadingText, isProse, markdownHeading } from "../classify/heading-rule.js";
import { noteKind } from "../classify/note-rule.js";
import { isPageLine } from "../classify/page-lines.js";
import { factivaCodes, maxCodeIndent } from "../dialects/factiva-codes.js";
import { isMarkerText } from "../dialects/nexis-marks.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { Article } from "../schema/article.js";
import { datelineAt, datelineParagraph } from "./dateline-place.js";
import { type LayoutChoice, writeHeader } from "./header.js";
import { bareValues, mailHeader } from "./meta-lines.js";
import {
  endsInTrailer,
  isLabelLine,
  markedHeading,
  readsAsHeaderLine,
  readsAsNote,
  readsAsPlainHeading,
  wrap,
  wrapEverywhere,
} from "./misreads.js";

// The shared layout's writer: headline and byline, body blocks, notes and
// labelled lines, each block written so the parser reads it back as itself.

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
const DEEPER = " ".repeat(maxCodeIndent + 1);
// The rule wire copy puts above its closing notes (as the parser reads it).
const RULE = /^(?:_{3,}|-{3,}|—{3,})$/;
const isPageNote = (kind: string | undefined) => kind === "boilerplate" || kind === "caption";
// A rule read right above the closing notes (a boilerplate note `___`): it is
// read only there, so it is written there, never above the headline.
const isRuleNote = (note: { kind: string; text: string } | undefined) =>
  note?.kind === "boilerplate" && RULE.test(note.text);
// The notes the parser takes off the end of a paragraph they run into.
const isRunInNote = (kind: string | undefined) => kind === "credit" || kind === "currency";

/**
 * Writes an Article in the seed's layout, which every Article is written in
 * that has no layout of its own (or whose layout's text does not read back):
 * what `formatArticle` returns unless a layout writes itself. `choice` asks
 * for a wire header even where the rules would write a plain one, for a
 * stated date on a line under the headline, or for contact lines as blocks
 * under their label (a layout that reads them so).
 */
export function sharedLayout(article: Article, lexicon: Lexicon, choice?: LayoutChoice): string {
  // Notes keep their order: page lines that open the list go above the
  // headline, where they were read; the editor's notes that follow lead the
  // body when they stood before it; the rest close it.
  let top = 0;
  while (
    top < article.notes.length &&
    isPageNote(article.notes[top]?.kind) &&
    !isRuleNote(article.notes[top])
  )
    top++;
  // Editor's notes that stood after the body stay there: in front of it, a
  // press release's would read as subtitles.
  const bodyStart = firstBodyStart(article);
  let lead = top;
  while (
    lead < article.notes.length &&
    article.notes[lead]?.kind === "editorsNote" &&
    (article.spans?.notes[lead]?.start ?? -1) < bodyStart
  )
    lead++;
  // `bare` is a paragraph without the dateline: what the heading rule reads.
  const blocks: { text: string; paragraph: boolean; bare?: string }[] = [];
  for (const note of article.notes.slice(top, lead))
    blocks.push({ text: note.text, paragraph: false });
  // The dateline goes back on the paragraph it was cut from: the first, or one
  // after paragraphs shaped like headings, which the parser's search passes over.
  const datelineOn = article.dateline ? datelineParagraph(article) : -1;
  let ordinal = 0;
  let datelineBlock = -1;
  for (const section of article.sections) {
    if (section.heading !== null) {
      const plain = readsAsPlainHeading(section.heading, section.paragraphs[0], lexicon.smallWords);
      blocks.push({
        text: plain ? section.heading : markedHeading(section.heading, lexicon),
        paragraph: false,
      });
    }
    for (const paragraph of section.paragraphs) {
      const on = ordinal++ === datelineOn && article.dateline !== null;
      if (on) datelineBlock = blocks.length;
      blocks.push({
        text: on ? `${article.dateline?.text}${paragraph}` : paragraph,
        paragraph: true,
        bare: paragraph,
      });
    }
  }
  const bodyEnd = blocks.length;
  for (const note of article.notes.slice(lead)) blocks.push({ text: note.text, paragraph: false });

  // A block that is a Factiva field code alone would make the text a Factiva
  // export: indented past a code line, it reads the same.
  const written = blocks.map((b) => (factivaCodes.has(b.text) ? `${DEEPER}${b.text}` : b.text));
  // Set when the editor's notes are written after the body (below): the blocks move.
  let movedLead = false;
  // A body of one block is read line by line: it is wrapped only where one line
  // cannot be read back at all.
  if (blocks.length > 1) {
    for (let i = 0; i < bodyEnd; i++) {
      const b = blocks[i] as { text: string; paragraph: boolean };
      if (!b.paragraph) continue;
      const next = blocks[i + 1];
      const proseFollows = next?.paragraph === true && isProse(next.bare ?? next.text);
      // A Nexis document marker (`1 of 10 DOCUMENTS`) would make the text an export.
      const misread =
        markdownHeading(b.text) !== null ||
        isMarkerText(b.text) ||
        (proseFollows && isHeadingText(b.text, lexicon.smallWords));
      // The last block's last line must not read as a labelled line (the trailer's).
      if (misread)
        written[i] =
          i === bodyEnd - 1
            ? wrap(b.text, lexicon, false, (w) => !isLabelLine(w, lexicon))
            : wrap(b.text, lexicon);
    }
    // The dateline is looked for in the first block not shaped like a heading:
    // a paragraph on one line shaped like one would pass the search on.
    const first = article.dateline === null ? blocks.findIndex((b) => b.paragraph) : datelineBlock;
    const opening = written[first];
    if (
      opening !== undefined &&
      datelineAt(written, lead - top, lexicon) !== (article.dateline === null ? -1 : first)
    ) {
      // Where there is none, a first line of one word holds none either; where
      // there is one, the line breaks after it.
      const after = article.dateline?.text.trimEnd().length ?? 0;
      // The block right under the header must not open with a header line
      // (`By \u0085The` of `By \u0085The talks resumed…`).
      const noHeader = (w: string) =>
        first !== 0 || !readsAsHeaderLine(w, lexicon, article.byline === null);
      written[first] =
        article.dateline === null
          ? wrap(opening, lexicon, true, noHeader)
          : wrap(opening, lexicon, false, (w) => w.indexOf("\n") >= after && noHeader(w));
      // A first paragraph that cannot be wrapped passes the search on: the block
      // it reaches then breaks after its first word, so the bracket it holds
      // closes on no first line.
      const reached = article.dateline === null ? datelineAt(written, lead - top, lexicon) : -1;
      if (reached !== -1) written[reached] = wrap(written[reached] as string, lexicon, true);
    }
    // A last paragraph that reads as a labelled line would join the trailer
    // (page lines after it are blanked before the trailer is looked for).
    const last = bodyEnd - 1;
    // Such a wrap may not move where the dateline is found: a line ending in
    // `LONDON (Reuters) -` reads as one where `- [` did not.
    const found = datelineAt(written, lead - top, lexicon);
    const readsAsText = (at: number) => (w: string) => {
      if (endsInTrailer(w, lexicon)) return false;
      const trial = written.slice();
      trial[at] = w;
      return datelineAt(trial, lead - top, lexicon) === found;
    };
    if (
      article.notes.slice(lead).every((n) => isPageNote(n.kind)) &&
      blocks[last]?.paragraph &&
      isLabelLine(written[last] as string, lexicon)
    ) {
      const text = written[last] as string;
      let wrapped = wrap(text, lexicon, false, readsAsText(last));
      // No one break keeps it from the trailer (`Date: Source: HD ZSource: \u0085x`): one at every space may.
      const everywhere = wrapped === text ? wrapEverywhere(text, lexicon) : null;
      if (everywhere !== null && readsAsText(last)(everywhere)) wrapped = everywhere;
      written[last] = wrapped;
      // One that cannot be wrapped (`Source:rfi`) is kept from the trailer by
      // the editor's notes, written after it instead of before the body (and
      // before the page lines that close the list, so the notes keep their order).
      const leadNotes = lead - top;
      if (wrapped.indexOf("\n") === -1 && leadNotes > 0) {
        written.splice(bodyEnd - leadNotes, 0, ...written.splice(0, leadNotes));
        movedLead = true;
      }
      // One that stays a labelled line (`中:中`) is kept from the trailer by a
      // paragraph above it that reads as none: the first of the run above
      // that can be wrapped so.
      for (let i = last - 1; !movedLead && wrapped.indexOf("\n") === -1 && i >= 0; i--) {
        const text = written[i] as string;
        if (!blocks[i]?.paragraph || text.indexOf("\n") !== -1 || !isLabelLine(text, lexicon))
          break;
        written[i] = wrap(text, lexicon, false, readsAsText(i));
        if (written[i] !== text) break;
      }
    }
  } else if (blocks[0]?.paragraph && endsInTrailer(written[0] as string, lexicon, true)) {
    // A lone paragraph that reads as the trailer would leave no body: on
    // two lines it reads back with `paragraphMode: "blocks"` (a body of one
    // block is otherwise read line by line), on one line in no mode at all.
    written[0] = wrap(written[0] as string, lexicon, false, (w) => !isLabelLine(w, lexicon));
  } else if (
    blocks[0]?.paragraph &&
    article.dateline === null &&
    datelineAt(written, 0, lexicon) !== -1
  ) {
    // A lone paragraph read with no dateline from a block whose first line held
    // none (`Resume` / `(Reuters) - …`) breaks after its first word the same way.
    written[0] = wrap(written[0] as string, lexicon, true);
  } else if (
    blocks[0]?.paragraph &&
    article.dateline !== null &&
    datelineAt(written, 0, lexicon) === -1
  ) {
    // A lone paragraph whose one line reads as a heading (`LONDON (Reuters) - a`)
    // hides its dateline from the search: the line breaks after the dateline.
    const after = article.dateline.text.trimEnd().length;
    written[0] = wrap(written[0] as string, lexicon, false, (w) => w.indexOf("\n") >= after);
  }

  // A closing `**Bold**`, `---`, `(…)` or `###` paragraph is written as it came, with the
  // credits that follow it run into it: on its own, the first is a heading, the
  // second the rule that opens the notes and the third a note (and a wrapped one beside the credits
  // would make the body one block, read line by line). Only credits and currency
  // notes run into a paragraph; the notes after them stay blocks of their own.
  const closing = article.notes.slice(lead);
  const last = blocks[bodyEnd - 1];
  // Page lines read before those credits stood above the paragraph: they go back there.
  let page = 0;
  while (page < closing.length && isPageNote(closing[page]?.kind) && !isRuleNote(closing[page]))
    page++;
  let runIn = 0;
  while (page + runIn < closing.length && isRunInNote(closing[page + runIn]?.kind)) runIn++;
  // A rule note opens the notes itself: a `---` or `(…)` paragraph above it
  // stays one (running notes in, or a rule of our own, would write another).
  if (
    !movedLead &&
    last?.paragraph &&
    needsRunIn(last.text, lexicon) &&
    !isRuleNote(closing[page])
  ) {
    if (runIn > 0) {
      written.splice(
        bodyEnd - 1,
        page + runIn + 1,
        ...closing.slice(0, page).map((n) => n.text),
        [last.text, ...closing.slice(page, page + runIn).map((n) => n.text)].join(" "),
      );
    } else if (
      page === 0 &&
      last.text === written[bodyEnd - 1] &&
      closing.every((n) => noteKind(n.text, lexicon) !== null)
    ) {
      // Editor's notes cannot be run in, and a rule over them would read as a
      // note of its own: bracketed notes go in front of the body, after the
      // ones read there, which keeps their order and leaves the paragraph last.
      const notes = written.splice(bodyEnd, closing.length);
      written.splice(lead - top, 0, ...notes);
    }
  }

  // The header is chosen last: it depends on how the first block was written.
  const header = writeHeader(article, lexicon, written[0], choice);
  // A message's header block replaces the header; bare id and language lines go above either.
  const mail = choice?.wire === true ? null : mailHeader(article, header.trailer, lexicon.slug);
  const out = mail?.lines ?? header.lines;
  const dateLine = mail === null ? header.dateLine : null;
  const trailer = mail?.trailer ?? header.trailer;
  const labelled = trailerText(trailer, choice?.contactBlocks === true);
  const above = article.notes.slice(0, top).map((n) => n.text);
  const body = written.join("\n\n");
  const bare = bareValues(article).join("\n");
  return [above.join("\n\n"), bare, out.join("\n"), dateLine ?? "", body, labelled]
    .filter((b) => b !== "")
    .join("\n\n");
}

/** Where the body's first heading or paragraph starts in the input; Infinity when spans do not say. */
function firstBodyStart(article: Article): number {
  const first = article.spans?.sections?.[0];
  const at = first?.heading?.start ?? first?.paragraphs?.[0]?.start;
  return at ?? Number.POSITIVE_INFINITY;
}

/**
 * The trailer's lines: `Label: value` each (a label with no value ends its
 * line, `Contacts:`). With `contactBlocks`, the contact lines under one label
 * are a block of their own, the label on its line and each value on one under
 * it, as a press release writes them: on the label's line, a value such as
 * `??` would end a sentence and read as no contact.
 */
function trailerText(trailer: Article["trailer"], contactBlocks: boolean): string {
  const line = (f: Article["trailer"][number]) =>
    CJK.test(f.label)
      ? `${f.label}：${f.value}`
      : `${f.label}:${f.value === "" ? "" : " "}${f.value}`;
  if (!contactBlocks) return trailer.map(line).join("\n");
  const blocks: string[][] = [];
  let open: string | null = null;
  for (const f of trailer) {
    if (f.key !== "contact") {
      if (open !== null || blocks.length === 0) blocks.push([]);
      open = null;
      (blocks.at(-1) as string[]).push(line(f));
      continue;
    }
    if (f.label !== open) {
      blocks.push([CJK.test(f.label) ? `${f.label}：` : `${f.label}:`]);
      open = f.label;
    }
    if (f.value !== "") (blocks.at(-1) as string[]).push(f.value);
  }
  return blocks.map((b) => b.join("\n")).join("\n\n");
}

/**
 * Whether a closing paragraph is written with the credits after it run into
 * it: on its own, `**Bold**` is a heading, `---` the rule that opens the
 * notes, `(…)` a note and `###` a page line.
 */
function needsRunIn(text: string, lexicon: Lexicon): boolean {
  return (
    markdownHeading(text) !== null ||
    RULE.test(text) ||
    readsAsNote(text, lexicon) ||
    isPageLine(text, lexicon)
  );
}

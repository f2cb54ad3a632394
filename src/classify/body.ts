import { cut, inputOffset, type Piece } from "../blocks/pieces.js";
import { isBlank, type Lines, lineText, wasBlanked } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { RuleName } from "../parser/rule-names.js";
import type { NoteKind } from "../schema/note-kinds.js";
import { isSpaceCode } from "../text/whitespace.js";
import { findDateline } from "./dateline-rule.js";
import { isHeadingText, isProse, markdownHeading } from "./heading-rule.js";
import { isCreditSentence, noteKind, trailingNoteStart } from "./note-rule.js";
import { type Located, type Part, part } from "./parts.js";

/**
 * Classifies the body's pieces, in this order, each step reading only what the
 * one before left: wire notes come out first (so a note never decides a
 * heading), then the dateline is cut off the first paragraph, then headings
 * are chosen. Nothing is mutated: cuts make new parts through the piece's map
 * back to the input.
 */
export function classifyBody(lines: Lines, pieces: readonly Piece[], lexicon: Lexicon): Part[] {
  const { leading, trailing, body, lastCut } = takeNotes(lines, pieces, lexicon);
  const texts: Located[] = body.map((p) => ({ text: p.text, start: p.start, end: p.end }));
  if (lastCut !== null && texts.length > 0) texts[texts.length - 1] = lastCut;
  const dateline = takeDateline(lines, body, texts, lexicon);
  const kinds = chooseHeadings(body, texts, lexicon, dateline !== null);
  const parts: Part[] = [...leading];
  for (let i = 0; i < body.length; i++) {
    if (i === dateline?.index) parts.push(dateline.part);
    parts.push(kinds[i] as Part);
  }
  for (const note of trailing) parts.push(note);
  return parts;
}

interface Notes {
  leading: Part[];
  trailing: Part[];
  /** The pieces left in the body. */
  body: readonly Piece[];
  /** The last body piece with notes run into its end cut away, or null. */
  lastCut: Located | null;
}

/**
 * Takes wire notes out of the body: whole-piece notes at its start (editor's
 * notes) and end (credits, currency notes), and credits run into the end of
 * the last paragraph, as old one-line wire copy has them. One piece always
 * stays: a body that is all notes keeps its last as text.
 */
function takeNotes(lines: Lines, pieces: readonly Piece[], lexicon: Lexicon): Notes {
  let from = 0;
  let to = pieces.length;
  const leading: Part[] = [];
  const first = pieces[0];
  if (first !== undefined && pieces.length > 1 && isAgencyUnderByline(lines, first, lexicon)) {
    leading.push({ kind: "note", note: "credit", ...located(first), rule: "agency-under-byline" });
    from++;
  }
  while (to - from > 1) {
    const piece = pieces[from] as Piece;
    const note = noteKind(piece.text, lexicon);
    if (note === null) break;
    leading.push(notePart(note, piece, "leading-note"));
    from++;
  }
  const trailingReversed: Part[] = [];
  let ruleTaken = false;
  while (to - from > 1) {
    const piece = pieces[to - 1] as Piece;
    const bracketed = noteKind(piece.text, lexicon);
    const note = bracketed ?? (isCreditSentence(piece.text, lexicon) ? "credit" : null);
    if (note === null) {
      // One `___` rule right above closing notes is page furniture, as an end
      // mark is: a note of its own, so each note's span reads as its text, and
      // notes above it close the body too. With anything between it and the
      // note under it (a caption taken out earlier) the rule stays text.
      if (
        ruleTaken ||
        trailingReversed.length === 0 ||
        !RULE.test(piece.text) ||
        !onlyBlankBetween(lines, piece.last, (pieces[to] as Piece).first)
      )
        break;
      trailingReversed.push(notePart("boilerplate", piece, "rule-above-notes"));
      ruleTaken = true;
      to--;
      continue;
    }
    const rule = bracketed === null ? "credit-sentence" : "trailing-note";
    trailingReversed.push(notePart(note, piece, rule));
    to--;
  }
  const body = pieces.slice(from, to);
  const last = body[body.length - 1];
  let lastCut: Located | null = null;
  if (last !== undefined) {
    // Credits chained at the end of the last paragraph, read from the end.
    const inline: Part[] = [];
    let text = last.text;
    for (let at = trailingNoteStart(text, lexicon); at > 0; at = trailingNoteStart(text, lexicon)) {
      let keep = at;
      while (keep > 0 && isSpaceCode(text.charCodeAt(keep - 1))) keep--;
      if (keep === 0) break;
      const note = cut(lines, last, at, text.length);
      // The properties written out: a spread copy is slow, and notes may be many.
      inline.push({
        kind: "note",
        note: noteKind(note.text, lexicon) ?? "credit",
        text: note.text,
        start: note.start,
        end: note.end,
        rule: "note-run-into-paragraph",
      });
      text = text.slice(0, keep);
    }
    if (inline.length > 0) lastCut = cut(lines, last, 0, text.length);
    trailingReversed.push(...inline);
  }
  return { leading, trailing: trailingReversed.reverse(), body, lastCut };
}

function onlyBlankBetween(lines: Lines, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(lines, i) || wasBlanked(lines, i)) return false;
  return true;
}

// A horizontal rule wire copy puts before its closing notes: `___`, `---`.
const RULE = /^(?:_{3,}|-{3,}|—{3,})$/;

/**
 * The agency line AP puts under a byline (`By Jane Doe` / `Associated Press`):
 * a one-line piece naming a known agency, right under a line opening with a
 * byline word. It is a credit, never a heading.
 */
function isAgencyUnderByline(lines: Lines, piece: Piece, lexicon: Lexicon): boolean {
  // Lower-casing never shortens a text: one longer than every agency is none.
  if (!piece.single || piece.text.length > 2 * lexicon.longestAgency) return false;
  if (!lexicon.agencies.has(piece.text.toLowerCase())) return false;
  let above = piece.first - 1;
  while (above >= 0 && isBlank(lines, above)) above--;
  if (above < 0) return false;
  const line = lineText(lines, lines.start[above] as number, lines.end[above] as number);
  const word = line.split(/\s/, 1)[0]?.toLowerCase() ?? "";
  return lexicon.bylinePrefixes.has(word);
}

/** A note part of a whole piece, its properties written out (a spread copy is slow). */
function notePart(note: NoteKind, piece: Piece, rule: RuleName): Part {
  return { kind: "note", note, text: piece.text, start: piece.start, end: piece.end, rule };
}

function located(piece: Piece): Located {
  return { text: piece.text, start: piece.start, end: piece.end };
}

/** Splits a dateline off the first paragraph-like piece; `texts` gets what is left of it. */
function takeDateline(
  lines: Lines,
  body: readonly Piece[],
  texts: Located[],
  lexicon: Lexicon,
): { index: number; part: Part } | null {
  // The first paragraph: pieces shaped like headings are passed over (a
  // dateline holds prose, so it never is one).
  // Only a block of one line can be a heading: one of several lines is searched.
  const index = body.findIndex(
    (p) =>
      !(
        p.single &&
        (markdownHeading(p.text) !== null || isHeadingText(p.text, lexicon.smallWords))
      ),
  );
  if (index === -1) return null;
  const piece = body[index] as Piece;
  const current = texts[index] as Located;
  // A dateline stands at the start of a line: look in the piece's first line only.
  const firstLine = (lines.end[piece.first] as number) - (lines.start[piece.first] as number);
  const found = findDateline(current.text, firstLine, lexicon);
  if (!found) return null;
  const end = inputOffset(lines, piece, found.text.trimEnd().length, "end");
  // What follows the dateline starts at its first character that is no space
  // (`LONDON (Reuters) -\u3000Shares…`).
  let rest = found.length;
  while (rest < current.text.length && isSpaceCode(current.text.charCodeAt(rest))) rest++;
  texts[index] = {
    text: current.text.slice(rest),
    start: inputOffset(lines, piece, rest, "start"),
    end: current.end,
  };
  // A press release's dateline states the date: `NEW YORK, Feb. 3, 2025 /PRNewswire/ -- `.
  // It is part of the dateline's text, as the agency is: a span inside it, no part of its own.
  const date =
    found.date === null
      ? null
      : {
          text: found.date.text,
          start: inputOffset(lines, piece, found.date.at, "start"),
          end: inputOffset(lines, piece, found.date.at + found.date.text.length, "end"),
        };
  return {
    index,
    part: {
      kind: "dateline",
      text: found.text,
      start: piece.start,
      end,
      place: found.place,
      agency: found.agency,
      byline: found.byline,
      role: found.role,
      agencySpan: agencySpanOf(lines, piece, found.text, found.agency),
      date,
      rule: found.rule,
    },
  };
}

/** The input span of the agency named in a dateline cut from `piece`'s start. */
function agencySpanOf(
  lines: Lines,
  piece: Piece,
  dateline: string,
  agency: string | null,
): { start: number; end: number } | null {
  const at = agency === null ? -1 : dateline.indexOf(agency);
  if (agency === null || at === -1) return null;
  return {
    start: inputOffset(lines, piece, at, "start"),
    end: inputOffset(lines, piece, at + agency.length, "end"),
  };
}

/**
 * Chooses headings, backwards, because a line is a heading only when a prose
 * paragraph follows it; Markdown headings (`## Heading`, `**Heading**`) are
 * headings wherever they stand.
 */
export function chooseHeadings(
  body: readonly Piece[],
  texts: readonly Located[],
  lexicon: Lexicon,
  hasDateline: boolean,
): Part[] {
  const parts: Part[] = new Array(body.length);
  let proseFollows = false;
  for (let i = body.length - 1; i >= 0; i--) {
    const piece = body[i] as Piece;
    const at = texts[i] as Located;
    const cutAlready = at.start !== piece.start || at.end !== piece.end;
    const marked = piece.single && !cutAlready ? markdownHeading(at.text) : null;
    if (marked) {
      // Inline normalising keeps lengths, so offsets into the text are offsets into the input.
      const text = at.text.slice(marked.from, marked.to);
      const rule =
        at.text.charCodeAt(0) === 0x23 ? "markdown-atx-heading" : "markdown-bold-heading";
      parts[i] = part(
        "heading",
        { text, start: at.start + marked.from, end: at.start + marked.to },
        rule,
      );
      proseFollows = false;
    } else if (
      piece.single &&
      !cutAlready &&
      proseFollows &&
      isHeadingText(at.text, lexicon.smallWords)
    ) {
      parts[i] = part("heading", at, "title-case-followed-by-prose");
      proseFollows = false;
    } else {
      parts[i] = part("paragraph", at, paragraphRule(piece, cutAlready, hasDateline));
      proseFollows = isProse(at.text);
    }
  }
  // A body that is all headings keeps its last block as text, marks and all,
  // as one that is all notes does: an article has a paragraph whenever it has
  // body text.
  const last = body.length - 1;
  if (last >= 0 && parts.every((p) => p.kind === "heading")) {
    parts[last] = part("paragraph", texts[last] as Located, "only-heading-kept-as-text");
  }
  return parts;
}

function paragraphRule(piece: Piece, cutAlready: boolean, hasDateline: boolean): RuleName {
  if (cutAlready) return hasDateline ? "after-dateline" : "before-run-in-note";
  if (piece.listItem) return "list-item";
  return piece.single ? "one-line-block" : "joined-block";
}

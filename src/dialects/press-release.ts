import { type Piece, readPieces } from "../blocks/pieces.js";
import { classifyBody } from "../classify/body.js";
import { readHeader } from "../classify/header.js";
import { markdownHeading } from "../classify/heading-rule.js";
import { modeAfterBlanking, takePageLines } from "../classify/page-lines.js";
import { type Part, part } from "../classify/parts.js";
import { isPressWireDateline } from "../classify/press-dateline.js";
import { partsOfHeader } from "../classify/standard.js";
import { isBlank, type Lines, lineText } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import {
  type ContactBlock,
  closingLine,
  findContacts,
  labelOverLink,
  sourceLine,
} from "./press-closing.js";
import type { Classified, ClassifyContext, Dialect, DialectRules } from "./types.js";

/** How many lines under the headline the wire's dateline may stand. */
const LOOK = 40;
/** How many lines at the end the closing `SOURCE` line may stand. */
const LOOK_BACK = 12;
/** Longest `About <Company>` heading, in words. */
const ABOUT_WORDS = 10;

/** The first line in `[from, from + LOOK)` that opens with a press wire's dateline, or -1. */
function datelineLine(lines: Lines, from: number, to: number, lexicon: Lexicon): number {
  for (let i = from, seen = 0; i < to && seen < LOOK; i++) {
    if (isBlank(lines, i)) continue;
    seen++;
    const text = lineText(lines, lines.start[i] as number, lines.end[i] as number);
    if (isPressWireDateline(text, text.length, lexicon)) return i;
  }
  return -1;
}

function firstLine(lines: Lines): number {
  let i = 0;
  while (i < lines.start.length && isBlank(lines, i)) i++;
  return i;
}

/** Whether a `SOURCE …` line stands among the last lines. */
function hasSourceLine(lines: Lines, lexicon: Lexicon): boolean {
  for (let i = lines.start.length - 1, seen = 0; i >= 0 && seen < LOOK_BACK; i--) {
    if (isBlank(lines, i)) continue;
    seen++;
    if (sourceLine(lines, i, lexicon)) return true;
  }
  return false;
}

/** The lines under the headline and above the dateline: a subtitle, or a date line. */
function leadParts(lines: Lines, pieces: readonly Piece[], context: ClassifyContext): Part[] {
  return pieces.map((piece) => {
    if (context.parseDate(piece.text) !== null) return part("published", piece, "press-date-line");
    const marked = piece.single ? markdownHeading(piece.text) : null;
    const at = marked
      ? {
          text: piece.text.slice(marked.from, marked.to),
          start: piece.start + marked.from,
          end: piece.start + marked.to,
        }
      : piece;
    void lines;
    return part("heading", at, "press-subtitle");
  });
}

/**
 * Whether `text` reads as an `About Acme Corp` heading: the about word, then
 * a name in capitals (which may end `Inc.`), one sentence at most.
 */
function isAbout(text: string, lexicon: Lexicon): boolean {
  const words = text.split(" ");
  const first = words[0]?.toLowerCase() ?? "";
  return (
    words.length >= 2 &&
    words.length <= ABOUT_WORDS &&
    lexicon.pressAbout.has(first) &&
    /^\p{Lu}/u.test(words[1] ?? "") &&
    !/[.!?:;] /.test(text) &&
    !/[!?:;]$/.test(text)
  );
}

/** `About Acme Corp` on its line opens the boilerplate section, whatever its case. */
function aboutHeadings(parts: Part[], lexicon: Lexicon): Part[] {
  return parts.map((p) =>
    p.kind === "paragraph" && isAbout(p.text, lexicon) ? part("heading", p, "press-about") : p,
  );
}

/**
 * The body's pieces: lines `[from, to)` but the contact blocks' lines, an
 * `About …` line a piece of its own even when its text follows with no blank line.
 */
function bodyPieces(
  lines: Lines,
  from: number,
  to: number,
  blocks: readonly ContactBlock[],
  context: ClassifyContext,
  mode: ClassifyContext["mode"],
): Piece[] {
  const ranges: [number, number][] = [];
  let at = from;
  for (const block of blocks) {
    if (block.first >= to) break;
    ranges.push([at, block.first]);
    at = block.last;
  }
  ranges.push([at, to]);
  const pieces: Piece[] = [];
  for (const [s, e] of ranges) {
    let start = s;
    for (let i = s; i < e; i++) {
      if (isBlank(lines, i) || i === start) continue;
      const text = lineText(lines, lines.start[i] as number, lines.end[i] as number);
      if (!isBlank(lines, i - 1) || !isAbout(text, context.lexicon)) continue;
      pieces.push(...readPieces(lines, start, i, mode), ...readPieces(lines, i, i + 1, mode));
      start = i + 1;
    }
    pieces.push(...readPieces(lines, start, e, mode));
  }
  return pieces;
}

function classify(input: Lines, context: ClassifyContext): Classified {
  const { lexicon } = context;
  const page = takePageLines(input, lexicon, context.parseDate);
  const { lines } = page;
  const count = lines.start.length;
  const head = firstLine(lines);
  // Only page furniture: an Article of notes, with no-headline and no-body warnings.
  if (head === count) return { parts: page.parts, failure: null };
  const dateline = datelineLine(lines, head + 1, count, lexicon);
  const header = readHeader(
    lines,
    head,
    dateline === -1 ? count : dateline,
    lexicon,
    context.parseDate,
  );
  const bodyFrom = dateline === -1 ? header.next : dateline;
  // Contact blocks, then the closing lines read back from the end.
  const blocks = findContacts(lines, bodyFrom + 1, count, lexicon);
  const closing: Part[] = [];
  let tail = count;
  for (let i = count - 1; i > bodyFrom; i--) {
    if (isBlank(lines, i)) continue;
    const block = blocks.find((b) => i >= b.first && i < b.last);
    if (block) {
      tail = block.first;
      i = block.first;
      continue;
    }
    const over = labelOverLink(lines, i, lexicon);
    const line = over ?? closingLine(lines, i, lexicon);
    if (line === null) break;
    closing.push(line);
    if (over) i--;
    tail = i;
  }
  const inBody = blocks.filter((b) => b.first < tail);
  const mode = modeAfterBlanking(input, lines, bodyFrom, tail, context.mode);
  const lead =
    dateline === -1
      ? []
      : leadParts(lines, readPieces(lines, header.next, dateline, mode), context);
  const pieces = bodyPieces(lines, bodyFrom, tail, inBody, context, mode);
  const body = aboutHeadings(classifyBody(lines, pieces, lexicon), lexicon);
  const parts = [
    ...partsOfHeader(header, lines, lexicon),
    ...lead,
    ...body,
    ...blocks.flatMap((b) => b.parts),
    ...closing,
    ...page.parts,
  ];
  // Every step's parts in input order; the sort is stable, so a dateline stays before its date.
  parts.sort((a, b) => a.start - b.start);
  return { parts, failure: null };
}

// The rules; the export below is the public face.
const rules: DialectRules = {
  name: "press-release",
  strongest: 0.95,
  detect(lines, lexicon) {
    if (lexicon.pressWires.size === 0 && lexicon.pressSource.size === 0) return null;
    const head = firstLine(lines);
    if (head === lines.start.length) return null;
    if (datelineLine(lines, head + 1, lines.start.length, lexicon) !== -1)
      return { score: 0.95, rule: "press-wire-dateline" };
    return hasSourceLine(lines, lexicon) ? { score: 0.9, rule: "press-source-line" } : null;
  },
  classify,
  // A date line under the headline is read as the release's date (leadParts)
  // when a line below it opens with the wire's dateline.
  dateUnderHeadline: (article, lexicon) => {
    const opens = (text: string) => isPressWireDateline(text, text.length, lexicon);
    if (article.dateline !== null && opens(`${article.dateline.text}x`)) return true;
    // A dateline line not split off (what follows it a note alone) is a heading
    // or paragraph among the first blocks.
    let seen = 0;
    for (const section of article.sections) {
      for (const text of section.heading === null
        ? section.paragraphs
        : [section.heading, ...section.paragraphs]) {
        if (seen++ === LOOK) return false;
        if (opens(text)) return true;
      }
    }
    return false;
  },
  // Contact lines are read as blocks under their label (findContacts).
  contactBlocks: true,
};

/**
 * A press release as the newswires send it (PR Newswire, Business Wire,
 * GlobeNewswire, ACCESSWIRE): a headline and a subtitle, the wire's dateline
 * with the place and often the date, the body with its `About <Company>`
 * section, contact blocks (`Media Contact:` with names, e-mail, phone), and
 * the closing `SOURCE <Company>` and `View original content: <url>` lines.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * const article = parseArticle(
 *   "Acme Opens Plant\n\nNEW YORK, Feb. 3, 2025 /PRNewswire/ -- Acme opened a plant.\n\nSOURCE Acme Corp",
 * );
 * article.dialect; // "press-release"
 * article.dateline?.agency; // "PRNewswire"
 * article.publishedAt; // "2025-02-03"
 * article.source; // "Acme Corp"
 * ```
 */
export const pressRelease: Dialect = rules;

import { type Piece, type PieceMode, readPieces } from "../blocks/pieces.js";
import { classifyBody } from "../classify/body.js";
import { type Part, part } from "../classify/parts.js";
import type { Lines } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import { isSpaceCode } from "../text/whitespace.js";
import { subtitleCut } from "./nexis-front.js";
import { isCopyrightText, isIndented, readUpperLabel, type UpperLabel } from "./nexis-marks.js";
import { fieldPart, joined, unlabelled } from "./nexis-parts.js";

type Block = readonly [number, number];
type Kind = "field" | "unknown" | "value" | "copyright" | "text";

/**
 * Classifies what follows a document's front: labelled fields before the
 * body (known labels, and unknown upper-case labels standing between known
 * ones), the body, and the fields and copyright notices after it. A known
 * label opening a block is a field wherever it stands; an unknown one only
 * among the fields, so `OFFERROLLER: Jeg har lært …` opening the body stays
 * body text. Nexis writes its labels flush left: an indented block opening
 * with one is text (as the layout's detection reads it), which is how a
 * paragraph that opens with a label is written back.
 */
export function readRest(
  lines: Lines,
  blocks: readonly Block[],
  from: number,
  hasHeadline: boolean,
  lexicon: Lexicon,
  mode: PieceMode,
): Part[] {
  const labels: (UpperLabel | null)[] = [];
  const kinds: Kind[] = [];
  for (let k = from; k < blocks.length; k++) {
    const [first] = blocks[k] as Block;
    const label = isIndented(lines, first) ? null : readUpperLabel(lines, first);
    const previous = labels[labels.length - 1];
    const text = lines.text.slice(lines.start[first], lines.end[first]);
    labels.push(label);
    if (
      previous?.field?.role === "value-below" &&
      isEmpty(lines, blocks[k - 1] as Block, previous)
    ) {
      kinds.push("value");
    } else if (label?.field) kinds.push("field");
    else if (label) kinds.push("unknown");
    else if (isCopyrightText(text)) kinds.push("copyright");
    else kinds.push("text");
  }
  const n = kinds.length;
  // The fields before the body, up to the last known one (or a label opening the body).
  let prefix = 0;
  let lastKnown = -1;
  while (prefix < n && kinds[prefix] !== "text" && kinds[prefix] !== "copyright") {
    if (kinds[prefix] === "field") lastKnown = prefix;
    prefix++;
    if (labels[prefix - 1]?.field?.role === "opens-body") break;
  }
  // The fields and notices after the body; an unknown label there is a field
  // once a known one stands above it (index terms Nexis appends), else body.
  let suffix = n;
  while (suffix > prefix && kinds[suffix - 1] !== "text") suffix--;
  let firstKnown = suffix;
  while (firstKnown < n && kinds[firstKnown] !== "field") firstKnown++;
  const isField = (k: number) => {
    const kind = kinds[k];
    if (kind === "field" || kind === "value") return true;
    if (kind === "unknown") return k < lastKnown || k > firstKnown;
    return kind === "copyright" && k >= suffix;
  };
  const body: boolean[] = [];
  for (let k = 0; k < n; k++) body.push(!isField(k));
  if (!body.includes(true)) {
    // No body text: unknown labels right under the header fields are the body
    // (a wire `FLASH: …` line).
    for (let k = 1; k < n; k++) {
      if (kinds[k] !== "unknown" || kinds[k - 1] !== "field") continue;
      const role = labels[k - 1]?.field?.role;
      if (role === "trailer") continue;
      for (let j = k; j < n && kinds[j] === "unknown"; j++) body[j] = true;
      break;
    }
  }

  const parts: Part[] = [];
  const pieces: Piece[] = [];
  let headline = hasHeadline;
  const pieceMode: PieceMode = mode === "lines" ? "lines" : "blocks";
  for (let k = 0; k < n; k++) {
    const block = blocks[from + k] as Block;
    if (body[k]) {
      // A run of body blocks is read at once, so paragraphs come out as the layout wraps them.
      let end = k + 1;
      while (end < n && body[end]) end++;
      const last = blocks[from + end - 1] as Block;
      pieces.push(...readPieces(lines, block[0], last[1], pieceMode));
      k = end - 1;
    } else if (kinds[k] === "value") {
    } else if (kinds[k] === "copyright") {
      parts.push(unlabelled("copyright", joined(lines, block[0], block[1]), "copyright-notice"));
    } else {
      const label = labels[k] as UpperLabel;
      if (label.field?.role === "value-below" && kinds[k + 1] === "value") {
        const below = blocks[from + k + 1] as Block;
        const value = joined(lines, below[0], below[1]);
        const at = {
          start: lines.start[block[0]] as number,
          end: value.end,
          valueStart: value.start,
        };
        parts.push(fieldPart(null, label.label, value.text, at, "label-value-in-next-block"));
        continue;
      }
      headline = fieldsOf(lines, block, kinds[k] === "field", headline, lexicon, parts);
    }
  }
  parts.push(...classifyBody(lines, pieces, lexicon));
  return parts;
}

function isEmpty(lines: Lines, block: Block, label: UpperLabel): boolean {
  return block[1] - block[0] === 1 && label.valueStart >= (lines.end[block[0]] as number);
}

/**
 * The fields of one block: a known label opening a line starts a field, the
 * lines under it (until the next such line) continue its value.
 * @returns whether a headline has been given.
 */
function fieldsOf(
  lines: Lines,
  [first, last]: Block,
  known: boolean,
  headlineGiven: boolean,
  lexicon: Lexicon,
  parts: Part[],
): boolean {
  let headline = headlineGiven;
  let i = first;
  let label = readUpperLabel(lines, i) as UpperLabel;
  while (i < last) {
    // The field's lines: up to the next line opening with a known label, read
    // once, as the next field's label.
    let end = i + 1;
    let next: UpperLabel | null = null;
    for (; end < last; end++) {
      next = readUpperLabel(lines, end);
      if (next?.field != null) break;
    }
    const at = joined(lines, i, end);
    const value = at.text.slice(label.valueStart - at.start).trimStart();
    const valueStart = valueOffset(lines, label, i, end);
    const span = { start: at.start, end: at.end, valueStart };
    const role = label.field?.role;
    if (role === "headline" && !headline && value.length > 0) {
      // The label stays a line of the trailer; its value is the headline.
      const labelSpan = {
        start: at.start,
        end: at.start + label.label.length + 1,
        valueStart: at.start + label.label.length + 1,
      };
      parts.push(fieldPart(null, label.label, "", labelSpan, "headline-label"));
      // `HEADLINE: Title; subtitle`: the subtitle is the standfirst, as in a flush-left title.
      const cut = subtitleCut(value);
      const semicolon = cut === -1 ? -1 : valueStart + cut;
      if (cut !== -1 && lines.text.charAt(semicolon) === ";" && semicolon < at.end) {
        parts.push(
          part(
            "headline",
            { text: value.slice(0, cut), start: valueStart, end: semicolon + 1 },
            "title-before-semicolon",
          ),
        );
        let from = semicolon + 1;
        while (from < at.end && /\s/.test(lines.text.charAt(from))) from++;
        parts.push(
          part(
            "standfirst",
            { text: value.slice(cut + 2), start: from, end: at.end },
            "subtitle-after-semicolon",
          ),
        );
      } else {
        parts.push(
          part("headline", { text: value, start: valueStart, end: at.end }, "headline-field"),
        );
      }
      headline = true;
    } else if (role === "byline") {
      const name = withoutByWord(value, lexicon);
      const nameStart = valueStart + (value.length - name.length);
      parts.push(
        fieldPart("byline", label.label, name, { ...span, valueStart: nameStart }, "byline-field"),
      );
    } else if (role === "dateline" && value.length > 0) {
      // The label stays a line of the trailer, as a headline's does; its value is the dateline.
      const labelEnd = at.start + label.label.length + 1;
      const labelSpan = { start: at.start, end: labelEnd, valueStart: labelEnd };
      parts.push(fieldPart(null, label.label, "", labelSpan, "dateline-label"));
      parts.push({
        kind: "dateline",
        text: value,
        start: valueStart,
        end: at.end,
        place: placeOf(value, lexicon),
        agency: null,
        byline: null,
        rule: "dateline-field",
      });
    } else {
      const key = label.field?.key ?? null;
      const rule = known ? "upper-case-field" : "unknown-upper-case-field";
      parts.push(fieldPart(key, label.label, value, span, rule));
    }
    i = end;
    if (next !== null) label = next;
  }
  return headline;
}

/**
 * Where the value of the field on lines `[i, end)` starts in the text: after
 * its label, or, with nothing after the label (`DATELINE:` over `BANGKOK`),
 * at the first character of the lines under it.
 */
function valueOffset(lines: Lines, label: UpperLabel, i: number, end: number): number {
  if (label.valueStart < (lines.end[i] as number)) return label.valueStart;
  for (let k = i + 1; k < end; k++) {
    let p = lines.start[k] as number;
    const e = lines.end[k] as number;
    while (p < e && isSpaceCode(lines.text.charCodeAt(p))) p++;
    if (p < e) return p;
  }
  return label.valueStart;
}

/** The name of a byline value: `BY STEPHEN POLLARD` → `STEPHEN POLLARD`. */
function withoutByWord(value: string, lexicon: Lexicon): string {
  const space = value.indexOf(" ");
  if (space > 0 && lexicon.bylinePrefixes.has(value.slice(0, space).toLowerCase())) {
    return value.slice(space + 1).trimStart();
  }
  return value;
}

/** The place of a dateline value: `BANGKOK Jan 20` → `BANGKOK`. */
function placeOf(value: string, lexicon: Lexicon): string {
  const words = value.split(" ");
  const n = words.length;
  if (n > 2 && /^\d{1,2}$/.test(words[n - 1] as string)) {
    const month = (words[n - 2] as string).toLowerCase().replace(/\.$/, "");
    if (lexicon.months.has(month)) return words.slice(0, n - 2).join(" ");
  }
  return value;
}

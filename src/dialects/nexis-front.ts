import { type Located, type Part, part } from "../classify/parts.js";
import type { Lines } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { RuleName } from "../parser/rule-names.js";
import { nexisSlugs } from "./nexis-fields.js";
import {
  continuesNotice,
  editionStart,
  isCopyrightText,
  isIndented,
  isLinkText,
  isTimeText,
  isWordCountText,
  readUpperLabel,
} from "./nexis-marks.js";
import { fieldPart, joined, unlabelled } from "./nexis-parts.js";

/** What the front of a document gave, besides its parts. */
export interface Front {
  /** Index of the first block the front did not take. */
  next: number;
  headline: boolean;
  source: boolean;
}

type Block = readonly [number, number];

/**
 * Reads a document's front: the centered lines (publication, date, edition,
 * notices), copyright notices above them, and the headline (the first
 * flush-left block). It ends at the first labelled field, or at the first
 * flush-left block after the headline that is neither a date, a link, a word
 * count nor a name line: that one opens the body. A flush-left block with a
 * field line under its first line is split there, in `blocks`, for the
 * reader of the rest.
 */
export function readFront(
  lines: Lines,
  blocks: Block[],
  from: number,
  lexicon: Lexicon,
  parseDate: (raw: string) => string | null,
  parts: Part[],
): Front {
  const state = { date: false, source: false, headline: false, centered: false };
  const line = (i: number) => lines.text.slice(lines.start[i], lines.end[i]);
  const source = (at: Located, rule: RuleName) => {
    parts.push(unlabelled("source", at, rule));
    state.source = true;
  };
  // A date line, with the time the next line may hold.
  const date = (i: number, timeLine: number | null) => {
    const whole = joined(lines, i, i + 1);
    const cut = parseDate(whole.text) === null ? dateEnd(whole.text, parseDate) : -1;
    // An edition after the date on its line (`March 3, 2004, FINAL EDITION`) is a line of its own.
    const at =
      cut === -1
        ? whole
        : {
            text: whole.text.slice(0, cut).replace(/,? $/, ""),
            start: whole.start,
            end: whole.start + whole.text.slice(0, cut).replace(/,? $/, "").length,
          };
    const time = timeLine === null ? null : line(timeLine);
    // The time line joins the date when the two read as one date.
    const both = time === null ? null : `${at.text} ${time}`;
    const text = both !== null && parseDate(both) !== null ? both : at.text;
    parts.push(part("published", { ...at, text }, "centered-date"));
    if (cut !== -1) {
      const edition = { text: whole.text.slice(cut), start: whole.start + cut, end: whole.end };
      parts.push(unlabelled(null, edition, "edition-after-date"));
    }
    if (timeLine !== null) {
      parts.push(unlabelled(null, joined(lines, timeLine, timeLine + 1), "time-line"));
    }
    state.date = true;
  };
  // Whether each line reads as a date, read once a line: a block holding the
  // date is looked through for it, then read a line at a time.
  const dated: (boolean | undefined)[] = [];
  const isDate = (i: number) => {
    if (state.date) return false;
    let found = dated[i];
    if (found === undefined) {
      const text = line(i);
      found =
        parseDate(text) !== null ||
        isMonthAndYear(text, lexicon) ||
        dateEnd(text, parseDate) !== -1;
      dated[i] = found;
    }
    return found;
  };

  let k = from;
  for (; k < blocks.length; k++) {
    const [first, whole] = blocks[k] as Block;
    const indented = anyIndented(lines, first, whole);
    // A field line under a flush-left line (`LENGTH: 355 words` under the
    // headline) opens a block of its own: the front ends there.
    const cut = indented ? -1 : innerField(lines, first, whole);
    if (cut !== -1) blocks.splice(k, 1, [first, cut], [cut, whole]);
    const last = cut === -1 ? whole : cut;
    const label = readUpperLabel(lines, first);
    if (!indented && label?.field) break;
    if (isCopyrightText(line(first))) {
      let end = first + 1;
      while (end < last && continuesNotice(line(end - 1), line(end))) end++;
      parts.push(unlabelled("copyright", joined(lines, first, end), "copyright-notice"));
      if (end < last) {
        if (state.source) parts.push(unlabelled(null, joined(lines, end, last), "centered-line"));
        else source(joined(lines, end, last), "publication-under-notice");
      }
      state.centered ||= indented;
      continue;
    }
    if (indented) {
      state.centered = true;
      let holdsDate = false;
      for (let i = first; i < last && !holdsDate; i++) holdsDate = isDate(i);
      if (!holdsDate) {
        const at = joined(lines, first, last);
        if (label) parts.push(labelled(lines, first, last, label.label, label.valueStart));
        else if (!state.source) source(at, "centered-publication");
        else parts.push(unlabelled(null, at, "centered-line"));
        continue;
      }
      // A block holding the date: one item a line (publication, date, time, edition).
      for (let i = first; i < last; i++) {
        if (isDate(i)) {
          const time = i + 1 < last && isTimeText(line(i + 1)) ? i + 1 : null;
          date(i, time);
          if (time !== null) i++;
        } else if (!state.source) source(joined(lines, i, i + 1), "centered-publication");
        else parts.push(unlabelled(null, joined(lines, i, i + 1), "centered-line"));
      }
      continue;
    }
    // A flush-left block.
    const text = line(first);
    if (isLinkText(text)) {
      const at = joined(lines, first, last, "");
      parts.push(part("link", at, "link-line"));
    } else if (last - first === 1 && isWordCountText(text)) {
      parts.push(unlabelled("wordCount", joined(lines, first, last), "word-count-line"));
    } else if (isDate(first)) {
      date(first, first + 1 < last && isTimeText(line(first + 1)) ? first + 1 : null);
    } else if (!state.source && !state.centered) {
      source(joined(lines, first, last), "flush-left-publication");
    } else if (!state.headline) {
      headline(lines, first, last, lexicon, parts);
      state.headline = true;
    } else if (isNameLine(lines, first, last, blocks[k + 1])) {
      parts.push(part("byline", joined(lines, first, last), "name-line-before-fields"));
    } else {
      break;
    }
  }
  return { next: k, headline: state.headline, source: state.source };
}

/**
 * Where the date ends on a date line that says more after it: an edition
 * (`March 3, 2004, FINAL EDITION`, `Tuesday Final Edition`), or anything
 * after a comma once the text before it reads as a date (`April 7, 2018
 * Saturday, The New York Times on the Web`, `June 13, 2005, Monday 20:00:00 -
 * 21:00:00 Eastern Time`). The offset of what follows the date, or -1.
 */
function dateEnd(text: string, parseDate: (raw: string) => string | null): number {
  if (text.length > 120 || !/\d{4}/.test(text)) return -1;
  const edition = editionStart(text);
  if (edition !== -1 && parseDate(text.slice(0, edition).replace(/,? $/, "")) !== null) {
    return edition;
  }
  for (let comma = text.lastIndexOf(", "); comma > 0; comma = text.lastIndexOf(", ", comma - 1)) {
    const before = text.slice(0, comma);
    if (/\d{4}/.test(before) && parseDate(before) !== null) return comma + 2;
  }
  return -1;
}

/**
 * A month and a year (`January 2009`): the date line of a monthly report. It
 * fills `publishedAtText`; `publishedAt` holds what the date reader makes of it.
 */
function isMonthAndYear(text: string, lexicon: Lexicon): boolean {
  const m = /^(\p{L}+)\.? (\d{4})$/u.exec(text);
  return m !== null && lexicon.months.has((m[1] as string).toLowerCase());
}

/** The first line after a block's first that opens with a field label, or -1. */
function innerField(lines: Lines, first: number, last: number): number {
  for (let i = first + 1; i < last; i++) if (readUpperLabel(lines, i)?.field) return i;
  return -1;
}

function anyIndented(lines: Lines, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (isIndented(lines, i)) return true;
  return false;
}

/** A labelled centered line (`SHOW: …`): a field with no key. */
function labelled(
  lines: Lines,
  first: number,
  last: number,
  label: string,
  valueStart: number,
): Part {
  const at = joined(lines, first, last);
  const offset = valueStart - at.start;
  const value = at.text.slice(offset);
  return fieldPart(
    null,
    label,
    value,
    { start: at.start, end: at.end, valueStart },
    "centered-label",
  );
}

/** The headline block, a desk slug (`LEADALL: `, `UPDATE 2-`) cut off its start. */
function headline(lines: Lines, first: number, last: number, lexicon: Lexicon, parts: Part[]) {
  const at = joined(lines, first, last);
  const firstLineLength = (lines.end[first] as number) - at.start;
  const colon = at.text.indexOf(": ");
  let slugLength = 0;
  let slugText = "";
  if (colon > 0 && nexisSlugs.includes(at.text.slice(0, colon))) {
    slugText = at.text.slice(0, colon);
    slugLength = colon + 2;
  } else {
    const m = lexicon.slug?.exec(at.text);
    if (m) {
      slugText = m[1] as string;
      slugLength = m[0].length;
    }
  }
  if (slugLength > 0 && slugLength < firstLineLength) {
    const slugEnd = at.start + at.text.slice(0, slugLength).trimEnd().length;
    parts.push(part("slug", { text: slugText, start: at.start, end: slugEnd }, "desk-slug"));
    const rest = { ...at, text: at.text.slice(slugLength), start: at.start + slugLength };
    parts.push(part("headline", rest, "first-flush-left-block"));
    return;
  }
  // `Title; subtitle`: Nexis joins a title and its subtitle with `; `. The
  // joined text may have its odd spaces normalised: the `;` is found again in
  // the input for the spans.
  const cut = subtitleCut(at.text);
  // The same `;` as the joined text's: as many stand before it in both.
  let semicolon = cut === -1 ? -1 : lines.text.indexOf(";", at.start);
  for (let n = at.text.slice(0, cut).split(";").length - 1; n > 0 && semicolon !== -1; n--) {
    semicolon = lines.text.indexOf(";", semicolon + 1);
  }
  if (cut === -1 || semicolon === -1 || semicolon >= at.end) {
    parts.push(part("headline", at, "first-flush-left-block"));
    return;
  }
  // The headline's span takes the `;`, so that every character of the line is in a part.
  parts.push(
    part(
      "headline",
      { ...at, text: at.text.slice(0, cut), end: semicolon + 1 },
      "title-before-semicolon",
    ),
  );
  let start = semicolon + 1;
  while (start < at.end && /\s/.test(lines.text.charAt(start))) start++;
  parts.push(
    part(
      "standfirst",
      { text: at.text.slice(cut + 2), start, end: at.end },
      "subtitle-after-semicolon",
    ),
  );
}

/**
 * Where the title ends in a headline that joins a title and its subtitle
 * with `; ` (`Euro-Schuldenkrise belastet DZ Bank; Millionen-Wertberichtigungen
 * …`), or -1: both sides hold two words or more, the subtitle opens with a
 * capital or a digit, and the title is no upper-case desk name (`INTERNATIONAL BUSINESS; Advocates Gain Ground`).
 */
export function subtitleCut(text: string): number {
  const cut = text.indexOf("; ");
  if (cut === -1) return -1;
  const title = text.slice(0, cut);
  const subtitle = text.slice(cut + 2).trim();
  if (title.split(" ").length < 2 || subtitle.split(" ").length < 2) return -1;
  // A subtitle opens as a title does: a lower-case word goes on with the sentence.
  if (!/^[\p{Lu}\p{N}]/u.test(subtitle)) return -1;
  return title === title.toUpperCase() ? -1 : cut;
}

/**
 * A line naming the author without a label, between the headline and the
 * fields (`VAN ONZE CORRESPONDENT`): one upper-case line of a few words, a
 * labelled field right under it.
 */
function isNameLine(lines: Lines, first: number, last: number, next: Block | undefined): boolean {
  if (last - first !== 1 || next === undefined) return false;
  const text = lines.text.slice(lines.start[first], lines.end[first]);
  if (readUpperLabel(lines, first) !== null || text.split(" ").length > 6) return false;
  if (text !== text.toUpperCase() || !/\p{Lu}/u.test(text)) return false;
  return readUpperLabel(lines, next[0])?.field != null;
}

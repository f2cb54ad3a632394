import { endsSentence } from "../classify/heading-rule.js";
import type { Part } from "../classify/parts.js";
import { readLabelLine } from "../classify/trailer.js";
import { isBlank, type Lines, lineText } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import { isSpaceCode } from "../text/whitespace.js";

/** Longest contact line: more is body text. */
const MAX_CONTACT = 120;
/** Longest value of a closing `SOURCE` line. */
const MAX_SOURCE = 120;
// Contact data after a blank line inside a block: an e-mail address or a phone number.
const CONTACT_DATA = /@|\d{3}/;

/** A contact label line: `Media Contact:`, `Contacts`, `Media Contact: Jane Doe, 555-0100`. */
interface ContactLabel {
  label: string;
  /** The field of a label with its value on the same line, else null. */
  field: Part | null;
}

function contactLabel(lines: Lines, i: number, lexicon: Lexicon): ContactLabel | null {
  const s = lines.start[i] as number;
  const e = lines.end[i] as number;
  if (e - s > MAX_CONTACT) return null;
  const text = lineText(lines, s, e);
  const colon = text.endsWith(":") || text.endsWith("：");
  const bare = (colon ? text.slice(0, -1) : text).trimEnd();
  const folded = bare.toLowerCase().replace(/\s+/g, " ");
  // `Contacts` stands alone; one word such as `Media` or `Press` needs its colon.
  if (lexicon.keys.get(folded) === "contact" && (colon || folded.includes("contact"))) {
    return { label: bare, field: null };
  }
  const field = readLabelLine(lines, i, lexicon);
  if (field?.key !== "contact" || (endsSentence(field.value) && !field.value.includes("@")))
    return null;
  return { label: field.label, field: { ...field, kind: "field", rule: "press-contact-label" } };
}

/** `SOURCE Acme Corp`: the closing source line, its word as the locales write it. */
export function sourceLine(lines: Lines, i: number, lexicon: Lexicon): Part | null {
  const { text } = lines;
  const s = lines.start[i] as number;
  const e = lines.end[i] as number;
  let p = s;
  // The word is read no further than the longest source word: a long line
  // with no space (CJK text) is not read to its end.
  const limit = Math.min(e, s + longestWord(lexicon.pressSource) + 1);
  while (p < limit && !isSpaceCode(text.charCodeAt(p))) p++;
  const word = text.slice(s, p);
  if (!lexicon.pressSource.has(word) || p === e || e - p > MAX_SOURCE) return null;
  while (p < e && isSpaceCode(text.charCodeAt(p))) p++;
  // `SOURCE: Reuters` is a labelled line, read as one.
  const c = text.charCodeAt(p);
  if (c === 0x3a || c === 0xff1a) return null;
  const value = lineText(lines, p, e);
  return {
    kind: "field",
    key: "source",
    label: word,
    value,
    start: s,
    end: e,
    valueStart: p,
    rule: "press-source-line",
  };
}

const longest = new WeakMap<ReadonlySet<string>, number>();

/** The length of the longest word of `words`, remembered per set. */
function longestWord(words: ReadonlySet<string>): number {
  let found = longest.get(words);
  if (found === undefined) {
    found = 0;
    for (const word of words) found = Math.max(found, word.length);
    longest.set(words, found);
  }
  return found;
}

/** A line that closes a press release: `SOURCE …`, or a known label other than a contact. */
export function closingLine(lines: Lines, i: number, lexicon: Lexicon): Part | null {
  const source = sourceLine(lines, i, lexicon);
  if (source) return source;
  const field = readLabelLine(lines, i, lexicon);
  if (field === null || field.key === null || field.key === "contact") return null;
  return { ...field, kind: "field", rule: "press-closing-label" };
}

// A web link alone on its line.
const LINK = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * `View source version on accesswire.com:` over the link on the next line:
 * one field spanning both, read from the link's line `i`.
 */
export function labelOverLink(lines: Lines, i: number, lexicon: Lexicon): Part | null {
  if (i === 0 || isBlank(lines, i - 1)) return null;
  const s = lines.start[i] as number;
  const e = lines.end[i] as number;
  const value = lineText(lines, s, e);
  if (!LINK.test(value)) return null;
  const above = lineText(lines, lines.start[i - 1] as number, lines.end[i - 1] as number);
  if (!above.endsWith(":") && !above.endsWith("：")) return null;
  const label = above.slice(0, -1).trimEnd();
  const key = lexicon.keys.get(label.toLowerCase().replace(/\s+/g, " "));
  if (key !== "originalUrl") return null;
  const start = lines.start[i - 1] as number;
  return {
    kind: "field",
    key,
    label,
    value,
    start,
    end: e,
    valueStart: s,
    rule: "press-label-over-link",
  };
}

/** Contact blocks, each as its lines' range and its fields. */
export interface ContactBlock {
  first: number;
  /** The index past its last line. */
  last: number;
  parts: Part[];
}

/**
 * Finds contact blocks in lines `[from, to)`: a contact label (`Media
 * Contact:`, `Contacts`, `Investors:`), then the names, e-mail addresses and
 * phone numbers under it, blank lines allowed before contact data or a further
 * label. Every line becomes a `contact` field labelled with the label above
 * it; a label alone on its line shares the span of the first line under it.
 */
export function findContacts(
  lines: Lines,
  from: number,
  to: number,
  lexicon: Lexicon,
): ContactBlock[] {
  const blocks: ContactBlock[] = [];
  let i = from;
  while (i < to) {
    const opened = isBlank(lines, i) ? null : contactLabel(lines, i, lexicon);
    if (opened === null) {
      i++;
      continue;
    }
    const parts: Part[] = [];
    let label = opened.label;
    let pending: number | null = opened.field ? null : i;
    if (opened.field) parts.push(opened.field);
    let j = i + 1;
    let last = i + 1;
    while (j < to) {
      if (isBlank(lines, j)) {
        j++;
        continue;
      }
      const s = lines.start[j] as number;
      const e = lines.end[j] as number;
      const next = contactLabel(lines, j, lexicon);
      const afterBlank = isBlank(lines, j - 1);
      if (next) {
        // `Contacts` over `Media:` and `Investors:`: the outer label stands as a field of its own.
        if (pending !== null) parts.push(emptyField(lines, pending, label));
        label = next.label;
        pending = next.field ? null : j;
        if (next.field) parts.push(next.field);
      } else {
        const text = lineText(lines, s, e);
        if (e - s > MAX_CONTACT || closingLine(lines, j, lexicon)) break;
        if (afterBlank && pending === null && !CONTACT_DATA.test(text)) break;
        if (lexicon.pressAbout.has(text.split(" ", 1)[0]?.toLowerCase() ?? "")) break;
        const start = pending === null ? s : (lines.start[pending] as number);
        const rule = pending === null ? "press-contact-line" : "press-contact-label";
        parts.push({
          kind: "field",
          key: "contact",
          label,
          value: text,
          start,
          end: e,
          valueStart: s,
          rule,
        });
        pending = null;
      }
      j++;
      last = j;
    }
    // A label with nothing under it is no block: it stays body text.
    if (pending !== null && parts.length === 0) {
      i++;
      continue;
    }
    if (pending !== null) last = pending;
    blocks.push({ first: i, last, parts });
    i = last;
  }
  return blocks;
}

function emptyField(lines: Lines, i: number, label: string): Part {
  const start = lines.start[i] as number;
  const end = lines.end[i] as number;
  return {
    kind: "field",
    key: "contact",
    label,
    value: "",
    start,
    end,
    valueStart: end,
    rule: "press-contact-heading",
  };
}

import { findDateline } from "../classify/dateline-rule.js";
import { readHeader } from "../classify/header.js";
import { type Located, type Part, part } from "../classify/parts.js";
import { isBlank, type Lines, lineText } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { RuleName } from "../parser/rule-names.js";
import type { FieldKey } from "../schema/field-keys.js";
import { isSpaceCode } from "../text/whitespace.js";
import { accessionPrefix, type FactivaRole, factivaCodes, maxCodeIndent } from "./factiva-codes.js";
import { formatFactiva } from "./factiva-format.js";
import type { Claim, Classified, ClassifyContext, Dialect, DialectRules } from "./types.js";

const LF = 0x0a;
const CR = 0x0d;
const FULL_STOP = 0x2e;

/** The first characters of the field codes. */
const CODE_OPENERS: ReadonlySet<number> = /* @__PURE__ */ new Set(
  [...factivaCodes.keys()].map((c) => c.charCodeAt(0)),
);

/** The code on line `i` when the line holds a field code alone, indented 0–3 spaces; else null. */
function codeAt(lines: Lines, i: number): string | null {
  const start = lines.start[i] as number;
  const end = lines.end[i] as number;
  if (end - start < 2 || end - start > 3) return null;
  // Told by its first character before it is cut out: detection asks every line.
  if (!CODE_OPENERS.has(lines.text.charCodeAt(start))) return null;
  const code = lines.text.slice(start, end);
  if (!factivaCodes.has(code)) return null;
  const { text } = lines;
  let p = start;
  while (p > 0 && text.charCodeAt(p - 1) !== LF && text.charCodeAt(p - 1) !== CR) {
    if (start - --p > maxCodeIndent) return null;
  }
  return code;
}

/** Fields whose value fills an Article field through a keyed `field` part. */
const KEYED: Partial<Record<FactivaRole, FieldKey>> = {
  byline: "byline",
  wordCount: "wordCount",
  source: "source",
  language: "language",
  copyright: "copyright",
  section: "section",
  id: "id",
};

/** The rules of the fields that fill a value, each named after its code. */
const VALUE_RULES: Partial<Record<FactivaRole, RuleName>> = {
  byline: "factiva-by",
  wordCount: "factiva-wc",
  time: "factiva-et",
  source: "factiva-sn",
  language: "factiva-la",
  copyright: "factiva-cy",
};

/** The value lines of one field: its non-blank lines, joined with one space. */
function readValue(lines: Lines, from: number, to: number): { at: Located; rows: number[] } | null {
  const rows: number[] = [];
  for (let i = from; i < to; i++) if (!isBlank(lines, i)) rows.push(i);
  if (rows.length === 0) return null;
  const first = rows[0] as number;
  const last = rows[rows.length - 1] as number;
  const text = rows.map((i) => lineText(lines, lines.start[i] as number, lines.end[i] as number));
  return {
    at: {
      text: text.join(" "),
      start: lines.start[first] as number,
      end: lines.end[last] as number,
    },
    rows,
  };
}

/** A field spanning the code line and its value (or the code line alone, value ""). */
function codeField(
  lines: Lines,
  at: number,
  key: FieldKey | null,
  value: Located | null,
  rule: RuleName,
): Part {
  const start = lines.start[at] as number;
  const label = lines.text.slice(start, lines.end[at] as number);
  const end = value?.end ?? (lines.end[at] as number);
  const valueStart = value?.start ?? end;
  return { kind: "field", key, label, value: value?.text ?? "", start, end, valueStart, rule };
}

const isBreakOrSpace = (code: number) => code === LF || code === CR || isSpaceCode(code);

/** Cuts `word ` from the front of a value; null when it does not open with it. */
function cutWord(value: Located, word: (w: string) => boolean): Located | null {
  const { text } = value;
  let p = 0;
  while (p < text.length && !isSpaceCode(text.charCodeAt(p))) p++;
  if (p === text.length || !word(text.slice(0, p))) return null;
  while (p < text.length && isSpaceCode(text.charCodeAt(p))) p++;
  return { text: text.slice(p), start: value.start + p, end: value.end };
}

/**
 * `By Manoj Nair. ` → `Manoj Nair`: the byline word and a final full stop
 * dropped. The value's lines are joined, so its end is found in the input
 * (`input`): before the stop, and before the line break and spaces ahead of it.
 */
function bylineValue(value: Located, lexicon: Lexicon, input: string): Located | null {
  const name = cutWord(value, (w) => lexicon.bylinePrefixes.has(w.toLowerCase())) ?? value;
  let { text, end } = name;
  if (text.charCodeAt(text.length - 1) === FULL_STOP) {
    text = text.slice(0, -1).trimEnd();
    end = name.end - 1;
    while (end > name.start && isBreakOrSpace(input.charCodeAt(end - 1))) end--;
  }
  return text.length > 0 ? { text, start: name.start, end } : null;
}

/** The headline parts from the `HD` value: the project's headline rules on its first line. */
function headlineParts(lines: Lines, rows: number[], context: ClassifyContext): Part[] {
  const first = rows[0] as number;
  const header = readHeader(lines, first, first + 1, context.lexicon, context.parseDate);
  const headline = { ...header.headline };
  // An `HD` value broken over lines is one headline: quotes around its first
  // line alone do not quote it, so they stay (`'Mill to expand'` / `in 2001`).
  if (rows.length > 1) {
    const lineEnd = lines.end[first] as number;
    const floor = header.slug?.end ?? (lines.start[first] as number);
    let start = headline.start;
    while (start > floor && !isSpaceCode(lines.text.charCodeAt(start - 1))) start--;
    headline.text = lineText(lines, start, lineEnd);
    headline.start = start;
    headline.end = lineEnd;
  }
  for (const i of rows.slice(1)) {
    headline.text += ` ${lineText(lines, lines.start[i] as number, lines.end[i] as number)}`;
    headline.end = lines.end[i] as number;
  }
  const parts = [part("headline", headline, "factiva-hd")];
  if (header.slug) parts.push(part("slug", header.slug, "desk-slug"));
  return parts;
}

/** One paragraph per line of `LP` and `TD`; a dateline may open the first. */
function bodyParts(
  lines: Lines,
  rows: number[],
  rule: RuleName,
  lexicon: Lexicon,
  first: boolean,
): Part[] {
  const parts: Part[] = [];
  for (const i of rows) {
    const start = lines.start[i] as number;
    const end = lines.end[i] as number;
    const text = lineText(lines, start, end);
    const found = first && parts.length === 0 ? findDateline(text, text.length, lexicon) : null;
    if (found && found.length < text.length) {
      parts.push({
        kind: "dateline",
        text: found.text,
        start,
        end: start + found.text.trimEnd().length,
        place: found.place,
        agency: found.agency,
        byline: found.byline,
        // One line, normalised to the same length: offsets into it are the input's.
        agencySpan: agencySpanIn(found.text, found.agency, start),
        rule: "agency-dateline",
      });
      // The paragraph starts at its first character that is no space, as in the shared layout.
      let rest = found.length;
      while (rest < text.length && isSpaceCode(text.charCodeAt(rest))) rest++;
      parts.push(part("paragraph", { text: text.slice(rest), start: start + rest, end }, rule));
    } else {
      parts.push(part("paragraph", { text, start, end }, rule));
    }
  }
  return parts;
}

function classify(lines: Lines, context: ClassifyContext): Classified {
  const count = lines.start.length;
  const rows: number[] = [];
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    const code = codeAt(lines, i);
    if (code === null) continue;
    rows.push(i);
    codes.push(code);
  }
  const parts: Part[] = [];
  // Text above the first code is no field: kept as body text.
  const before = readValue(lines, 0, rows[0] ?? count);
  if (before)
    parts.push(...bodyParts(lines, before.rows, "factiva-before-codes", context.lexicon, false));
  let headline = false;
  let body = false;
  for (let k = 0; k < rows.length; k++) {
    const at = rows[k] as number;
    const code = codes[k] as string;
    const role = factivaCodes.get(code) as FactivaRole;
    const value = readValue(lines, at + 1, rows[k + 1] ?? count);
    if (role === "headline" && !headline && value) {
      headline = true;
      parts.push(codeField(lines, at, null, null, "factiva-code-line"));
      parts.push(...headlineParts(lines, value.rows, context));
    } else if (role === "body" && value) {
      parts.push(codeField(lines, at, null, null, "factiva-code-line"));
      const rule = code === "LP" ? "factiva-lp-paragraph" : "factiva-td-paragraph";
      parts.push(...bodyParts(lines, value.rows, rule, context.lexicon, !body));
      body = true;
    } else if (role === "date" && value) {
      // The time stands in its own `ET` field right after the date.
      const next =
        codes[k + 1] === "ET"
          ? readValue(lines, (rows[k + 1] as number) + 1, rows[k + 2] ?? count)
          : null;
      const joined = next ? `${value.at.text} ${next.at.text}` : null;
      const text = joined !== null && context.parseDate(joined) !== null ? joined : value.at.text;
      if (context.parseDate(text) === null) {
        // A date no reader can read stays a line of the trailer, as `Date: …` does.
        parts.push(codeField(lines, at, "publishedAt", value.at, "factiva-pd-unread"));
        continue;
      }
      parts.push(codeField(lines, at, null, null, "factiva-code-line"));
      parts.push(part("published", { ...value.at, text }, "factiva-pd"));
    } else if (role === "byline" && value) {
      const name = bylineValue(value.at, context.lexicon, lines.text);
      parts.push(codeField(lines, at, name ? "byline" : null, name ?? value.at, "factiva-by"));
    } else if (role === "id" && value) {
      const id = cutWord(value.at, (w) => w === accessionPrefix) ?? value.at;
      parts.push(codeField(lines, at, "id", id, "factiva-an"));
    } else {
      const key = KEYED[role] ?? null;
      const rule: RuleName =
        role === "index"
          ? "factiva-index-list"
          : key || role === "time"
            ? (VALUE_RULES[role] ?? "factiva-code-field")
            : "factiva-code-field";
      parts.push(codeField(lines, at, value ? key : null, value?.at ?? null, rule));
    }
  }
  return { parts, failure: null };
}

/** How strongly a run of code lines says Factiva: `HD` with `PD`, `SN` or `AN` is unmistakable. */
function detect(lines: Lines): Claim | null {
  const seen = new Set<string>();
  for (let i = 0; i < lines.start.length; i++) {
    const code = codeAt(lines, i);
    if (code !== null) seen.add(code);
  }
  if (seen.has("HD") && (seen.has("PD") || seen.has("SN") || seen.has("AN"))) {
    return { score: 0.95, rule: "factiva-field-codes" };
  }
  return seen.size >= 4 ? { score: 0.7, rule: "factiva-code-run" } : null;
}

// The rules; the export below is the public face.
/**
 * Documents in the text: each opens with its own `HD` code line, after the
 * codes of the one before (an `HD` repeated with nothing between is one).
 */
function documents(lines: Lines): number {
  let count = 0;
  let others = true;
  for (let i = 0; i < lines.start.length; i++) {
    const code = codeAt(lines, i);
    if (code === null) continue;
    if (code !== "HD") others = true;
    else if (others) {
      count++;
      others = false;
    }
  }
  return count;
}

const rules: DialectRules = {
  name: "factiva",
  strongest: 0.95,
  detect,
  documents,
  classify,
  format: formatFactiva,
};

/**
 * The Factiva text export: each field a code alone on its line (`HD`
 * headline, `BY`, `WC` word count, `PD` date, `ET` time, `SN` source, `LA`
 * language, `CY` copyright, `LP` and `TD` the body, one paragraph a line,
 * indexing lists, `AN` the accession number), its value on the lines below.
 * Codes without an Article field of their own (`SC`, `PG`, `CO`, `IN`, `NS`,
 * `RE`, …) are kept in `trailer` under their code.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * const article = parseArticle(
 *   " HD\n Mill to expand. \n   WC\n40 words\n   PD\n7 April 2000\n   SN\nGazeta Mercantil\n   LP\n The mill will grow. \n   AN\nDocument gmes000020010810dw47004yg",
 * );
 * article.dialect; // "factiva"
 * article.headline; // "Mill to expand."
 * article.publishedAt; // "2000-04-07"
 * article.source; // "Gazeta Mercantil"
 * ```
 */
export const factiva: Dialect = rules;

function agencySpanIn(
  text: string,
  agency: string | null,
  start: number,
): { start: number; end: number } | null {
  const at = agency === null ? -1 : text.indexOf(agency);
  return agency === null || at === -1
    ? null
    : { start: start + at, end: start + at + agency.length };
}

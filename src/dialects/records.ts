import { findDateline } from "../classify/dateline-rule.js";
import { type Located, type Part, part } from "../classify/parts.js";
import { classifyStandard } from "../classify/standard.js";
import { monthOf } from "../fields/date-words.js";
import type { Lines } from "../lines/lines.js";
import { endOf, type Mapped, sliceMapped, startOf } from "../markup/mapped.js";
import { type Element, type Node, readTags } from "../markup/tags.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { RuleName } from "../parser/rule-names.js";
import type { FieldKey } from "../schema/field-keys.js";
import { bodyParagraphs, located, type ParagraphRule, readValue } from "./record-body.js";
import { firstRecord } from "./record-marks.js";
import type { Classified, ClassifyContext } from "./types.js";

// The classification shared by the dialects of markup records (Reuters-21578
// SGML, TREC / LDC `<DOC>`, SogouCS `<doc>`): each dialect is a table saying
// what each element holds; this reads the tags and turns every element into
// parts by its role. Markup is never text: a tag is in no value, and every
// value is decoded. Spans point at the value inside its tag, references
// included as written (`&lt;BAC>` for `<BAC>`).

/**
 * What an element holds. The structural roles make parts of their own kind;
 * a field key fills that field (`id`, `originalUrl`, `source`, and the lists
 * `topics`, `places`, `keywords`, one item for each child element such as
 * Reuters-21578's `<D>`); `other` is a field of the trailer under the
 * element's name, and an element holding elements is read as a container.
 */
export type RecordRole =
  | "headline"
  | "date"
  | "dateline"
  | "byline"
  | "slug"
  | "body"
  | "container"
  | "other"
  | FieldKey;

/** One record layout, as data. */
export interface RecordLayout {
  /** The element each record is, in capitals: `REUTERS`, `DOC`. */
  readonly record: string;
  /** Element name (capitals) → what it holds; elements not named are `other`. */
  readonly roles: Readonly<Record<string, RecordRole>>;
  /** Attributes of the record element that fill a field (`NEWID` → `id`); the others go to the trailer. */
  readonly attributes?: Readonly<Record<string, FieldKey>>;
  /** How loose body text breaks into paragraphs. */
  readonly paragraphs: ParagraphRule;
  /** A last body paragraph that is a wire's credit (`Reuter`), in lower case, final dots ignored. */
  readonly credits?: readonly string[];
  /**
   * A container whose attribute has this value holds placeholder text, no
   * story (Reuters-21578's `TYPE="BRIEF"`, a title and `Blah blah blah.`): its
   * loose text is a boilerplate note.
   */
  readonly placeholder?: { readonly attribute: string; readonly value: string };
  /** The element each item of a list stands in (`D`), for writing a record back. */
  readonly items?: string;
  /** The layout writes its names in lower case (`<doc>`, `<contenttitle>`). */
  readonly lowerCase?: boolean;
}

const SPACE = 0x20;
const FULL_STOP = 0x2e;

/** Builds the parts of one record layout. */
class RecordReader {
  readonly parts: Part[] = [];
  #headline = false;
  #dateline = false;
  #byline = false;
  #body = false;

  constructor(
    readonly input: string,
    readonly layout: RecordLayout,
    readonly lexicon: Lexicon,
  ) {}

  node(node: Node, loose: "body" | "note"): void {
    if (node.kind === "text") this.#loose(node.start, node.end, loose);
    else this.element(node);
  }

  element(element: Element): void {
    const role = this.layout.roles[element.name] ?? "other";
    const value = () => readValue(this.input, element.contentStart, element.contentEnd);
    const hasElements = element.children.some((c) => c.kind === "element");
    if (element.name === this.layout.record || role === "container") {
      this.#attributes(element);
      const { placeholder } = this.layout;
      const brief =
        placeholder !== undefined &&
        element.attributes.some(
          (a) => a.name === placeholder.attribute && a.value === placeholder.value,
        );
      for (const child of element.children) this.node(child, brief ? "note" : "body");
      // Unprocessed text outside any body element ends with the wire's credit too.
      this.#credit();
    } else if (role === "body") {
      for (const child of element.children) {
        if (child.kind === "element" && child.name === "P") {
          this.#paragraphs(child.contentStart, child.contentEnd, "blank-line");
        } else this.node(child, "body");
      }
      this.#credit();
    } else if (role === "headline" && !this.#headline) {
      const at = located(value());
      if (at) this.parts.push(part("headline", at, "record-headline"));
      this.#headline = at !== null;
    } else if (role === "date") {
      const at = located(value());
      if (at) this.parts.push(part("published", at, "record-date"));
    } else if (role === "dateline" && !this.#dateline) {
      const at = located(value());
      if (at) this.parts.push(dateline(at, "record-dateline", this.lexicon));
      this.#dateline = at !== null;
    } else if (role === "byline" && !this.#byline) {
      // A second byline element (AP's `Associated Press Writer`) stays in the trailer.
      const at = located(this.#withoutByWord(value()));
      if (at) this.parts.push(part("byline", at, "record-byline"));
      this.#byline = at !== null;
    } else if (role === "slug") {
      const at = located(value());
      if (at) this.parts.push(part("slug", at, "record-slug"));
    } else if (hasElements && role === "other" && !isList(element)) {
      for (const child of element.children) this.node(child, "note");
    } else if (hasElements) {
      // A list: each child element one item (`<D>cocoa</D>`).
      for (const child of element.children) {
        if (child.kind !== "element") continue;
        const item = located(readValue(this.input, child.contentStart, child.contentEnd));
        if (item) this.#field(role === "other" ? null : (role as FieldKey), element, item);
      }
    } else {
      const at = located(value());
      const structural = role === "headline" || role === "dateline" || role === "byline";
      const key = role === "other" || structural ? null : role;
      if (at) this.#field(key as FieldKey | null, element, at);
    }
  }

  /** The record's attributes: fields named by the layout, the rest kept in the trailer. */
  #attributes(element: Element): void {
    for (const a of element.attributes) {
      const at = located(readValue(this.input, a.start, a.end));
      if (at === null) continue;
      const key = this.layout.attributes?.[a.name] ?? null;
      this.parts.push(field(key, a.name, at, "record-attribute"));
    }
  }

  #field(key: FieldKey | null, element: Element, at: Located): void {
    this.parts.push(field(key, element.name, at, "record-field"));
  }

  #loose(start: number, end: number, as: "body" | "note"): void {
    if (as === "body") {
      this.#paragraphs(start, end, this.layout.paragraphs);
      return;
    }
    for (const m of bodyParagraphs(this.input, start, end, "blank-line")) {
      const at = located(m);
      if (at)
        this.parts.push({ kind: "note", note: "boilerplate", ...at, rule: "record-placeholder" });
    }
  }

  #paragraphs(start: number, end: number, rule: ParagraphRule): void {
    for (const m of bodyParagraphs(this.input, start, end, rule)) {
      const at = located(m);
      if (at === null) continue;
      // With no dateline of its own, the record's first paragraph may open with one.
      if (!this.#body && !this.#dateline) {
        const found = findDateline(at.text, at.text.length, this.lexicon);
        if (found && found.length < at.text.length) {
          const cut = found.text.trimEnd().length;
          let rest = found.length;
          while (rest < at.text.length && at.text.charCodeAt(rest) === SPACE) rest++;
          this.parts.push({
            kind: "dateline",
            text: found.text.trimEnd(),
            start: startOf(m, 0),
            end: endOf(m, cut - 1),
            place: found.place,
            agency: found.agency,
            byline: found.byline,
            rule: "record-agency-dateline",
          });
          this.#dateline = true;
          this.#body = true;
          const rest_ = sliceLocated(m, rest);
          if (rest_) this.parts.push(part("paragraph", rest_, "record-paragraph"));
          continue;
        }
      }
      this.#body = true;
      this.parts.push(part("paragraph", at, "record-paragraph"));
    }
  }

  /** A last paragraph that is the wire's credit (`Reuter`) becomes a note. */
  #credit(): void {
    const last = this.parts[this.parts.length - 1];
    const credits = this.layout.credits;
    if (last?.kind !== "paragraph" || !credits) return;
    let end = last.text.length;
    while (end > 0 && last.text.charCodeAt(end - 1) === FULL_STOP) end--;
    const word = last.text.slice(0, end).toLowerCase();
    if (!credits.includes(word)) return;
    this.parts[this.parts.length - 1] = {
      kind: "note",
      note: "credit",
      text: last.text,
      start: last.start,
      end: last.end,
      rule: "record-credit",
    };
  }

  /** `by Janie Gabbett, Reuters` → `Janie Gabbett, Reuters`. */
  #withoutByWord(m: Mapped): Mapped {
    const space = m.text.indexOf(" ");
    if (space === -1 || !this.lexicon.bylinePrefixes.has(m.text.slice(0, space).toLowerCase()))
      return m;
    return sliceMapped(m, space + 1, m.text.length);
  }
}

/** An element of items: elements holding text alone (`<ORGS><D>ico-cocoa</D></ORGS>`). */
function isList(element: Element): boolean {
  return element.children.every(
    (c) => c.kind === "text" || !c.children.some((g) => g.kind === "element"),
  );
}

function sliceLocated(m: Mapped, from: number): Located | null {
  if (from >= m.text.length) return null;
  return {
    text: m.text.slice(from),
    start: startOf(m, from),
    end: endOf(m, m.text.length - 1),
  };
}

function field(key: FieldKey | null, label: string, at: Located, rule: RuleName): Part {
  return {
    kind: "field",
    key,
    label,
    value: at.text,
    start: at.start,
    end: at.end,
    valueStart: at.start,
    rule,
  };
}

// What ends the place of a dateline element at the latest: an agency in
// brackets (`WASHINGTON (AP)`), a dash (`SALVADOR, Feb 26 - `).
const PLACE_ENDS = ["(", " - ", " -- ", " \u2014"];

/** `Feb 26`, `Jan. 1`: a month word and a day, the date a dateline ends with. */
function isMonthDay(segment: string, lexicon: Lexicon): boolean {
  const [month, day, extra] = segment.trim().split(" ");
  return (
    extra === undefined &&
    day !== undefined &&
    /^\d{1,2}$/.test(day) &&
    monthOf(month ?? "", lexicon.dateWords) !== undefined
  );
}

/**
 * A dateline element: `SALVADOR, Feb 26 -` → place `SALVADOR`,
 * `COMMACK, N.Y., Feb 26 -` → `COMMACK, N.Y.`, `BEIJING, Jan. 1 (Xinhua)` →
 * `BEIJING` and agency `Xinhua`: the place is what comes before the agency,
 * the dash and the closing month and day.
 */
function dateline(at: Located, rule: RuleName, lexicon: Lexicon): Part {
  let cut = `${at.text} `.length;
  for (const mark of PLACE_ENDS) {
    const found = `${at.text} `.indexOf(mark);
    if (found !== -1 && found < cut) cut = found;
  }
  const segments = at.text.slice(0, cut).split(",");
  if (segments.length > 1 && isMonthDay(segments[segments.length - 1] as string, lexicon))
    segments.pop();
  const place = segments.join(",").trim();
  const open = at.text.indexOf("(");
  const close = open === -1 ? -1 : at.text.indexOf(")", open);
  const agency = close > open + 1 ? at.text.slice(open + 1, close).trim() : "";
  return {
    kind: "dateline",
    ...at,
    place: place.length > 0 ? place : null,
    agency: agency.length > 0 ? agency : null,
    agencySpan: null,
    byline: null,
    rule,
  };
}

/** Classifies the text of one record (or of a file of them) by a layout's table. */
export function classifyRecords(
  lines: Lines,
  context: ClassifyContext,
  layout: RecordLayout,
): Classified {
  // Forced on a text that opens with no record of the layout, the dialect
  // reads it as the shared layout does, and says so: markup rules on prose
  // would take its `<` and `&` for tags and references.
  if (firstRecord(lines, layout.record) === null)
    return { ...classifyStandard(lines, context), readAs: "aggregator" };
  const reader = new RecordReader(lines.text, layout, context.lexicon);
  for (const node of readTags(lines.text)) reader.node(node, "body");
  return { parts: reader.parts, failure: null };
}

import type { RuleName } from "../parser/rule-names.js";
import type { FieldKey } from "../schema/field-keys.js";
import type { NoteKind } from "../schema/note-kinds.js";

/** A piece of text with its offsets into the input. */
export interface Located {
  text: string;
  start: number;
  end: number;
}

/** One labelled line, with offsets into the input; `key` is null for an unknown label. */
export interface LabelLine {
  key: FieldKey | null;
  label: string;
  value: string;
  /** The whole line. */
  start: number;
  end: number;
  /** Where the value starts. */
  valueStart: number;
}

/**
 * The classification stage's output: every part of the text, each with the
 * rule that decided it (what `explainArticle` reports). The Article is
 * assembled from these and nothing else.
 */
export type Part =
  | (Located & {
      kind: PlainKind;
      rule: RuleName;
      /** Where the line of a wire-header link starts, its `-- ` included. */
      lineStart?: number;
      /**
       * The piece of a `published` part the date reader reads, where the part
       * holds words around it (`Updated`, a comment count).
       */
      dateText?: string | undefined;
    })
  | (Located & { kind: "note"; note: NoteKind; rule: RuleName })
  | (Located & {
      kind: "dateline";
      place: string | null;
      agency: string | null;
      /** A byline run into the dateline (`By  Paritosh Bansal NEW YORK …`). */
      byline: string | null;
      /** The byline's role word (`기자`, `记者`), kept out of `byline`. */
      role?: string | null;
      /** Where `agency` stands in the input, when it is named (a dateline may span lines). */
      agencySpan?: { start: number; end: number } | null;
      /** The date a press release's dateline states, where it stands in the input. */
      date?: Located | null;
      rule: RuleName;
    })
  | (LabelLine & { kind: "field"; rule: RuleName; text?: undefined })
  | (Located & {
      kind: "value";
      /** The field a bare line fills (`id`, `language`), with no label of its own. */
      key: "id" | "language";
      rule: RuleName;
    });

/** The kinds of part that are a piece of text and nothing more. */
export type PlainKind =
  | "headline"
  | "slug"
  | "standfirst"
  | "highlight"
  | "byline"
  | "bylineRole"
  | "published"
  | "link"
  | "heading"
  | "paragraph";

/** A part of one of the plain kinds. */
export function part(kind: PlainKind, at: Located, rule: RuleName): Part {
  return { kind, text: at.text, start: at.start, end: at.end, rule };
}

/**
 * Merges parts found by a step of their own (page lines) into the others by
 * input position; on a tie the others come first. Both lists are in input order.
 */
export function mergeByStart(parts: readonly Part[], extra: readonly Part[]): Part[] {
  const out: Part[] = [];
  let j = 0;
  for (const p of parts) {
    while (j < extra.length && (extra[j] as Part).start < p.start) out.push(extra[j++] as Part);
    out.push(p);
  }
  while (j < extra.length) out.push(extra[j++] as Part);
  return out;
}

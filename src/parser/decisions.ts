import type { Part } from "../classify/parts.js";
import type { DialectName } from "../schema/dialect-names.js";
import type { FieldKey } from "../schema/field-keys.js";
import type { RuleName } from "./rule-names.js";

/**
 * One decision of the parser: what a line or block became and which rule
 * decided it. The rules are listed in `docs/rules.md`.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { type Decision, explainArticle } from "syndicated-article";
 *
 * const { decisions } = explainArticle("Title\n\nBody.\n\nSource: rfi");
 * const last: Decision | undefined = decisions.at(-1);
 * last?.rule; // "trailer-label"
 * last?.path; // "trailer[0] → source"
 * ```
 */
export interface Decision {
  /** Where the part is in the input, or `null` for a decision about the whole text. */
  span: { start: number; end: number } | null;
  /** What it became. */
  part:
    | "dialect"
    | "headline"
    | "slug"
    | "standfirst"
    | "highlight"
    | "byline"
    | "bylineRole"
    | "published"
    | "link"
    | "dateline"
    | "heading"
    | "paragraph"
    | "note"
    | "trailer"
    | "value";
  /** Its place in the Article (`sections[2].heading`, `trailer[0] → source`), or `null` when it has none. */
  path: string | null;
  /** The rule that decided it: one of the names the recognition rules guide lists. */
  rule: RuleName;
  /** For a labelled line: the key it was recognised as, or `null` for an unknown label. */
  key?: FieldKey | null;
  /** For a labelled line: the label as written. */
  label?: string;
  /** For the dialect: its name; for a note: its kind. */
  value?: string;
}

/** The decisions behind parts, with each part's path when the Article was built. */
export function decisionsOf(
  parts: readonly Part[],
  paths: readonly (string | null)[] | null,
  dialect: DialectName,
  dialectRule: RuleName,
): Decision[] {
  const decisions: Decision[] = [
    { span: null, part: "dialect", path: "dialect", rule: dialectRule, value: dialect },
  ];
  parts.forEach((p, i) => {
    const span = { start: p.start, end: p.end };
    const path = paths?.[i] ?? null;
    if (p.kind === "field") {
      decisions.push({ span, part: "trailer", path, rule: p.rule, key: p.key, label: p.label });
    } else if (p.kind === "value") {
      decisions.push({ span, part: "value", path, rule: p.rule, key: p.key });
    } else if (p.kind === "note") {
      decisions.push({ span, part: "note", path, rule: p.rule, value: p.note });
    } else {
      decisions.push({ span, part: p.kind, path, rule: p.rule });
    }
  });
  return decisions.sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1));
}

import type { Located, Part } from "../classify/parts.js";
import { type Lines, lineText } from "../lines/lines.js";
import type { RuleName } from "../parser/rule-names.js";
import { type FieldKey, fieldKeys } from "../schema/field-keys.js";
import { normalizeInline } from "../text/whitespace.js";

// Small builders the Nexis rules share: joined text of lines, field parts.

/** Lines `[first, last)` joined with one space (odd spaces normalised), with their span. */
export function joined(lines: Lines, first: number, last: number, separator = " "): Located {
  const start = lines.start[first] as number;
  const end = lines.end[last - 1] as number;
  if (last - first === 1) return { text: lineText(lines, start, end), start, end };
  const parts: string[] = [];
  for (let k = first; k < last; k++) parts.push(lines.text.slice(lines.start[k], lines.end[k]));
  const text = parts.join(separator);
  return { text: lines.noisy ? normalizeInline(text) : text, start, end };
}

/** The schema's key of that name, or null while the Article has no such field. */
export function asKey(key: string | null): FieldKey | null {
  return key !== null && (fieldKeys as readonly string[]).includes(key) ? (key as FieldKey) : null;
}

/** A field part: `label` as written (`""` for a line Nexis does not label), `value` from `valueStart`. */
export function fieldPart(
  key: string | null,
  label: string,
  value: string,
  at: { start: number; end: number; valueStart: number },
  rule: RuleName,
): Part {
  return { kind: "field", key: asKey(key), label, value, ...at, rule };
}

/** A field part for lines Nexis writes without a label (publication, notice, edition lines). */
export function unlabelled(key: string | null, at: Located, rule: RuleName): Part {
  return fieldPart(key, "", at.text, { start: at.start, end: at.end, valueStart: at.start }, rule);
}

// A document of a feed is parsed on its own, so its spans count from its own
// start; the page shows the whole input, so they are moved by the document's
// offset in it. Pure functions over plain data.

function isSpan(value: object): value is { start: number; end: number } {
  const { start, end } = value as { start?: unknown; end?: unknown };
  return typeof start === "number" && typeof end === "number";
}

/**
 * A copy of `value` with every `{ start, end }` object inside it moved by
 * `offset`: the Article's spans, an issue's span, a decision's span.
 */
export function shiftSpans<T>(value: T, offset: number): T {
  if (offset === 0 || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => shiftSpans(v, offset)) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) copy[key] = shiftSpans(v, offset);
  if (isSpan(value)) {
    copy.start = value.start + offset;
    copy.end = value.end + offset;
  }
  return copy as T;
}

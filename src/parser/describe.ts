/**
 * A short description of a value's type for error messages. It reads nothing
 * a hostile object could intercept: no property, no `Symbol.toStringTag`.
 */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  try {
    if (Array.isArray(value)) return "an array";
  } catch {
    // A revoked proxy.
    return "an object";
  }
  return "an object";
}

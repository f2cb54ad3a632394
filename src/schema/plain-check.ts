import type * as z from "zod";

// zod builds a copy of every object and array it checks, and a result object
// for every value in them: on an Article of thousands of paragraphs and spans
// that costs as much as the parse itself. Most of the Article's schema is
// plain structure (objects, arrays, strings, numbers, enums, nullables),
// which a walk compiled from the schema checks by hand, as zod does, without
// copying; every node with checks of its own (a minimum length, a URL, an
// ISO date) and every other kind of node (a union) is still checked by zod.
// The walk answers "certainly valid" or "not sure": a value it is not sure
// of goes to the whole schema, which gives the issue.

/** Whether a value certainly passes the schema the check was compiled from. */
export type PlainCheck = (value: unknown) => boolean;

interface Def {
  type: string;
  checks?: readonly unknown[];
  coerce?: boolean;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
}

/** The check of `schema`, compiled once; call it for every value. */
export function plainCheckOf(schema: z.ZodType): PlainCheck {
  const def = schema._zod.def as Def;
  // zod's own answer for the node: its checks, or a kind the walk does not read.
  const byZod: PlainCheck = (value) => schema.safeParse(value).success;
  if (def.coerce === true) return byZod;
  if (def.checks !== undefined && def.checks.length > 0) {
    const least = def.type === "string" ? minimumLength(def.checks) : null;
    if (least === null) return byZod;
    // zod counts code points, of one or two units each: twice the least in
    // units is surely enough, and anything shorter is left to zod to count.
    return (value) => typeof value === "string" && (value.length >= 2 * least || byZod(value));
  }
  switch (def.type) {
    case "string":
      return (value) => typeof value === "string";
    case "number":
      // As zod: no NaN, no infinity.
      return (value) => typeof value === "number" && Number.isFinite(value);
    case "enum": {
      // The very set zod looks values up in.
      const values = schema._zod.values;
      return values === undefined ? byZod : (value) => values.has(value as string);
    }
    case "nullable": {
      const inner = plainCheckOf(def.innerType as z.ZodType);
      return (value) => value === null || inner(value);
    }
    case "array": {
      const element = plainCheckOf(def.element as z.ZodType);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      };
    }
    case "object":
      return objectCheck(def, byZod);
    default:
      return byZod;
  }
}

function objectCheck(def: Def, byZod: PlainCheck): PlainCheck {
  const shape = def.shape ?? {};
  const keys = Object.keys(shape);
  // Optional keys (where a missing key and an undefined one differ), extra
  // keys checked by a catchall, a key zod passes over: left to zod.
  if (
    def.catchall !== undefined ||
    keys.includes("__proto__") ||
    keys.some((k) => {
      const field = (shape[k] as z.ZodType)._zod;
      return field.optin !== undefined || field.optout !== undefined;
    })
  ) {
    return byZod;
  }
  const checks = keys.map((k) => plainCheckOf(shape[k] as z.ZodType));
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    for (let i = 0; i < keys.length; i++) {
      if (!(checks[i] as PlainCheck)(record[keys[i] as string])) return false;
    }
    return true;
  };
}

/** The least length `checks` ask for, when each is a minimum length; else null. */
function minimumLength(checks: readonly unknown[]): number | null {
  let least = 0;
  for (const check of checks) {
    const def = (check as { _zod?: { def?: { check?: unknown; minimum?: unknown } } })._zod?.def;
    if (def?.check !== "min_length" || typeof def.minimum !== "number") return null;
    least = Math.max(least, def.minimum);
  }
  return least;
}

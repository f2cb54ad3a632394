import * as z from "zod";

/**
 * The offsets of one part: the shape of `spanSchema`.
 *
 * @inline
 */
interface SpanShape {
  start: number;
  end: number;
}

/**
 * The spans of a value: a span for a string or a leaf object, `null` where the
 * value may be `null`, a list where it is a list, and an object of spans for
 * the nested objects named in `Nested`.
 */
type SpanOf<V, Nest extends boolean> = V extends null
  ? null
  : V extends readonly (infer E)[]
    ? SpanOf<E, Nest>[]
    : Nest extends true
      ? { [K in keyof V]: SpanOf<V[K], false> }
      : SpanShape;

/**
 * The spans tree of an object type `T`, leaving out the keys in `Omitted` and
 * recursing into `Nested`.
 *
 * @inline
 */
export type SpansOf<T, Omitted extends keyof T, Nested extends keyof T> = {
  [K in Exclude<keyof T, Omitted>]: SpanOf<T[K], K extends Nested ? true : false>;
};

type Fields = Record<string, z.ZodType>;

/**
 * Builds the zod schema of the spans of an object schema's fields, so the
 * spans tree follows the Article's shape wherever that shape changes.
 */
export function spansSchemaOf<
  S extends Fields,
  O extends keyof S & string,
  N extends keyof S & string,
>(
  fields: S,
  span: z.ZodType<SpanShape>,
  how: { omit: readonly O[]; nested: readonly N[] },
): z.ZodType<SpansOf<{ [K in keyof S]: z.infer<S[K]> }, O, N>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(fields)) {
    if ((how.omit as readonly string[]).includes(key)) continue;
    shape[key] = spanOf(field, span, (how.nested as readonly string[]).includes(key));
  }
  return z.object(shape) as unknown as z.ZodType<SpansOf<{ [K in keyof S]: z.infer<S[K]> }, O, N>>;
}

function spanOf(field: z.ZodType, span: z.ZodType, nest: boolean): z.ZodType {
  const def = field._zod.def as {
    type: string;
    innerType?: z.ZodType;
    element?: z.ZodType;
    shape?: Fields;
  };
  switch (def.type) {
    case "nullable":
      return spanOf(def.innerType as z.ZodType, span, nest).nullable();
    case "array":
      return z.array(spanOf(def.element as z.ZodType, span, nest));
    case "object":
      if (!nest) return span;
      return z.object(
        Object.fromEntries(
          Object.entries(def.shape as Fields).map(([k, v]) => [k, spanOf(v, span, false)]),
        ),
      );
    default:
      return span;
  }
}

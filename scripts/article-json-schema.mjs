// The JSON Schema of an Article, from the zod schema: shared by the build
// (scripts/build-schema.mjs) and the test that checks the shipped file.

/**
 * Span offsets are plain numbers in the zod schema (an integer check on every
 * span would cost more than parsing); in the JSON Schema, which costs nothing at
 * parse time, they say what they are: non-negative integers.
 */
export function articleJsonSchema(z, { articleSchema, spanSchema }) {
  return z.toJSONSchema(articleSchema, {
    target: "draft-2020-12",
    io: "output",
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema !== spanSchema) return;
      for (const key of ["start", "end"]) {
        jsonSchema.properties[key] = { ...jsonSchema.properties[key], type: "integer", minimum: 0 };
      }
    },
  });
}

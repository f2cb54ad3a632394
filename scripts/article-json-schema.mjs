// The JSON Schema of an Article, from the zod schema: shared by the build
// (scripts/build-schema.mjs) and the test that checks the shipped file.

/**
 * Span offsets are plain numbers in the zod schema (an integer check on every
 * span would cost more than parsing); in the JSON Schema, which costs nothing at
 * parse time, they say what they are: non-negative integers.
 */
export function articleJsonSchema(z, { articleSchema, spanSchema }) {
  const schema = z.toJSONSchema(articleSchema, {
    target: "draft-2020-12",
    io: "output",
    override: ({ zodSchema, jsonSchema }) => {
      // The link's scheme check is zod's http(s) protocol rule, written as a
      // pattern so that validation is cheaper; the file states the URI format
      // alone, as it did when the rule was zod's own.
      if (jsonSchema.format === "uri" && jsonSchema.pattern === "^\\s*https?:\\/\\/") {
        delete jsonSchema.pattern;
        return;
      }
      if (zodSchema !== spanSchema) return;
      for (const key of ["start", "end"]) {
        jsonSchema.properties[key] = { ...jsonSchema.properties[key], type: "integer", minimum: 0 };
      }
    },
  });
  // The Article's schema has an id, so zod puts it under $defs and refers to it
  // from the root: hoist it, so the file's root is the Article itself (as
  // validators and readers of the file expect), its parts still under $defs.
  const ref = "#/$defs/Article";
  if (schema.$ref === ref && schema.$defs?.Article) {
    // Its description is the file's own (scripts/build-schema.mjs).
    const { Article, ...defs } = schema.$defs;
    const { description, ...article } = Article;
    const { $ref, $defs, ...rest } = schema;
    return { ...rest, ...article, $defs: defs };
  }
  return schema;
}

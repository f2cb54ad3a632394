import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { articleSchema, parseOptionsSchema } from "../src/index.js";
import { localeSchema } from "../src/schema/locale.js";

// Every field is described twice, side by side in src/schema/: as TSDoc (for
// hovers and the API reference) and with `.describe()` (for schema.json). This
// reads both from the source and the built schemas and holds them together.

/** TSDoc text of every `name: z…` property in a schema source file, by name. */
function tsdocOf(file: string): Map<string, string[]> {
  const text = readFileSync(new URL(`../src/schema/${file}`, import.meta.url), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found = new Map<string, string[]>();
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
      const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
      const comment = ts.getTextOfJSDocComment(docs.at(-1)?.comment);
      if (comment !== undefined) {
        const list = found.get(node.name.text) ?? [];
        list.push(plain(comment));
        found.set(node.name.text, list);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Markup-free text: no backticks, no `; see {@link X}` pointers (links have no
 * place in a JSON Schema), `{@link X}` as X, one space between words.
 */
function plain(text: string): string {
  return text
    .replace(/;\s*see \{@link [^}]+\}/g, "")
    .replace(/\{@link ([^}]+)\}/g, "$1")
    .replace(/`/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Every field of an object schema (one level down into nested objects), with its description. */
function described(schema: z.ZodObject, prefix = ""): [string, string | undefined][] {
  return Object.entries(schema.shape).map(([key, field]) => [
    prefix + key,
    (field as z.ZodType).description,
  ]);
}

describe("field descriptions", () => {
  const cases = [
    ["article.ts", articleSchema],
    ["options.ts", parseOptionsSchema],
    ["locale.ts", localeSchema],
  ] as const;

  it.each(cases)(
    "every field of the schemas in %s has one, in TSDoc and in the schema alike",
    (file, schema) => {
      const docs = tsdocOf(file);
      const disagree: string[] = [];
      for (const [key, description] of described(schema as unknown as z.ZodObject)) {
        const tsdoc = docs.get(key) ?? [];
        if (!description || !tsdoc.includes(plain(description))) {
          disagree.push(
            `${key}: describe ${JSON.stringify(description)} / TSDoc ${JSON.stringify(tsdoc)}`,
          );
        }
      }
      expect(disagree).toEqual([]);
    },
  );

  it("reach schema.json", () => {
    const json = JSON.parse(readFileSync(new URL("../schema.json", import.meta.url), "utf8"));
    const article = json.$defs?.Article ?? json;
    expect(article.properties.headline.description).toBe(
      "The headline, without wrapping quotes or desk slug; null when the text has no title line (a no-headline warning says so).",
    );
    for (const [key, value] of Object.entries(
      article.properties as Record<string, { description?: string }>,
    )) {
      expect(value.description, key).toBeTruthy();
    }
  });
});

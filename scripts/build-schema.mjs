// Writes schema.json, the JSON Schema of an Article, from the built package's
// articleSchema, so the schema that ships is generated from the code that ships.
// It sits at the package root because `syndicated-article/schema.json` must
// resolve there under every module resolution, node10 included.
import { writeFileSync } from "node:fs";
import * as z from "zod";
import { articleSchema, spanSchema } from "../dist/index.js";
import { articleJsonSchema } from "./article-json-schema.mjs";

const pkg = await import("../package.json", { with: { type: "json" } });
const generated = articleJsonSchema(z, { articleSchema, spanSchema });
const schema = {
  $schema: generated.$schema,
  $id: `${pkg.default.homepage}schema.json`,
  title: "Article",
  description:
    "A news article parsed by syndicated-article: headline, sections, trailer fields and spans.",
  ...generated,
};
writeFileSync(new URL("../schema.json", import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
// `--silent`, as tsup takes it: the test run builds without a word.
if (!process.argv.includes("--silent")) console.log("schema.json written");

import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import { type Article, articleSchema, type Decision } from "../src/index.js";
import { ruleNames } from "../src/parser/rule-names.js";

// What an editor shows on hover, asked of the TypeScript language service the
// editors use, at positions in a small source file that uses the package.
const root = join(import.meta.dirname, "..");
const FILE = join(root, "tests", "hover-probe.ts");
const PROBE = `import { explainArticle, parseArticle } from "../src/index.js";
const article = parseArticle("Title\\n\\nBody.");
article.dateline;
article.sections;
article.notes;
article.trailer;
article.spans;
article.headline;
const decision = explainArticle("Title\\n\\nBody.").decisions[0];
decision?.rule;
`;

function languageService(): ts.LanguageService {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, "tsconfig.test.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  ) as ts.ParsedCommandLine;
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => config.options,
    getScriptFileNames: () => [FILE],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const text = name === FILE ? PROBE : ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => root,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (name) => name === FILE || ts.sys.fileExists(name),
    readFile: (name) => (name === FILE ? PROBE : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return ts.createLanguageService(host);
}

describe("hovers show the Article's parts by name", { timeout: 60_000 }, () => {
  const service = languageService();
  /** The hover of the last occurrence of `expression`, at its last identifier. */
  const hover = (expression: string) => {
    const at = PROBE.lastIndexOf(expression) + expression.length - 1;
    const info = service.getQuickInfoAtPosition(FILE, at);
    return {
      type: ts.displayPartsToString(info?.displayParts),
      doc: ts.displayPartsToString(info?.documentation),
    };
  };

  it.each([
    ["article.dateline", "(property) Article.dateline: Dateline | null"],
    ["article.sections", "(property) Article.sections: Section[]"],
    ["article.notes", "(property) Article.notes: Note[]"],
    ["article.trailer", "(property) Article.trailer: TrailerField[]"],
    ["article.spans", "(property) Article.spans: ArticleSpans"],
    ["article.headline", "(property) headline: string | null"],
  ])("%s", (expression, shown) => {
    expect(hover(expression).type).toBe(shown);
  });

  it("with the schema's own description of each", () => {
    const shape = articleSchema.shape;
    for (const key of ["dateline", "sections", "notes", "trailer", "spans"] as const) {
      const doc = hover(`article.${key}`).doc.replaceAll("`", "").replace(/\s+/g, " ");
      expect(doc, key).toBe(shape[key].description);
    }
  });

  it("and Decision.rule as the union of the rule names, not string", () => {
    expect(hover("decision?.rule").type).toMatch(
      /^\(property\) Decision\.rule: "wire-header" \| "factiva-field-codes" \| /,
    );
  });
});

describe("the named types are the schema's", () => {
  it("Article is the type the schema infers, each way", () => {
    expectTypeOf<Article>().toEqualTypeOf<z.infer<typeof articleSchema>>();
  });

  it("Decision.rule is the union of the rule names", () => {
    expectTypeOf<Decision["rule"]>().toEqualTypeOf<(typeof ruleNames)[number]>();
  });
});

describe("the rule names agree with the recognition rules guide", () => {
  it("every rule name is in the table of docs/rules.md, and every name there is one", () => {
    const guide = readFileSync(join(root, "docs", "rules.md"), "utf8");
    const table = guide.slice(guide.indexOf("## The rules `explainArticle` reports"));
    const documented = new Set<string>();
    for (const line of table.split("\n")) {
      const cells = line.split("|").map((cell) => cell.trim());
      if (cells.length < 4 || cells[1] === "part" || cells[1]?.startsWith("---")) continue;
      for (const [, name] of (cells[2] ?? "").matchAll(/`([^`]+)`/g))
        documented.add(name as string);
    }
    expect([...documented].sort()).toEqual([...new Set(ruleNames)].sort());
  });
});

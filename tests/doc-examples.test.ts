// Runs every TypeScript example the documentation shows: each `@example` in
// src/**/*.ts and each ```ts block in README.md and docs/*.md. Imports of
// "syndicated-article" (and "syndicated-article/files") are bound to the
// source entries, and an expression
// statement followed by a comment holding a literal (`x; // "value"`,
// `x; // { line: 3, col: 1 }`, also on the comment lines right below it) must
// evaluate to that value. Prose after the literal (`// false: a sentence`) is
// allowed; comments that hold no literal (`// the span schema`) are not checked.
// `fetch` answers with a small feed, so examples that download one run offline.
// What an example prints is kept, and shown only when that example fails.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { format } from "node:util";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import * as files from "../src/files/index.js";
import * as lib from "../src/index.js";
import { parseLiteral } from "./support/literal.js";

const root = join(import.meta.dirname, "..");
const modules: Record<string, unknown> = {
  "syndicated-article": lib,
  "syndicated-article/files": files,
  zod: z,
};

interface Example {
  where: string;
  code: string;
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(root, dir, name))
    .sort();
}

const FENCE = /^```(\w*)[^\n]*\n([\s\S]*?)^```/gm;

function fromMarkdown(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const found: Example[] = [];
  for (const match of text.matchAll(FENCE)) {
    if (match[1] !== "ts" && match[1] !== "typescript") continue;
    const line = text.slice(0, match.index).split("\n").length;
    found.push({ where: `${relative(root, file)}:${line}`, code: match[2] ?? "" });
  }
  return found;
}

function fromSource(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const found: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const body = comment[0]
      .slice(3, -2)
      .split("\n")
      .map((l) => l.replace(/^\s*\* ?/, ""))
      .join("\n");
    for (const example of body.split(/^@example\b/m).slice(1)) {
      const section = example.split(/^@\w+/m)[0] ?? "";
      const line = text.slice(0, comment.index).split("\n").length;
      for (const block of fromMarkdownText(section)) {
        found.push({ where: `${relative(root, file)}:${line}`, code: block });
      }
    }
  }
  return found;
}

function fromMarkdownText(text: string): string[] {
  return [...text.matchAll(FENCE)]
    .filter((m) => m[1] === "ts" || m[1] === "typescript")
    .map((m) => m[2] ?? "");
}

/** The expected value written after an expression statement, if it is a literal. */
function expectedAfter(source: ts.SourceFile, statement: ts.ExpressionStatement) {
  const text = source.text;
  const lineEnd = text.indexOf("\n", statement.end);
  const rest = text.slice(statement.end, lineEnd === -1 ? text.length : lineEnd);
  let comment: string;
  const sameLine = /^\s*\/\/(.*)$/.exec(rest);
  if (sameLine) {
    comment = sameLine[1] ?? "";
  } else {
    if (rest.trim() !== "" || lineEnd === -1) return undefined;
    const below: string[] = [];
    for (const line of text.slice(lineEnd + 1).split("\n")) {
      const m = /^\s*\/\/(.*)$/.exec(line);
      if (!m) break;
      below.push(m[1] ?? "");
    }
    comment = below.join("\n");
  }
  const parsed = parseLiteral(comment);
  if (parsed === undefined) return undefined;
  // Allow prose after the literal, as in `// false: a sentence`.
  if (parsed.rest.trim() !== "" && !/^\s*[:;,—-]/.test(parsed.rest)) return undefined;
  return parsed.value;
}

/**
 * Turns an example into a function body: imports become look-ups in `modules`,
 * checked statements become `__expect` calls, TypeScript is stripped.
 */
function compile(example: Example): { js: string; checks: number } {
  const source = ts.createSourceFile("example.ts", example.code, ts.ScriptTarget.ES2022, true);
  const edits: { start: number; end: number; text: string }[] = [];
  let checks = 0;
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const from = (statement.moduleSpecifier as ts.StringLiteral).text;
    if (!(from in modules)) throw new Error(`${example.where}: imports unknown module ${from}`);
    const clause = statement.importClause;
    const ref = `__modules[${JSON.stringify(from)}]`;
    let text = "";
    if (clause && !clause.isTypeOnly && clause.namedBindings) {
      if (ts.isNamespaceImport(clause.namedBindings)) {
        text = `const ${clause.namedBindings.name.text} = ${ref};`;
      } else {
        const names = clause.namedBindings.elements
          .filter((e) => !e.isTypeOnly)
          .map((e) => (e.propertyName ? `${e.propertyName.text}: ${e.name.text}` : e.name.text));
        if (names.length > 0) text = `const { ${names.join(", ")} } = ${ref};`;
      }
    }
    edits.push({ start: statement.getStart(source), end: statement.end, text });
  }
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) {
      const expected = expectedAfter(source, node);
      if (expected !== undefined) {
        let expression = node.expression;
        // `console.log(x); // value` documents what is printed: check x.
        if (
          ts.isCallExpression(expression) &&
          expression.getText(source).startsWith("console.log(") &&
          expression.arguments.length === 1
        ) {
          expression = expression.arguments[0] as ts.Expression;
        }
        const id = checks++;
        edits.push({
          start: expression.getStart(source),
          end: expression.end,
          text: `__expect(${id}, (${expression.getText(source)}), ${JSON.stringify(expected)})`,
        });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let code = example.code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
  }
  const js = ts.transpileModule(code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    reportDiagnostics: false,
  }).outputText;
  return { js, checks };
}

// Examples that fetch a feed get this one instead: tests never reach the network.
const offlineFetch = async (_url: unknown) =>
  new Response(
    "First Story\n\nIt happened on Monday.\n-----\nSecond Story\n\nIt happened on Tuesday.",
  );

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

const examples = [
  ...filesUnder("src", ".ts").flatMap(fromSource),
  ...fromMarkdown(join(root, "README.md")),
  ...filesUnder("docs", ".md").flatMap(fromMarkdown),
];

describe("documentation examples", () => {
  it("finds the examples of the API reference and of the guides", () => {
    expect(examples.filter((e) => e.where.startsWith("src")).length).toBeGreaterThanOrEqual(30);
    expect(examples.filter((e) => e.where.startsWith("docs")).length).toBeGreaterThanOrEqual(5);
    const checks = examples.reduce((sum, e) => sum + compile(e).checks, 0);
    expect(checks).toBeGreaterThanOrEqual(30);
  });

  it.each(examples)("$where runs and shows the right values", async (example) => {
    const { js, checks } = compile(example);
    const ran = new Set<number>();
    const check = (id: number, actual: unknown, expected: unknown) => {
      ran.add(id);
      expect(actual, `${example.where}: check ${id}`).toEqual(expected);
    };
    // The example's own console: what it prints is kept, and shown only if it fails.
    const printed: string[] = [];
    const keep = (...values: unknown[]) => {
      printed.push(format(...values));
    };
    const quiet = { ...console, log: keep, info: keep, warn: keep, error: keep, debug: keep };
    try {
      await new AsyncFunction("__modules", "__expect", "fetch", "console", js)(
        modules,
        check,
        offlineFetch,
        quiet,
      );
      // A check inside a branch that never ran would prove nothing.
      expect(ran.size, `${example.where}: checks that ran`).toBe(checks);
    } catch (error) {
      if (printed.length > 0) {
        process.stderr.write(`${example.where} printed:\n${printed.join("\n")}\n`);
      }
      throw error;
    }
  });
});

describe("the literal reader of expected values", () => {
  it("reads JSON and object literals, and leaves prose alone", () => {
    expect(parseLiteral(" { line: 3, col: 1 }")?.value).toEqual({ line: 3, col: 1 });
    expect(parseLiteral(' ["a", null, -1.5e2]')?.value).toEqual(["a", null, -150]);
    expect(parseLiteral(" false: a sentence")).toEqual({ value: false, rest: ": a sentence" });
    expect(parseLiteral(" the span schema")).toBeUndefined();
    expect(parseLiteral(" [{ heading: null, paragraphs: [...] }]")).toBeUndefined();
  });
});

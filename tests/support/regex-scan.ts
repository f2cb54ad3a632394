// The regular expressions of src/, found by walking each file's AST, and the
// ReDoS check of one pattern with recheck. Used by tests/regex-safety.test.ts
// (the scan's rules, in every run) and tests/regex/recheck.test.ts (every
// pattern checked, `npm run test:regex`).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { checkSync, type Diagnostics } from "recheck";
import ts from "typescript";
import { resolveDefault } from "../../src/default-parser.js";

// recheck's pure JavaScript (Scala.js) checker runs in this process: no JVM, no
// native binary, no worker.
process.env.RECHECK_SYNC_BACKEND = "pure";

/**
 * Functions whose result may be spliced into `new RegExp(...)`: each must be
 * declared in `src/` with a doc comment saying it escapes every metacharacter.
 * Their output is modelled as a plain word when the pattern is checked.
 */
export const SAFE_ESCAPES = new Set(["escapeRegExp"]);
export const ESCAPED_PLACEHOLDER = "word";

/**
 * Regexes recheck finds vulnerable, by source, with why each is tolerated for
 * now. Each runs as an expected failure: once its regex is fixed or gone, the
 * test says so and the entry must be removed.
 */
export const KNOWN_UNSAFE = new Map<string, string>([]);

/**
 * `RegExp` constructions whose pattern is computed, so no tool can check it
 * here, by `file name` (the constant they are assigned to, else the pattern
 * expression), with why each is tolerated for now.
 */
// Regular expressions compiled from locale word lists: every word is escaped
// and alternated inside a fixed frame. They are checked below as the default
// lexicon compiles them.
export const KNOWN_DYNAMIC = new Map<string, string>([
  ["src/parser/lexicon.ts compiled", "locale words, escaped; checked as compiled below"],
]);

export interface FoundRegex {
  /** `file:line` of the regular expression. */
  where: string;
  source: string;
  flags: string;
}

export interface Scan {
  regexes: FoundRegex[];
  /** `RegExp` constructions that cannot be checked: a non-literal, unescaped argument. */
  dynamic: { where: string; key: string }[];
  /** Names of the safe escape functions called, to check they exist and are documented. */
  escapesUsed: Set<string>;
}

/** Collects every regular expression in one source text by walking its AST. */
export function scanSource(fileName: string, text: string): Scan {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const scan: Scan = { regexes: [], dynamic: [], escapesUsed: new Set() };
  const where = (node: ts.Node) =>
    `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;

  // A pattern argument as checkable text, or null when it is not built from
  // literals and safe escapes only.
  const patternText = (node: ts.Expression): string | null => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isParenthesizedExpression(node)) return patternText(node.expression);
    if (ts.isTemplateExpression(node)) {
      let out = node.head.text;
      for (const span of node.templateSpans) {
        const part = patternText(span.expression);
        if (part === null) return null;
        out += part + span.literal.text;
      }
      return out;
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = patternText(node.left);
      const right = patternText(node.right);
      return left === null || right === null ? null : left + right;
    }
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      SAFE_ESCAPES.has(node.expression.text)
    ) {
      scan.escapesUsed.add(node.expression.text);
      return ESCAPED_PLACEHOLDER;
    }
    return null;
  };

  const isRegExpCallee = (node: ts.Expression) =>
    (ts.isIdentifier(node) && node.text === "RegExp") ||
    (ts.isPropertyAccessExpression(node) &&
      node.name.text === "RegExp" &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "globalThis");

  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const slash = literal.lastIndexOf("/");
      scan.regexes.push({
        where: where(node),
        source: literal.slice(1, slash),
        flags: literal.slice(slash + 1),
      });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      isRegExpCallee(node.expression)
    ) {
      const [pattern, flags] = node.arguments ?? [];
      // `new RegExp(/literal/, flags)`: the literal itself is collected by the walk.
      const source =
        pattern === undefined
          ? ""
          : ts.isRegularExpressionLiteral(pattern)
            ? pattern.text.slice(1, pattern.text.lastIndexOf("/"))
            : patternText(pattern);
      const flagText =
        flags === undefined
          ? pattern !== undefined && ts.isRegularExpressionLiteral(pattern)
            ? pattern.text.slice(pattern.text.lastIndexOf("/") + 1)
            : ""
          : ts.isStringLiteral(flags) || ts.isNoSubstitutionTemplateLiteral(flags)
            ? flags.text
            : null;
      if (source === null || flagText === null) {
        const name =
          ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)
            ? node.parent.name.text
            : (pattern?.getText(file) ?? "");
        scan.dynamic.push({ where: where(node), key: `${fileName} ${name}` });
      } else scan.regexes.push({ where: where(node), source, flags: flagText });
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ["match", "matchAll", "search"].includes(node.expression.name.text) &&
      node.arguments.length > 0 &&
      ts.isStringLiteral(node.arguments[0] as ts.Expression)
    ) {
      // `text.match("a+")` compiles its string argument as a regular expression.
      scan.regexes.push({
        where: where(node),
        source: (node.arguments[0] as ts.StringLiteral).text,
        flags: node.expression.name.text === "matchAll" ? "g" : "",
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return scan;
}

/** Whether `name` is declared as a function in `text` with a doc comment. */
export function hasDocumentedFunction(text: string, name: string): boolean {
  const file = ts.createSourceFile("x.ts", text, ts.ScriptTarget.ES2022, true);
  let found = false;
  const visit = (node: ts.Node): void => {
    const declared =
      (ts.isFunctionDeclaration(node) && node.name?.text === name) ||
      (ts.isVariableStatement(node) &&
        node.declarationList.declarations.some(
          (d) => ts.isIdentifier(d.name) && d.name.text === name,
        ));
    if (declared && ts.getJSDocCommentsAndTags(node).length > 0) found = true;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * recheck's verdict. The automaton checker proves linear time but can take
 * minutes in pure JavaScript on a long case-insensitive alternation; when it
 * runs out of time or cannot model the pattern, the fuzzing checker decides (it
 * searches for an attack string and reports "safe" when it finds none). The
 * automaton is asked first by name: recheck's default hands patterns with a
 * bounded repeat over 30 (`{1,40}`) straight to the fuzzer, whose verdict
 * depends on how much work it gets done before its time runs out, so a loaded
 * machine could see a linear pattern as polynomial.
 */
export function check(regex: Pick<FoundRegex, "source" | "flags">): Diagnostics {
  const first = checkSync(regex.source, regex.flags, { checker: "automaton", timeout: 4_000 });
  if (first.status !== "unknown") return first;
  return checkSync(regex.source, regex.flags, { checker: "fuzz", timeout: 30_000 });
}

const srcDir = new URL("../../src/", import.meta.url).pathname;

/** Every source file of src/, by its path from the working folder. */
export const sources = (readdirSync(srcDir, { recursive: true }) as string[])
  .filter((name) => name.endsWith(".ts"))
  .sort()
  .map((name) => ({ name: relative(process.cwd(), join(srcDir, name)), text: "" }))
  .map((f) => ({ ...f, text: readFileSync(f.name, "utf8") }));
/** The scan of each source file. */
export const scans = sources.map((f) => scanSource(f.name, f.text));
/** Every regular expression written in src/. */
export const found = scans.flatMap((s) => s.regexes);

/** The regular expressions the default lexicon compiles from the built-in locales' words. */
export function compiledLexicon(): FoundRegex[] {
  const { lexicon } = resolveDefault(undefined);
  return (
    [
      "slug",
      "credit",
      "editorsNote",
      "cjkDateline",
      "placeAgencyDateline",
      "creditSentence",
    ] as const
  ).map((name) => {
    const regex = lexicon[name] as RegExp;
    return { where: `compiled lexicon ${name}`, source: regex.source, flags: regex.flags };
  });
}

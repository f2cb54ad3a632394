import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { checkSync, type Diagnostics } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { resolveDefault } from "../src/default-parser.js";

// recheck's pure JavaScript (Scala.js) checker runs in this process: no JVM, no
// native binary, no worker.
process.env.RECHECK_SYNC_BACKEND = "pure";

/**
 * Functions whose result may be spliced into `new RegExp(...)`: each must be
 * declared in `src/` with a doc comment saying it escapes every metacharacter.
 * Their output is modelled as a plain word when the pattern is checked.
 */
const SAFE_ESCAPES = new Set(["escapeRegExp"]);
const ESCAPED_PLACEHOLDER = "word";

/**
 * Regexes recheck finds vulnerable, by source, with why each is tolerated for
 * now. Each runs as an expected failure: once its regex is fixed or gone, the
 * test says so and the entry must be removed.
 */
const KNOWN_UNSAFE = new Map<string, string>([]);

/**
 * `RegExp` constructions whose pattern is computed, so no tool can check it
 * here, by `file name` (the constant they are assigned to, else the pattern
 * expression), with why each is tolerated for now.
 */
// Regular expressions compiled from locale word lists: every word is escaped
// and alternated inside a fixed frame. They are checked below as the default
// lexicon compiles them.
const KNOWN_DYNAMIC = new Map<string, string>([
  ["src/parser/lexicon.ts compiled", "locale words, escaped; checked as compiled below"],
]);

interface FoundRegex {
  /** `file:line` of the regular expression. */
  where: string;
  source: string;
  flags: string;
}

interface Scan {
  regexes: FoundRegex[];
  /** `RegExp` constructions that cannot be checked: a non-literal, unescaped argument. */
  dynamic: { where: string; key: string }[];
  /** Names of the safe escape functions called, to check they exist and are documented. */
  escapesUsed: Set<string>;
}

/** Collects every regular expression in one source text by walking its AST. */
function scanSource(fileName: string, text: string): Scan {
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
function hasDocumentedFunction(text: string, name: string): boolean {
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
function check(regex: Pick<FoundRegex, "source" | "flags">): Diagnostics {
  const first = checkSync(regex.source, regex.flags, { checker: "automaton", timeout: 4_000 });
  if (first.status !== "unknown") return first;
  return checkSync(regex.source, regex.flags, { checker: "fuzz", timeout: 30_000 });
}

const srcDir = new URL("../src/", import.meta.url).pathname;
const sources = (readdirSync(srcDir, { recursive: true }) as string[])
  .filter((name) => name.endsWith(".ts"))
  .sort()
  .map((name) => ({ name: relative(process.cwd(), join(srcDir, name)), text: "" }))
  .map((f) => ({ ...f, text: readFileSync(f.name, "utf8") }));
const scans = sources.map((f) => scanSource(f.name, f.text));
const found = scans.flatMap((s) => s.regexes);

describe("the regular expressions in src/", () => {
  it("are found: a plausible number, so this test cannot pass vacuously", () => {
    expect(sources.length).toBeGreaterThan(5);
    expect(found.length).toBeGreaterThan(10);
  });

  it("are all built from literals or documented safe escapes", () => {
    const dynamic = scans.flatMap((s) => s.dynamic);
    expect(dynamic.filter((d) => !KNOWN_DYNAMIC.has(d.key)).map((d) => d.where)).toEqual([]);
    expect(
      [...KNOWN_DYNAMIC.keys()].filter((k) => !dynamic.some((d) => d.key === k)),
      "entries of KNOWN_DYNAMIC no longer in src/: remove them",
    ).toEqual([]);
    for (const name of new Set(scans.flatMap((s) => [...s.escapesUsed]))) {
      expect(
        sources.some((f) => hasDocumentedFunction(f.text, name)),
        `${name} must be declared in src/ with a doc comment`,
      ).toBe(true);
    }
  });

  const safeCase = (_: string, regex: FoundRegex) => {
    const result = check(regex);
    const detail =
      result.status === "vulnerable"
        ? `${result.complexity.summary}; attack: ${result.attack.pattern}`
        : result.status === "unknown"
          ? result.error.kind
          : "";
    expect(result.status, detail).toBe("safe");
  };
  const { lexicon } = resolveDefault(undefined);
  const compiled = (
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
  it.each(compiled.map((r) => [`${r.where} /${r.source.slice(0, 40)}…/`, r] as const))(
    "%s, built from the built-in locales, is safe from ReDoS",
    safeCase,
    60_000,
  );
  const label = (r: FoundRegex) => [`${r.where} /${r.source}/${r.flags}`, r] as const;
  it.each(found.filter((r) => !KNOWN_UNSAFE.has(r.source)).map(label))(
    "%s is safe from ReDoS",
    safeCase,
    60_000,
  );
  const known = found.filter((r) => KNOWN_UNSAFE.has(r.source));
  if (known.length > 0) {
    it.fails.each(known.map(label))(
      "%s is a known ReDoS, listed in KNOWN_UNSAFE",
      safeCase,
      60_000,
    );
  }
  it("lists as known-unsafe only regexes still in src/", () => {
    expect(
      [...KNOWN_UNSAFE.keys()].filter((s) => !found.some((r) => r.source === s)),
      "entries of KNOWN_UNSAFE no longer in src/: remove them",
    ).toEqual([]);
  });
});

describe("the regex scan itself", () => {
  const sample = [
    "const a = /x+/gu;",
    'const b = new RegExp("y*", "i");',
    "const c = RegExp(`z?`);",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text holding a template literal
    'const d = new RegExp(`^${escapeRegExp(label)}:`, "u");',
    "const e = new RegExp(userInput);",
    "f(new RegExp('ok', flagsFromCaller));",
    'const g = text.match("a+b");',
  ].join("\n");
  const scan = scanSource("sample.ts", sample);

  it("finds literals, RegExp calls with literal arguments and string patterns", () => {
    expect(scan.regexes.map((r) => `/${r.source}/${r.flags}`)).toEqual([
      "/x+/gu",
      "/y*/i",
      "/z?/",
      `/^${ESCAPED_PLACEHOLDER}:/u`,
      "/a+b/",
    ]);
    expect([...scan.escapesUsed]).toEqual(["escapeRegExp"]);
  });

  it("flags a RegExp built from anything else", () => {
    expect(scan.dynamic).toEqual([
      { where: "sample.ts:5", key: "sample.ts e" },
      { where: "sample.ts:6", key: "sample.ts 'ok'" },
    ]);
  });

  it("reports a known-vulnerable pattern as not safe", () => {
    expect(check({ source: "^(a|a)*$", flags: "" }).status).toBe("vulnerable");
  });
});

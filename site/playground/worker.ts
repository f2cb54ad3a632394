// The page's parsing, off the main thread: a dedicated worker built from this
// file (or, where workers cannot start, the same code run on the page). The
// import below is the library's own build: the build script points it at
// dist/index.js, so the page runs exactly what users install.
import * as lib from "../../src/index.js";
import type { DecisionLike } from "./highlight.js";

/** What the page asks for. */
export interface ParseRequest {
  type: "parse";
  id: number;
  text: string;
  /** Built-in language codes to use; `null` for all of them. */
  languages: string[] | null;
  paragraphMode: string;
  /** A dialect to force; `""` lets the parser choose. */
  dialect: string;
}

/** An issue with its place worked out. */
export interface ShownIssue {
  code: string;
  severity: string;
  message: string;
  start: number | null;
  end: number | null;
  line: number | null;
  col: number | null;
}

export interface ParseReply {
  type: "result";
  id: number;
  success: boolean;
  article: Record<string, unknown> | null;
  issues: ShownIssue[];
  decisions: DecisionLike[] | null;
  dialect: string | null;
  ms: number;
}

export interface HelloReply {
  type: "hello";
  languages: string[];
  dialects: string[] | null;
  hasExplain: boolean;
}

type Options = Record<string, unknown>;
type Result = ReturnType<typeof lib.safeParseArticle>;
/** The library as the page sees it: `explainArticle` and dialects may or may not be there. */
type Library = typeof lib & {
  explainArticle?: (
    text: string,
    options?: Options,
  ) => { result: Result; decisions: DecisionLike[] };
  [name: string]: unknown;
};
const library = lib as Library;

interface LanguageEntry {
  language: string;
}

function builtinLanguages(): LanguageEntry[] {
  const list = library.builtinLanguages as unknown;
  if (Array.isArray(list))
    return list.filter((l): l is LanguageEntry => typeof l?.language === "string");
  const locales = library.locales as unknown;
  if (typeof locales === "object" && locales !== null) {
    return Object.entries(locales).map(([code, value]) => ({
      ...(value as object),
      language: code,
    }));
  }
  return [];
}

function names(value: unknown): string[] | null {
  if (Array.isArray(value)) {
    const found = value
      .map((v) =>
        typeof v === "string"
          ? v
          : ((v as { name?: unknown; id?: unknown })?.name ?? (v as { id?: unknown })?.id),
      )
      .filter((v): v is string => typeof v === "string");
    return found.length > 0 ? found : null;
  }
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value);
    return keys.length > 0 ? keys : null;
  }
  return null;
}

/** Dialect names from whatever the library exports for them, if anything. */
function dialectNames(): string[] | null {
  const listed = names(library.dialectNames) ?? names(library.dialects);
  let schema = (library.parseOptionsSchema as { shape?: Record<string, unknown> } | undefined)
    ?.shape?.dialect as { unwrap?: () => unknown; options?: unknown } | undefined;
  for (let i = 0; i < 4 && schema?.unwrap && !schema.options; i++)
    schema = schema.unwrap() as typeof schema;
  const candidates = listed ?? names(schema?.options);
  if (candidates === null) return null;
  // Only offer the option when the parser takes it.
  const probe = library.safeParseArticle("Title\n\nBody text.", {
    dialect: candidates[0],
  } as Options);
  return probe.success ? candidates : null;
}

const languages = builtinLanguages();
const dialects = dialectNames();

function optionsFor(request: ParseRequest): Options {
  const options: Options = {};
  if (request.paragraphMode !== "auto") options.paragraphMode = request.paragraphMode;
  if (request.languages !== null) {
    options.builtinLocales = false;
    options.locales = languages.filter((l) => request.languages?.includes(l.language));
  }
  if (dialects !== null && request.dialect !== "" && dialects.includes(request.dialect)) {
    options.dialect = request.dialect;
  }
  return options;
}

function placeOf(text: string): (offset: number) => { line: number; col: number } {
  const counter = new library.LineCounter(text);
  return (offset) => counter.linePos(offset);
}

function show(
  issue: lib.ArticleIssue,
  place: (offset: number) => { line: number; col: number },
): ShownIssue {
  const span = issue.span ?? null;
  const pos = span ? place(span.start) : null;
  return {
    code: issue.code,
    severity: issue.severity,
    message: issue.message,
    start: span?.start ?? null,
    end: span?.end ?? null,
    line: pos?.line ?? null,
    col: pos?.col ?? null,
  };
}

/** Parses one request; never throws. */
export function handle(request: ParseRequest): ParseReply {
  const began = performance.now();
  const options = optionsFor(request);
  let result: Result;
  let decisions: DecisionLike[] | null = null;
  if (typeof library.explainArticle === "function") {
    const explained = library.explainArticle(request.text, options);
    result = explained.result;
    decisions = explained.decisions;
  } else {
    result = library.safeParseArticle(request.text, options);
  }
  const place = placeOf(request.text);
  const issues = result.success ? result.warnings : result.error.issues;
  const article = result.success ? (result.data as unknown as Record<string, unknown>) : null;
  const fromDecision = decisions?.find((d) => d.part === "dialect")?.value ?? null;
  const dialect = typeof article?.dialect === "string" ? article.dialect : fromDecision;
  return {
    type: "result",
    id: request.id,
    success: result.success,
    article,
    issues: issues.map((i) => show(i, place)),
    decisions,
    dialect,
    ms: performance.now() - began,
  };
}

export const hello: HelloReply = {
  type: "hello",
  languages: languages.map((l) => l.language),
  dialects,
  hasExplain: typeof library.explainArticle === "function",
};

interface Port {
  onmessage: ((event: { data: ParseRequest }) => void) | null;
  postMessage(message: unknown): void;
}

/** Answers requests arriving on `port` (the worker's global scope, or a stand-in on the page). */
export function serve(port: Port): void {
  port.onmessage = (event) => port.postMessage(handle(event.data));
  port.postMessage(hello);
}

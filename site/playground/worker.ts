// The page's parsing, off the main thread: a dedicated worker built from this
// file (or, where workers cannot start, the same code run on the page). The
// import below is the library's own build: the build script points it at
// dist/index.js, so the page runs exactly what users install.
import * as lib from "../../src/index.js";
import { decodeText, mayBeExportFile } from "./decode-text.js";
import type { DecisionLike } from "./highlight.js";
import { loadReader } from "./load-reader.js";
import { shiftSpans } from "./shift-offsets.js";

/** What the page asks for: its text parsed. */
export interface ParseRequest extends ChosenOptions {
  type: "parse";
  id: number;
  text: string;
}

/** What the page asks for: a dropped or chosen file read. */
export interface ReadFileRequest extends ChosenOptions {
  type: "read-file";
  id: number;
  name: string;
  bytes: ArrayBuffer;
  /** The export reader's script, sent once, when the file may need it. */
  readerSource: string | null;
}

/** The options chosen on the page. */
export interface ChosenOptions {
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

/** One document's result, its offsets in the text the page shows for it. */
export interface ShownDocument {
  /** Where the document sits in the input (a feed's documents); 0 and its length for a file's. */
  start: number;
  end: number;
  /** The document's own text when it came out of an export file; null when it is part of the input. */
  text: string | null;
  success: boolean;
  article: Record<string, unknown> | null;
  issues: ShownIssue[];
  decisions: DecisionLike[] | null;
  dialect: string | null;
}

/** The export file a result came from. */
export interface FileInfo {
  name: string;
  format: string;
  layout: string;
}

export interface ParseReply {
  type: "result";
  id: number;
  /** One per document: the input, or each document of a feed or an export file. */
  documents: ShownDocument[];
  file: FileInfo | null;
  ms: number;
}

/** A text file's text: the page puts it in its input. */
export interface FileTextReply {
  type: "file-text";
  id: number;
  text: string;
  /** The bytes were no UTF-8 and were read as windows-1252 (`parseArticle` warns `not-utf8`). */
  latin1: boolean;
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

function optionsFor(request: ChosenOptions): Options {
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

/** One document's text parsed, its offsets moved by `offset`, its place in the whole input. */
function parseDocument(
  text: string,
  options: Options,
  offset: number,
  place: (offset: number) => { line: number; col: number },
): ShownDocument {
  let result: Result;
  let decisions: DecisionLike[] | null = null;
  if (typeof library.explainArticle === "function") {
    const explained = library.explainArticle(text, options);
    result = explained.result;
    decisions = shiftSpans(explained.decisions, offset);
  } else {
    result = library.safeParseArticle(text, options);
  }
  return shownResult(result, decisions, offset, text.length, null, place);
}

function shownResult(
  result: Result,
  decisions: DecisionLike[] | null,
  offset: number,
  length: number,
  ownText: string | null,
  place: (offset: number) => { line: number; col: number },
): ShownDocument {
  const issues = result.success ? result.warnings : result.error.issues;
  const data = result.success ? (result.data as unknown as Record<string, unknown>) : null;
  // Only the spans move: every other field is what the library returned.
  const article: Record<string, unknown> | null = data && {
    ...data,
    spans: shiftSpans(data.spans, offset),
  };
  const fromDecision = decisions?.find((d) => d.part === "dialect")?.value ?? null;
  const dialect = typeof article?.dialect === "string" ? article.dialect : fromDecision;
  return {
    start: offset,
    end: offset + length,
    text: ownText,
    success: result.success,
    article,
    issues: issues.map((i) => show(shiftSpans(i, offset), place)),
    decisions,
    dialect,
  };
}

/**
 * Parses the page's text; never throws. A feed (a Nexis export, articles
 * between rule lines, SGML records) gives one result per document, as
 * `safeParseArticles` would, but each document's offsets are moved into the
 * whole text: `safeParseArticles` counts them from the document's own start,
 * so the documents' places come from `splitFeed`.
 */
export function handle(request: ParseRequest): ParseReply {
  const began = performance.now();
  const options = optionsFor(request);
  const place = placeOf(request.text);
  const { articles } = library.splitFeed(request.text, options);
  const documents =
    articles.length > 1
      ? articles.map((a) =>
          parseDocument(request.text.slice(a.start, a.end), options, a.start, place),
        )
      : [parseDocument(request.text, options, 0, place)];
  return {
    type: "result",
    id: request.id,
    documents,
    file: null,
    ms: performance.now() - began,
  };
}

/** Reads a dropped or chosen file; never throws. */
export function readFile(request: ReadFileRequest): ParseReply | FileTextReply {
  const began = performance.now();
  const bytes = new Uint8Array(request.bytes);
  const reader = mayBeExportFile(bytes) ? loadReader(request.readerSource) : null;
  if (reader === null || reader.detectFileFormat(bytes) === "text") {
    return { type: "file-text", id: request.id, ...decodeText(bytes) };
  }
  const options = optionsFor(request);
  const read = reader.safeReadExportFile(bytes, { fileName: request.name, parse: options });
  if (!read.success) {
    // HTML or XML of no export layout is still text the parser reads: a web
    // page, a file of SGML records (`<DOC>` with no XML prologue reads as XML).
    if (read.error.issues.some((i) => i.code === "not-an-export"))
      return { type: "file-text", id: request.id, ...decodeText(bytes) };
    return {
      type: "result",
      id: request.id,
      documents: [failedFile(read.error.issues.map((i) => show(i, placeOf(""))))],
      file: { name: request.name, format: reader.detectFileFormat(bytes), layout: "no" },
      ms: performance.now() - began,
    };
  }
  const { format, layout, documents } = read.data;
  return {
    type: "result",
    id: request.id,
    documents: documents.map((d) => {
      const explained = explainFileDocument(d.text, options, d.dialect);
      return shownResult(d, explained, 0, d.text.length, d.text, placeOf(d.text));
    }),
    file: { name: request.name, format, layout },
    ms: performance.now() - began,
  };
}

/** The decisions behind a file's document: the same parse, explained. */
function explainFileDocument(
  text: string,
  options: Options,
  dialect: string | null,
): DecisionLike[] | null {
  if (typeof library.explainArticle !== "function") return null;
  return library.explainArticle(text, dialect ? { ...options, dialect } : options).decisions;
}

/** A file that could not be read: its error, the input left as it was. */
function failedFile(issues: ShownIssue[]): ShownDocument {
  return {
    start: 0,
    end: 0,
    text: null,
    success: false,
    article: null,
    issues,
    decisions: null,
    dialect: null,
  };
}

export const hello: HelloReply = {
  type: "hello",
  languages: languages.map((l) => l.language),
  dialects,
  hasExplain: typeof library.explainArticle === "function",
};

interface Port {
  onmessage: ((event: { data: ParseRequest | ReadFileRequest }) => void) | null;
  postMessage(message: unknown): void;
}

/** Answers requests arriving on `port` (the worker's global scope, or a stand-in on the page). */
export function serve(port: Port): void {
  port.onmessage = (event) => {
    const request = event.data;
    port.postMessage(request.type === "read-file" ? readFile(request) : handle(request));
  };
  port.postMessage(hello);
}

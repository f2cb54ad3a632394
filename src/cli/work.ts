import { readFileSync } from "node:fs";
import {
  type Article,
  type ArticleIssue,
  formatArticle,
  LineCounter,
  type ParseOptions,
  safeParseArticle,
} from "../index.js";
import { decodeBytes, FeedSplitter, resolveDefault } from "../internal.js";
import { BINARY_MESSAGE, looksBinary } from "./bytes.js";
import { isExportFile, parseExportFile } from "./exports.js";
import { type Cell, tableRow } from "./table.js";

/** How results are written: see the help text. */
export type Format = "json" | "ndjson" | "text" | "csv" | "tsv" | "parquet";

/** What every piece of work needs to know; plain data, so it can go to a worker. */
export interface Settings {
  format: Format;
  /** `--out`: build each input's `.json` file instead of stdout records. */
  out: boolean;
  /**
   * Each input must hold one article (`json` with one operand, and `--out`):
   * a second one is the `several-articles` error.
   */
  oneArticle: boolean;
  /** `--binary`: parse input that looks binary instead of skipping it. */
  binary: boolean;
  /** `--no-spans` clears this: Articles are written without their `spans`. */
  spans: boolean;
  /** `--quiet`: warnings are counted (for `--strict`) but not reported. */
  quiet: boolean;
  parse: ParseOptions;
}

/** Where an article starts in its input, 1-based. */
export interface Origin {
  line: number;
  col: number;
}

/** What became of one input (or of one article, for a stream). */
export interface Outcome {
  /** Articles parsed, with or without warnings. */
  parsed: number;
  /** Articles that failed, or 1 for an input that could not be read. */
  failed: number;
  /** Warnings reported. */
  warnings: number;
  /** `file:line:column: code: message` lines for stderr. */
  diagnostics: string[];
  /** One stdout record per parsed article, in the chosen format (pretty JSON for `json`). */
  records: StdoutRecord[];
  /** Under `--out`: the input's `.json` file, or null when no article parsed. */
  outText: string | null;
}

/**
 * A record for stdout and the index of its article in its input: text, or
 * for the table formats the row's cells, which the writer encodes.
 */
export type StdoutRecord = { index: number; text: string } | { index: number; row: Cell[] };

/** An empty outcome to add to. */
export function outcome(): Outcome {
  return { parsed: 0, failed: 0, warnings: 0, diagnostics: [], records: [], outText: null };
}

/** Adds `part` to `total`. */
export function add(total: Outcome, part: Outcome): void {
  total.parsed += part.parsed;
  total.failed += part.failed;
  total.warnings += part.warnings;
}

// Option names in the library's messages, as the flags a command-line user has.
const FLAGS: readonly [RegExp, string][] = [
  [/\bset repairMojibake\b/g, "pass --repair-mojibake"],
  [/\brepairMojibake: true\b/g, "--repair-mojibake"],
  [/\brepairMojibake\b/g, "--repair-mojibake"],
  [/\bparagraphMode\b/g, "--paragraph-mode"],
  [/\boptions\.labels\b/g, "--labels"],
  [/\boptions\.locales\b/g, "--languages"],
  [/\boptions\.dialect\b/g, "--dialect"],
];

/** A library message as a command-line user reads it: flags, not option names. */
export function forCommandLine(message: string): string {
  let text = message;
  for (const [name, flag] of FLAGS) text = text.replace(name, flag);
  return text;
}

/** `name:line:column: code: message`. */
export function diagnostic(name: string, origin: Origin, code: string, message: string): string {
  return `${name}:${origin.line}:${origin.col}: ${code}: ${message}`;
}

/** The `several-articles` error, at the second article of an input that must hold one. */
export function severalArticles(name: string, origin: Origin): string {
  return diagnostic(
    name,
    origin,
    "several-articles",
    "A second article starts here; with one operand (or --out) an input must hold one article. Use --format ndjson for one record per article.",
  );
}

/**
 * Parses one article of input `name`, found at `origin` in it, into `into`.
 * Issue positions are given in the input, not the article: `LineCounter` gives
 * the position in the article, shifted by where the article starts.
 */
export function parseOne(
  name: string,
  index: number,
  text: string,
  origin: Origin,
  settings: Settings,
  into: Outcome,
): void {
  const result = safeParseArticle(text, settings.parse);
  const issues = result.success ? result.warnings : result.error.issues;
  if (issues.length > 0) {
    const counter = new LineCounter(text);
    for (const issue of issues) {
      if (issue.severity === "warning") into.warnings++;
      if (issue.severity === "warning" && settings.quiet) continue;
      into.diagnostics.push(
        `${name}:${where(issue, counter, origin)}: ${issue.code}: ${forCommandLine(issue.message)}`,
      );
    }
  }
  if (!result.success) {
    into.failed++;
    return;
  }
  into.parsed++;
  const article = settings.spans ? result.data : withoutSpans(result.data);
  if (settings.out) into.outText = `${JSON.stringify(article, null, 2)}\n`;
  else if (settings.format === "ndjson") {
    into.records.push({ index, text: JSON.stringify({ file: name, index, article }) });
  } else if (settings.format === "json") {
    into.records.push({ index, text: JSON.stringify(article, null, 2) });
  } else if (settings.format === "text") {
    into.records.push({ index, text: formatArticle(result.data) });
  } else into.records.push({ index, row: tableRow(name, index, result.data) });
}

function withoutSpans(article: Article): Omit<Article, "spans"> {
  const { spans: _, ...rest } = article;
  return rest;
}

function where(issue: ArticleIssue, counter: LineCounter, origin: Origin): string {
  if (!issue.span) return `${origin.line}:${origin.col}`;
  const pos = counter.linePos(issue.span.start);
  return pos.line === 1
    ? `${origin.line}:${origin.col + pos.col - 1}`
    : `${origin.line + pos.line - 1}:${pos.col}`;
}

/** Parses every article of a whole input's text. */
export function parseText(name: string, text: string, settings: Settings): Outcome {
  const into = outcome();
  let index = 0;
  let refused = false;
  const splitter = new FeedSplitter(
    resolveDefault(settings.parse).lexicon,
    (article) => {
      if (refused) return;
      if (settings.oneArticle && index === 1) {
        refuseSeveral(into, severalArticles(name, article));
        refused = true;
        return;
      }
      parseOne(name, index++, text.slice(article.start, article.end), article, settings, into);
    },
    // Reported, not counted: a request header is no article, and no fault.
    (skipped) => {
      if (settings.quiet) return;
      const message =
        skipped.reason === "prologue"
          ? "the markup before the first record is no article; skipped."
          : "the request header before the first document is no article; skipped.";
      into.diagnostics.push(diagnostic(name, skipped, skipped.reason, message));
    },
  );
  splitter.push(text);
  splitter.end();
  // No article at all (nothing but white space and rules): `empty-input`.
  if (index === 0) parseOne(name, 0, "", { line: 1, col: 1 }, settings, into);
  return into;
}

/** An input that must hold one article holds more: nothing of it is written. */
export function refuseSeveral(into: Outcome, message: string): void {
  into.diagnostics.push(message);
  into.failed++;
  into.records = [];
  into.outText = null;
}

/**
 * Reads and parses one file. Bytes are decoded as the library decodes them
 * (UTF-8; UTF-16 with a BOM; windows-1252, with a `not-utf8` warning, when they
 * are not UTF-8). A binary file is skipped with a `binary-file` warning unless
 * `--binary`. A file that cannot be read is reported, never thrown.
 */
export function parseFile(path: string, name: string, settings: Settings): Outcome {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const into = outcome();
    into.failed = 1;
    into.diagnostics.push(`${name}: ${readError(error)}`);
    return into;
  }
  // DOCX, HTML, XML, RTF and PDF exports are read by their content, not their name.
  if (isExportFile(bytes)) return parseExportFile(name, bytes, settings);
  if (!settings.binary && looksBinary(bytes)) {
    const into = outcome();
    into.warnings = 1;
    if (!settings.quiet) into.diagnostics.push(`${name}: binary-file: ${BINARY_MESSAGE}`);
    return into;
  }
  const { text, warnings } = decodeBytes(bytes);
  const into = parseText(name, text, settings);
  for (const warning of warnings) {
    into.warnings++;
    if (settings.quiet) continue;
    into.diagnostics.unshift(diagnostic(name, { line: 1, col: 1 }, warning.code, warning.message));
  }
  return into;
}

/** `code: message` for a file that cannot be read. */
export function readError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === "ENOENT") return "not-found: No such file or directory.";
  if (code === "EISDIR") return "unreadable: Is a directory.";
  if (code === "EACCES" || code === "EPERM") return "unreadable: Permission denied.";
  if (code === "ENOTDIR") return "not-found: A part of the path is not a directory.";
  return `unreadable: ${error instanceof Error ? error.message : String(error)}`;
}

import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  type DialectName,
  dialectNames,
  type LabelTable,
  locales,
  type ParseOptions,
  safeParseArticle,
} from "../index.js";
import { type Format, forCommandLine } from "./work.js";

/** The command line, checked. */
export interface Command {
  operands: string[];
  format: Format | null;
  out: string | null;
  jobs: number;
  strict: boolean;
  /** `-q`: no warnings and no progress on stderr; errors are still reported. */
  quiet: boolean;
  /** `--color`: accepted so scripts can pass it; the tool prints no colour. */
  color: Color;
  progress: boolean | null;
  /** `--stats`: the end-of-run summary line on stderr, whatever the run. */
  stats: boolean;
  binary: boolean;
  spans: boolean;
  parse: ParseOptions;
  help: boolean;
  version: boolean;
}

/** A command line that cannot be run; the tool exits with status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

const FORMATS: readonly Format[] = ["ndjson", "json", "text", "csv", "tsv", "parquet"];
/** The formats that write one table, which `--out` names a file for. */
export const TABLE_FORMATS: readonly Format[] = ["csv", "tsv", "parquet"];
const COLORS = ["always", "never", "auto"] as const;
type Color = (typeof COLORS)[number];
const MODES = ["auto", "blocks", "lines"] as const;

/** Every option, as `parseArgs` takes them; the help text below describes each. */
const OPTIONS = {
  format: { type: "string", short: "f" },
  out: { type: "string", short: "o" },
  jobs: { type: "string", short: "j" },
  strict: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  color: { type: "string" },
  "no-color": { type: "boolean" },
  binary: { type: "boolean" },
  "no-spans": { type: "boolean" },
  "paragraph-mode": { type: "string" },
  "repair-mojibake": { type: "boolean" },
  "no-validate": { type: "boolean" },
  languages: { type: "string" },
  labels: { type: "string" },
  dialect: { type: "string" },
  progress: { type: "boolean" },
  "no-progress": { type: "boolean" },
  stats: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** Reads the arguments (without `node` and the script). */
export function readCommand(args: string[], cores: number): Command {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    throw new UsageError(argsMessage(error));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? null;
  if (format !== null && !FORMATS.includes(format as Format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${format}".`);
  }
  let jobs = cores;
  if (values.jobs !== undefined) {
    if (!/^[1-9][0-9]*$/.test(values.jobs)) {
      throw new UsageError(`--jobs must be a whole number of at least 1, not "${values.jobs}".`);
    }
    // More threads than cores only cost memory and start-up time.
    jobs = Math.min(Number(values.jobs), cores);
  }
  const color = values["no-color"] ? "never" : (values.color ?? "auto");
  if (!(COLORS as readonly string[]).includes(color)) {
    throw new UsageError(`--color must be one of ${COLORS.join(", ")}, not "${color}".`);
  }
  const table = TABLE_FORMATS.includes(format as Format);
  if (values.out === "") throw new UsageError(`--out needs a ${table ? "file" : "directory"}.`);
  if (values.out !== undefined && (format === "ndjson" || format === "text")) {
    throw new UsageError(
      `--out writes .json files, or the table of csv, tsv or parquet; it cannot be used with --format ${format}.`,
    );
  }
  return {
    operands: positionals,
    format: format as Format | null,
    out: values.out ?? null,
    jobs,
    strict: values.strict ?? false,
    quiet: values.quiet ?? false,
    color: color as Color,
    progress: values.progress === true ? true : values["no-progress"] === true ? false : null,
    stats: values.stats ?? false,
    binary: values.binary ?? false,
    spans: values["no-spans"] !== true,
    parse: parseOptions(values),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function parse(args: string[]) {
  return parseArgs({
    args: conventional(args),
    allowPositionals: true,
    strict: true,
    options: OPTIONS,
  });
}

/**
 * The spellings `parseArgs` cannot take, before `--`: `-V` for `--version`
 * (one short name per option), and a bare `--color` for `--color=always` (a
 * string option always takes a value, and would take the next operand).
 */
function conventional(args: string[]): string[] {
  const end = args.indexOf("--");
  const options = end === -1 ? args : args.slice(0, end);
  const rest = end === -1 ? [] : args.slice(end);
  const spelled = options.map((arg) =>
    arg === "-V" ? "--version" : arg === "--color" ? "--color=always" : arg,
  );
  return [...spelled, ...rest];
}

/** The library options the flags ask for, checked by the library itself. */
function parseOptions(values: ReturnType<typeof parse>["values"]): ParseOptions {
  const options: ParseOptions = {};
  const mode = values["paragraph-mode"];
  if (mode !== undefined) {
    if (!(MODES as readonly string[]).includes(mode)) {
      throw new UsageError(`--paragraph-mode must be one of ${MODES.join(", ")}, not "${mode}".`);
    }
    options.paragraphMode = mode as (typeof MODES)[number];
  }
  if (values["repair-mojibake"]) options.repairMojibake = true;
  if (values["no-validate"]) options.validate = false;
  if (values.languages !== undefined) {
    const builtin = Object.values(locales);
    const known: string[] = builtin.map((l) => l.language).sort();
    const wanted = values.languages.split(",").map((s) => s.trim());
    const unknown = wanted.filter((l) => !known.includes(l));
    if (unknown.length > 0 || wanted.length === 0) {
      throw new UsageError(
        `--languages takes a comma-separated list of ${known.join(", ")}, not "${values.languages}".`,
      );
    }
    options.builtinLocales = false;
    options.locales = builtin.filter((l) => wanted.includes(l.language));
  }
  if (values.labels !== undefined) options.labels = readLabels(values.labels);
  if (values.dialect !== undefined) {
    if (!(dialectNames as readonly string[]).includes(values.dialect)) {
      throw new UsageError(
        `--dialect must be one of ${dialectNames.join(", ")}, not "${values.dialect}".`,
      );
    }
    options.dialect = values.dialect as DialectName;
  }
  const check = safeParseArticle("T\n\nB.", options);
  if (!check.success && check.error.issues[0]?.code === "invalid-options") {
    throw new UsageError(
      `--labels ${values.labels}: ${forCommandLine(check.error.issues[0].message)}`,
    );
  }
  return options;
}

function readLabels(path: string): LabelTable {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(
      `--labels ${path}: ${code === "ENOENT" ? "no such file" : "cannot be read"}.`,
    );
  }
  try {
    return JSON.parse(text) as LabelTable;
  } catch {
    throw new UsageError(`--labels ${path}: not JSON (want {"source": ["Via"], ...}).`);
  }
}

/** Node's parseArgs messages, as one short line that names the flag as typed. */
function argsMessage(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const flag = /'([^']*)'/.exec(message)?.[1] ?? "";
    const near = nearest(flag.replace(/^-+/, ""));
    return `unknown option ${flag}${near ? ` (did you mean --${near}?)` : ""}.`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = /--([a-z-]+)/.exec(message)?.[1];
    if (name && OPTIONS[name as keyof typeof OPTIONS]?.type === "string") {
      return `--${name} needs a value.`;
    }
    return `--${name ?? "?"} takes no value.`;
  }
  return (message.split("\n")[0] as string).replace(/\.?$/, ".");
}

/** The option closest to a mistyped one, if it is close enough to be meant. */
function nearest(typed: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const name of Object.keys(OPTIONS)) {
    const d = distance(typed, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next[j] = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + cost,
      );
    }
    row = next;
  }
  return row[b.length] as number;
}

/** The short usage shown when no operand is given and standard input is a terminal. */
export const SHORT_USAGE = `Usage: syndicated-article [options] [file | directory | -] ...
With no operand it reads standard input, but standard input is a terminal:
name a file or directory, or pipe text in. 'syndicated-article --help' tells more.
`;

/** The `--help` text; {cores}, {codes}, {dialects} and {languages} are filled in when it is printed. */
export const HELP = `Usage: syndicated-article [options] [file | directory | -] ...

Parses syndicated news-article text into Article JSON. With no operand, or -,
reads standard input (streamed: memory stays bounded by the longest article;
with no operand on a terminal it prints a short usage instead of waiting).
A directory is searched for regular .txt files (any case: .TXT too) at any
depth, in sorted order; a subdirectory that cannot be read is reported and
the walk goes on. A FIFO or device named as an operand is read as a stream,
as standard input is, in its turn (one with no writer reads as empty). A file
holding several articles (split by rule lines, form feeds, wire headers or the
end of a trailer) gives one result per article.

Input is decoded as UTF-8, UTF-16 with a BOM, or windows-1252 with a not-utf8
warning when it is not UTF-8 (a stream switches at the first chunk that is not).
Input with a NUL byte in its first 8 KiB is binary: skipped with a binary-file
warning unless --binary.

Output (stdout): its shape depends on the flags only, never on the operands
or on what an input holds. Without --format it is ndjson, so an export or
feed of several documents gives each of them, as one article does.
  ndjson   one {"file", "index", "article"} record per article and line.
           The default.
  json     with one operand (a file, a stream or -, not a directory): that
           input's Article, pretty-printed; an input holding several articles
           is a several-articles error (use ndjson). With several operands or
           a directory: always a JSON array of {"file", "index", "article"}.
  text     each Article written back as text; articles apart by "-----"
  csv      a table: a header row, then one row per article, written as each
           is parsed: file, index, headline, standfirst, byline, publishedAt,
           source, originalUrl, section, wordCount, language, id, dialect,
           and text (the body: headings and paragraphs apart by a blank
           line). RFC 4180: CRLF line ends, fields holding a comma, a quote
           or a line break quoted, quotes doubled; empty for null.
  tsv      the same table, tab-separated, LF line ends, quoted the same way
  parquet  the same table as one Parquet file (Snappy, a row group per
           10,000 rows): needs --out FILE, or standard output not a terminal
  --out DIR  one .json per input holding that input's Article (an input
           holding several articles is a several-articles error); nothing
           on stdout. With csv, tsv or parquet, --out FILE writes the table
           to FILE instead of stdout.

Problems go to stderr as  file:line:column: code: message
(or  file: code: message  for a whole input: not-found, unreadable,
binary-file, unwritable). Every code is explained at
  {codes}

Options:
  -f, --format FORMAT      ndjson (the default), json, text, csv, tsv or
                           parquet
  -o, --out DIR|FILE       write one .json per input under DIR, mirroring each
                           directory operand's tree (a file operand goes to
                           DIR/its-name.json); nothing on stdout. With csv,
                           tsv or parquet: write the table to FILE
  -j, --jobs N             parse files on N worker threads (default and
                           most: the number of cores, here {cores}); output
                           keeps input order
      --strict             exit with 1 on warnings too
  -q, --quiet              print no warnings and no progress on stderr; errors
                           are still printed and exit statuses are the same
      --color[=WHEN]       always (a bare --color), never or auto; --no-color
                           is never. Accepted so scripts can pass it: the
                           tool prints no colour, whatever NO_COLOR says
      --no-spans           leave the spans out of each Article
      --binary             parse input that looks binary instead of skipping it
      --paragraph-mode M   how body lines become paragraphs: auto (the
                           default), blocks (blank lines part paragraphs) or
                           lines (every line is a paragraph)
      --repair-mojibake    repair UTF-8 read as windows-1252 (â€™ -> ’)
                           instead of only warning about it
      --no-validate        skip checking each built Article against the
                           Article schema (the same Articles, unchecked)
      --languages LIST     recognise only these label languages, e.g. en,fr
                           (default: all of {languages})
      --dialect NAME       read every input as this layout instead of
                           recognising it: {dialects}
      --labels FILE        extra trailer labels, a JSON object of label lists
                           per key: {"source": ["Via"], "originalUrl": ["Link"]}
      --progress           show progress on stderr even when it would not be
      --no-progress        never show progress (it shows only on a terminal,
                           outside CI, for more than 8 files); when it shows,
                           a summary line ends the run
      --stats              end with a summary line on stderr, whatever the run:
                           files, documents, warnings, errors and time
  -h, --help               show this help
  -v, -V, --version        show the version

Exit status: 0 when every input parsed (or was skipped as binary), 1 when some
failed (or warned, with --strict), 2 for a usage error. A bad input never stops
the others.

Examples:
  syndicated-article export.TXT               # each document, one record a line
  syndicated-article -f json article.txt      # the Article as JSON
  syndicated-article -f json article.txt | jq .headline
  syndicated-article --format text a.txt      # re-emitted as text
  syndicated-article corpus/ > articles.ndjson
  syndicated-article -f csv corpus/ > articles.csv
  syndicated-article -f parquet -o articles.parquet corpus/
  syndicated-article -j 2 --out json/ corpus/ # corpus/x/y.txt -> json/x/y.json
  cat feed.txt | syndicated-article -f ndjson | jq -r .article.headline
  curl -s https://example.com/feed.txt | syndicated-article -f ndjson - --strict
`;

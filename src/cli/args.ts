import { parseArgs } from "node:util";
import type { ParseOptions } from "../index.js";
import type { Format } from "./work.js";

/** The command line, checked. */
export interface Command {
  operands: string[];
  format: Format | null;
  out: string | null;
  jobs: number;
  strict: boolean;
  progress: boolean | null;
  parse: ParseOptions;
  help: boolean;
  version: boolean;
}

/** A command line that cannot be run; the tool exits with status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

const FORMATS: readonly Format[] = ["json", "ndjson", "text"];
const MODES = ["auto", "blocks", "lines"] as const;

/** Reads the arguments (without `node` and the script). */
export function readCommand(args: string[], cores: number): Command {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
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
    jobs = Number(values.jobs);
  }
  const mode = values["paragraph-mode"];
  if (mode !== undefined && !(MODES as readonly string[]).includes(mode)) {
    throw new UsageError(`--paragraph-mode must be one of ${MODES.join(", ")}, not "${mode}".`);
  }
  if (values.out === "") throw new UsageError("--out needs a directory.");
  if (values.out !== undefined && format !== null && format !== "json") {
    throw new UsageError(`--out writes .json files; it cannot be used with --format ${format}.`);
  }
  return {
    operands: positionals,
    format: format as Format | null,
    out: values.out ?? null,
    jobs,
    strict: values.strict ?? false,
    progress: values.progress === true ? true : values["no-progress"] === true ? false : null,
    parse: mode === undefined ? {} : { paragraphMode: mode as (typeof MODES)[number] },
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f" },
      out: { type: "string", short: "o" },
      jobs: { type: "string", short: "j" },
      strict: { type: "boolean" },
      "paragraph-mode": { type: "string" },
      progress: { type: "boolean" },
      "no-progress": { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}

/** The `--help` text. */
export const HELP = `Usage: syndicated-article [options] [file | directory | -] ...

Parses syndicated news-article text into Article JSON. With no operand, or -,
reads standard input (streamed: memory stays bounded by the longest article).
A directory is searched for .txt files at any depth, in sorted order. A file
holding several articles (split by rule lines, form feeds, wire headers or the
end of a trailer) gives one result per article.

Output (stdout):
  json     one input: the Article, pretty-printed (the default for one input);
           when there are several articles, a JSON array of records
  ndjson   one record per article and line: {"file", "index", "article"}
           (the default for several inputs)
  text     each Article written back as text; articles apart by "-----"

Problems go to stderr as  file:line:column: code: message
Codes are listed in docs/issue-codes.md; a file that cannot be read is
reported as  file: not-found: ...  or  file: unreadable: ...

Options:
  -f, --format FORMAT      json, ndjson or text
  -o, --out DIR            write one .json per input under DIR, mirroring each
                           directory operand's tree (a file operand goes to
                           DIR/its-name.json); nothing on stdout
  -j, --jobs N             parse files on N worker threads (default: the number
                           of cores, here ${"{cores}"}); output keeps input order
      --strict             exit with 1 on warnings too
      --paragraph-mode M   auto, blocks or lines (see parseArticle's options)
      --progress           show progress on stderr even when it would not be
      --no-progress        never show progress (it shows only on a terminal,
                           outside CI, for more than 8 files)
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 when every input parsed, 1 when some failed (or warned, with
--strict), 2 for a usage error. A bad input never stops the others.

Examples:
  syndicated-article article.txt              # the Article as JSON
  syndicated-article --format text a.txt      # re-emitted as text
  syndicated-article corpus/ > articles.ndjson
  syndicated-article -j 2 --out json/ corpus/ # corpus/x/y.txt -> json/x/y.json
  cat feed.txt | syndicated-article -f ndjson | jq -r .article.headline
  curl -s https://example.com/feed.txt | syndicated-article - --strict
`;

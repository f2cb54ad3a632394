import { createWriteStream, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import type { Writable } from "node:stream";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { dialectNames, locales } from "../index.js";
import { splitLocatedArticlesStream } from "../internal.js";
import { type Command, HELP, readCommand, SHORT_USAGE, TABLE_FORMATS, UsageError } from "./args.js";
import { BINARY_MESSAGE, ByteDecoder } from "./bytes.js";
import { expandOperands, type Input } from "./inputs.js";
import { Messages, RecordWriter, Sink } from "./output.js";
import { type Done, type Job, WORKER_ROLE } from "./pool.js";
import { Progress } from "./progress.js";
import { Results } from "./results.js";
import { openStream } from "./streams.js";
import { summaryLine } from "./summary.js";
import {
  add,
  diagnostic,
  type Outcome,
  outcome,
  parseFile,
  parseOne,
  readError,
  refuseSeveral,
  type Settings,
  severalArticles,
} from "./work.js";

const PROGRAM = "syndicated-article";
// Progress shows only for more inputs than this.
const FEW_FILES = 8;

/** A worker thread: parses the files of each job it is sent. */
function serveJobs(settings: Settings): void {
  parentPort?.on("message", (job: Job) => {
    const outcomes = job.files.map((file) => parseFile(file.path, file.name, settings));
    parentPort?.postMessage({ id: job.id, outcomes } satisfies Done);
  });
}

function packageJson(): { version: string; homepage: string } {
  return JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
}

async function main(args: string[]): Promise<number> {
  const cores = availableParallelism();
  let command: Command;
  try {
    command = readCommand(args, cores);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr.write(`${PROGRAM}: ${error.message} Try '${PROGRAM} --help'.\n`);
    return 2;
  }
  if (command.help) {
    const codes = `${packageJson().homepage}documents/Issue_codes.html`;
    process.stdout.write(
      HELP.replace("{cores}", String(cores))
        .replace("{codes}", codes)
        .replace("{dialects}", dialectNames.join(", "))
        .replace(
          "{languages}",
          Object.values(locales)
            .map((l) => l.language)
            .sort()
            .join(", "),
        ),
    );
    return 0;
  }
  if (command.version) {
    process.stdout.write(`${packageJson().version}\n`);
    return 0;
  }
  // Like ripgrep: no operand and a terminal on stdin is a person who has not
  // said what to read, not a pipe that has not written yet.
  if (command.operands.length === 0 && process.stdin.isTTY === true) {
    stderr.write(SHORT_USAGE);
    return 2;
  }
  return run(command);
}

const stderr = new Messages();

function writeError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === "EISDIR") return "Is a directory.";
  if (code === "ENOENT") return "No such directory to write in.";
  if (code === "ENOTDIR" || code === "EEXIST") return "A part of the path is not a directory.";
  if (code === "EACCES" || code === "EPERM") return "Permission denied.";
  return error instanceof Error ? error.message : String(error);
}

async function run(command: Command): Promise<number> {
  const started = performance.now();
  const { inputs, single } = expandOperands(command.operands);
  const streams = inputs.filter((i) => i.kind === "stream" && i.path === "").length;
  if (streams > 1) {
    stderr.write(
      `${PROGRAM}: standard input (-) can be read only once. Try '${PROGRAM} --help'.\n`,
    );
    return 2;
  }
  // Without --format: NDJSON, one record per article, whatever the operands
  // and whatever they hold; --out alone is the one-.json-per-input tree.
  const format = command.format ?? (command.out !== null ? "json" : "ndjson");
  const table = TABLE_FORMATS.includes(format);
  if (format === "parquet" && command.out === null && process.stdout.isTTY === true) {
    stderr.write(
      `${PROGRAM}: --format parquet writes a binary file: name it with --out FILE, or redirect standard output. Try '${PROGRAM} --help'.\n`,
    );
    return 2;
  }
  let destination: Writable = process.stdout;
  if (table && command.out !== null) {
    try {
      destination = createWriteStream("", { fd: openSync(command.out, "w") });
    } catch (error) {
      stderr.write(`${PROGRAM}: --out ${command.out}: ${writeError(error).replace(/\.$/, "")}.\n`);
      return 2;
    }
  }
  const outDir = table ? null : command.out;
  if (outDir !== null) {
    try {
      mkdirSync(outDir, { recursive: true });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const why = code === "EEXIST" ? "it exists and is not a directory" : writeError(error);
      stderr.write(`${PROGRAM}: --out ${outDir}: ${why.replace(/\.$/, "")}.\n`);
      return 2;
    }
  }
  const settings: Settings = {
    format,
    out: outDir !== null,
    oneArticle: outDir !== null || (format === "json" && single),
    binary: command.binary,
    spans: command.spans,
    quiet: command.quiet,
    parse: command.parse,
  };

  const stdout = new Sink(destination);
  const showProgress =
    command.progress ??
    (!command.quiet &&
      process.stderr.isTTY === true &&
      !process.env.CI &&
      inputs.length > FEW_FILES);
  const progress = showProgress
    ? new Progress(inputs.length, (t) => stderr.write(t), process.stderr.columns ?? 80)
    : null;
  const report = (lines: string[]) => {
    if (lines.length === 0) return;
    progress?.clear();
    stderr.write(`${lines.join("\n")}\n`);
  };

  const files = inputs.filter((i) => i.kind === "file").length;
  const jobs = Math.min(command.jobs, files);
  const results = jobs > 1 ? new Results(inputs, jobs, settings, new URL(import.meta.url)) : null;
  const records = new RecordWriter(settings, stdout, `${PROGRAM} ${packageJson().version}`);
  const written = new Map<string, string>();
  const total = outcome();

  try {
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i] as Input;
      let result: Outcome;
      if (input.kind === "problem") {
        result = outcome();
        result.failed = 1;
        report([input.problem as string]);
      } else if (input.kind === "stream") {
        result = await parseStream(input, settings, records, report);
      } else {
        result = results ? await results.get(i) : parseFile(input.path, input.name, settings);
        report(result.diagnostics);
        for (const record of result.records) await records.write(input.name, record);
      }
      if (outDir !== null && result.outText !== null) {
        const path = join(outDir, input.outPath);
        const earlier = written.get(path);
        if (earlier !== undefined) {
          report([`${input.name}: out-collision: ${path} was already written for ${earlier}.`]);
          result.failed++;
        } else {
          written.set(path, input.name);
          try {
            mkdirSync(dirname(path), { recursive: true });
            writeFileSync(path, result.outText);
          } catch (error) {
            report([`${input.name}: unwritable: ${path}: ${writeError(error)}`]);
            result.failed++;
          }
        }
      }
      add(total, result);
      progress?.tick(result.parsed + result.failed);
    }
    await records.end();
    await stdout.close();
  } finally {
    progress?.clear();
    await results?.close();
  }
  // A run long enough for a progress bar ends with what it did; --stats asks for it always.
  if (command.stats || progress !== null) {
    stderr.write(
      summaryLine(PROGRAM, {
        inputs: inputs.length,
        documents: total.parsed,
        warnings: total.warnings,
        errors: total.failed,
        milliseconds: performance.now() - started,
      }),
    );
  }
  if (total.failed > 0) return 1;
  if (command.strict && total.warnings > 0) return 1;
  return 0;
}

/**
 * Standard input, or a FIFO or device operand, streamed: decoded as files are,
 * and each article parsed and written as soon as it is complete.
 */
async function parseStream(
  input: Input,
  settings: Settings,
  records: RecordWriter,
  report: (lines: string[]) => void,
): Promise<Outcome> {
  const { name } = input;
  const total = outcome();
  let source: AsyncIterable<Uint8Array>;
  try {
    source = openStream(input.path);
  } catch (error) {
    total.failed = 1;
    report([`${name}: ${readError(error)}`]);
    return total;
  }
  let binary = false;
  const decoder = new ByteDecoder(
    {
      binary() {
        binary = true;
        total.warnings++;
        if (!settings.quiet) report([`${name}: binary-file: ${BINARY_MESSAGE}`]);
      },
      notUtf8(message) {
        total.warnings++;
        if (!settings.quiet) report([diagnostic(name, { line: 1, col: 1 }, "not-utf8", message)]);
      },
    },
    settings.binary,
  );
  let readFailure: unknown = null;
  const texts = async function* (): AsyncGenerator<string> {
    try {
      for await (const chunk of source) {
        const text = decoder.push(chunk);
        if (binary) return;
        if (text !== "") yield text;
      }
    } catch (error) {
      readFailure = error;
    }
    const text = decoder.end();
    if (text !== "") yield text;
  };
  const pieces = texts();
  const articles = new ReadableStream<string>({
    async pull(controller) {
      const next = await pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await pieces.return(undefined);
    },
  }).pipeThrough(splitLocatedArticlesStream(settings.parse));
  let index = 0;
  for await (const article of articles) {
    const one = outcome();
    if (settings.oneArticle && index === 1) {
      refuseSeveral(one, severalArticles(name, article));
      records.discard();
      total.outText = null;
      report(one.diagnostics);
      add(total, one);
      break;
    }
    parseOne(name, index, article.text, article, settings, one);
    report(one.diagnostics);
    for (const record of one.records) await records.write(name, record);
    add(total, one);
    if (one.outText !== null) total.outText = one.outText;
    index++;
  }
  if (readFailure !== null) {
    total.failed++;
    report([`${name}: ${readError(readFailure)}`]);
  } else if (index === 0 && !binary) {
    parseOne(name, 0, "", { line: 1, col: 1 }, settings, total);
    report(total.diagnostics);
  }
  return total;
}

// This script is the command and the worker threads it starts.
if (!isMainThread && (workerData as { role?: unknown } | null)?.role === WORKER_ROLE) {
  serveJobs((workerData as { settings: Settings }).settings);
} else {
  main(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      stderr.write(`${PROGRAM}: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

import { once } from "node:events";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { splitLocatedArticlesStream } from "../internal.js";
import { type Command, HELP, readCommand, UsageError } from "./args.js";
import { expandOperands, type Input } from "./inputs.js";
import { type Done, type Job, Pool, WORKER_ROLE } from "./pool.js";
import { Progress } from "./progress.js";
import { finish, type Outcome, outcome, parseFile, parseOne, type Settings } from "./work.js";

const PROGRAM = "syndicated-article";
// Between two articles of text output: a rule line, which `splitArticles` splits on.
const ARTICLE_SEPARATOR = "\n\n-----\n\n";
// Progress shows only for more inputs than this.
const FEW_FILES = 8;

/** A worker thread: parses the files of each job it is sent. */
function serveJobs(settings: Settings): void {
  parentPort?.on("message", (job: Job) => {
    const outcomes = job.files.map((file) => parseFile(file.path, file.name, settings));
    parentPort?.postMessage({ id: job.id, outcomes } satisfies Done);
  });
}

async function main(args: string[]): Promise<number> {
  const cores = availableParallelism();
  let command: Command;
  try {
    command = readCommand(args, cores);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${PROGRAM}: ${error.message}\nTry '${PROGRAM} --help'.\n`);
    return 2;
  }
  if (command.help) {
    process.stdout.write(HELP.replace("{cores}", String(cores)));
    return 0;
  }
  if (command.version) {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  return run(command);
}

async function run(command: Command): Promise<number> {
  const { inputs, problems, single } = expandOperands(command.operands);
  const stdinCount = inputs.filter((i) => i.kind === "stdin").length;
  if (stdinCount > 1) {
    process.stderr.write(`${PROGRAM}: standard input (-) can be read only once.\n`);
    return 2;
  }
  const settings: Settings = {
    format: command.format ?? (single ? "json" : "ndjson"),
    out: command.out !== null,
    parse: command.parse,
  };

  const stdout = new Sink(process.stdout);
  const showProgress =
    command.progress ??
    (process.stderr.isTTY === true && !process.env.CI && inputs.length > FEW_FILES);
  const progress = showProgress
    ? new Progress(inputs.length, (t) => process.stderr.write(t), process.stderr.columns ?? 80)
    : null;
  const report = (lines: string[]) => {
    if (lines.length === 0) return;
    progress?.clear();
    process.stderr.write(`${lines.join("\n")}\n`);
  };
  report(problems);

  const files = inputs.filter((i) => i.kind === "file").length;
  const jobs = Math.min(command.jobs, files);
  const results = jobs > 1 ? new Results(inputs, jobs, settings) : null;
  const records = new RecordWriter(settings.format, stdout);
  const written = new Map<string, string>();
  const total = outcome();
  total.failed = problems.length;

  try {
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i] as Input;
      let result: Outcome;
      if (input.kind === "stdin") {
        result = await parseStdin(input.name, settings, records, report);
      } else {
        result = results ? await results.get(i) : parseFile(input.path, input.name, settings);
        report(result.diagnostics);
        for (const record of result.records) await records.write(input.name, record);
      }
      if (command.out !== null && result.outText !== null) {
        const path = join(command.out, input.outPath);
        const earlier = written.get(path);
        if (earlier !== undefined) {
          report([`${input.name}: out-collision: ${path} was already written for ${earlier}.`]);
          result.failed++;
        } else {
          written.set(path, input.name);
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, result.outText);
        }
      }
      total.parsed += result.parsed;
      total.failed += result.failed;
      total.warnings += result.warnings;
      progress?.tick(result.parsed + result.failed);
    }
    await records.end();
  } finally {
    progress?.clear();
    await results?.close();
  }
  if (total.failed > 0) return 1;
  if (command.strict && total.warnings > 0) return 1;
  return 0;
}

/** Standard input, streamed: each article is parsed and written as soon as it is complete. */
async function parseStdin(
  name: string,
  settings: Settings,
  records: RecordWriter,
  report: (lines: string[]) => void,
): Promise<Outcome> {
  const total = outcome();
  const bytes = Readable.toWeb(process.stdin) as unknown as ReadableStream<BufferSource>;
  const articles = bytes
    .pipeThrough(new TextDecoderStream())
    .pipeThrough(splitLocatedArticlesStream(settings.parse));
  let index = 0;
  for await (const article of articles) {
    const one = outcome();
    parseOne(name, index, article.text, article, settings, one);
    report(one.diagnostics);
    for (const record of one.records) await records.write(name, record);
    total.parsed += one.parsed;
    total.failed += one.failed;
    total.warnings += one.warnings;
    total.articles.push(...one.articles);
    index++;
  }
  if (index === 0) {
    parseOne(name, 0, "", { line: 1, col: 1 }, settings, total);
    report(total.diagnostics);
  }
  return settings.out ? finish(total) : total;
}

/**
 * Outcomes of the file inputs, parsed ahead on worker threads in batches, at
 * most a window of inputs ahead of the one being written, so memory stays
 * bounded when output is slow.
 */
class Results {
  readonly #inputs: readonly Input[];
  readonly #pool: Pool;
  readonly #batch: number;
  readonly #window: number;
  readonly #promises: (Promise<Outcome> | undefined)[] = [];
  #dispatched = 0;

  constructor(inputs: readonly Input[], jobs: number, settings: Settings) {
    this.#inputs = inputs;
    this.#pool = new Pool(jobs, new URL(import.meta.url), settings);
    // Small batches keep every thread busy to the end; big ones save messages.
    this.#batch = Math.max(1, Math.min(32, Math.ceil(inputs.length / (jobs * 8))));
    this.#window = jobs * this.#batch * 4;
  }

  get(i: number): Promise<Outcome> {
    this.#dispatchUpTo(i + this.#window);
    const promise = this.#promises[i] as Promise<Outcome>;
    this.#promises[i] = undefined;
    return promise;
  }

  #dispatchUpTo(limit: number): void {
    const inputs = this.#inputs;
    while (this.#dispatched < inputs.length && this.#dispatched <= limit) {
      const batch: number[] = [];
      while (
        this.#dispatched < inputs.length &&
        batch.length < this.#batch &&
        (inputs[this.#dispatched] as Input).kind === "file"
      ) {
        batch.push(this.#dispatched++);
      }
      if (batch.length === 0) {
        this.#dispatched++; // standard input: read on the main thread
        continue;
      }
      const run = this.#pool.run(batch.map((j) => inputs[j] as Input));
      batch.forEach((j, k) => {
        const promise = run.then((outcomes) => outcomes[k] as Outcome);
        promise.catch(() => {}); // awaited in turn; avoid an early unhandled rejection
        this.#promises[j] = promise;
      });
    }
  }

  close(): Promise<void> {
    return this.#pool.close();
  }
}

/** Writes the records of the chosen format to stdout, with what goes between and around them. */
class RecordWriter {
  readonly #format: Settings["format"];
  readonly #sink: Sink;
  #count = 0;
  #first: { file: string; index: number; text: string } | null = null;

  constructor(format: Settings["format"], sink: Sink) {
    this.#format = format;
    this.#sink = sink;
  }

  async write(file: string, record: { index: number; text: string }): Promise<void> {
    const count = this.#count++;
    if (this.#format === "ndjson") return this.#sink.write(`${record.text}\n`);
    if (this.#format === "text") {
      return this.#sink.write(count === 0 ? record.text : `${ARTICLE_SEPARATOR}${record.text}`);
    }
    // json: one article is the Article itself; from the second on, an array of records.
    if (count === 0) {
      this.#first = { file, ...record };
      return;
    }
    if (count === 1) {
      const first = this.#first as { file: string; index: number; text: string };
      this.#first = null;
      await this.#sink.write(`[\n${jsonRecord(first.file, first.index, first.text)}`);
    }
    await this.#sink.write(`,\n${jsonRecord(file, record.index, record.text)}`);
  }

  async end(): Promise<void> {
    if (this.#count === 0) return;
    if (this.#format === "text") await this.#sink.write("\n");
    else if (this.#format === "json") {
      await this.#sink.write(this.#first ? `${this.#first.text}\n` : "\n]\n");
    }
  }
}

/** `{file, index, article}` as an element of a pretty-printed array. */
function jsonRecord(file: string, index: number, article: string): string {
  return `  {\n    "file": ${JSON.stringify(file)},\n    "index": ${index},\n    "article": ${article.replaceAll("\n", "\n    ")}\n  }`;
}

/** Stdout with back-pressure: waits for `drain` instead of buffering without end. */
class Sink {
  readonly #stream: NodeJS.WriteStream;

  constructor(stream: NodeJS.WriteStream) {
    this.#stream = stream;
    // A closed pipe (`| head`) ends the output quietly.
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }

  async write(text: string): Promise<void> {
    if (!this.#stream.write(text)) await once(this.#stream, "drain");
  }
}

// Last, so that every class above is defined: this script is the command and
// the worker threads it starts.
if (!isMainThread && (workerData as { role?: unknown } | null)?.role === WORKER_ROLE) {
  serveJobs((workerData as { settings: Settings }).settings);
} else {
  main(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`${PROGRAM}: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

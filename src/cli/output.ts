import { once } from "node:events";
import type { Writable } from "node:stream";
import { type Delimited, delimitedHeader, delimitedRow } from "./csv.js";
import { ParquetTable } from "./parquet.js";
import type { Settings, StdoutRecord } from "./work.js";

// Between two articles of text output: a rule line, which `splitArticles` splits on.
const ARTICLE_SEPARATOR = "\n\n-----\n\n";

/**
 * Writes the records of the chosen format to stdout, with what goes between and
 * around them. The shape depends on the settings only: `json` for an input that
 * must hold one article is that Article (held until the end, so a second article
 * can still refuse it); other `json` is always an array of records; `csv` and
 * `tsv` are a header row and a row per article, written as each comes;
 * `parquet` is one file, written a row group at a time.
 */
export class RecordWriter {
  readonly #format: Settings["format"];
  readonly #bare: boolean;
  readonly #sink: Sink;
  readonly #parquet: ParquetTable | null;
  #count = 0;
  #held: string | null = null;

  /** @param createdBy - the program and version a Parquet file names as its writer. */
  constructor(settings: Settings, sink: Sink, createdBy: string) {
    this.#format = settings.format;
    this.#bare = settings.oneArticle;
    this.#sink = sink;
    this.#parquet =
      settings.format === "parquet"
        ? new ParquetTable((bytes) => sink.write(bytes), createdBy)
        : null;
  }

  async write(file: string, record: StdoutRecord): Promise<void> {
    const count = this.#count++;
    if ("row" in record) {
      if (this.#parquet !== null) return this.#parquet.add(record.row);
      const format = this.#format as Delimited;
      if (count === 0) await this.#sink.write(delimitedHeader(format));
      return this.#sink.write(delimitedRow(format, record.row));
    }
    if (this.#format === "ndjson") return this.#sink.write(`${record.text}\n`);
    if (this.#format === "text") {
      return this.#sink.write(count === 0 ? record.text : `${ARTICLE_SEPARATOR}${record.text}`);
    }
    if (this.#bare) {
      this.#held = record.text;
      return;
    }
    await this.#sink.write(
      `${count === 0 ? "[\n" : ",\n"}${jsonRecord(file, record.index, record.text)}`,
    );
  }

  /** Drops the Article held for bare `json` output: its input held several. */
  discard(): void {
    this.#held = null;
  }

  async end(): Promise<void> {
    if (this.#parquet !== null) await this.#parquet.end();
    else if (this.#format === "csv" || this.#format === "tsv") {
      // No article at all is still a table: its header row.
      if (this.#count === 0) await this.#sink.write(delimitedHeader(this.#format));
    } else if (this.#format === "text") {
      if (this.#count > 0) await this.#sink.write("\n");
    } else if (this.#format === "json") {
      if (this.#bare) {
        if (this.#held !== null) await this.#sink.write(`${this.#held}\n`);
      } else await this.#sink.write(this.#count === 0 ? "[]\n" : "\n]\n");
    }
  }
}

/** `{file, index, article}` as an element of a pretty-printed array. */
function jsonRecord(file: string, index: number, article: string): string {
  return `  {\n    "file": ${JSON.stringify(file)},\n    "index": ${index},\n    "article": ${article.replaceAll("\n", "\n    ")}\n  }`;
}

/**
 * Stdout, or the file `--out` names for a table, with back-pressure: waits for
 * `drain` instead of buffering without end.
 */
export class Sink {
  readonly #stream: Writable;

  constructor(stream: Writable) {
    this.#stream = stream;
    // A closed pipe (`| head`) ends the output quietly.
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    if (!this.#stream.write(chunk)) await once(this.#stream, "drain");
  }

  /** Ends a file's stream and waits until its bytes are written. */
  async close(): Promise<void> {
    if (this.#stream === process.stdout) return;
    this.#stream.end();
    await once(this.#stream, "finish");
  }
}

/** Stderr that never throws: once its reader has gone (`2>&1 | head`), messages are dropped. */
export class Messages {
  #closed = false;

  constructor() {
    process.stderr.on("error", () => {
      this.#closed = true;
    });
  }

  write(text: string): void {
    if (this.#closed) return;
    try {
      process.stderr.write(text);
    } catch {
      this.#closed = true;
    }
  }
}

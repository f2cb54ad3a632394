import { once } from "node:events";
import type { Settings } from "./work.js";

// Between two articles of text output: a rule line, which `splitArticles` splits on.
const ARTICLE_SEPARATOR = "\n\n-----\n\n";

/**
 * Writes the records of the chosen format to stdout, with what goes between and
 * around them. The shape depends on the settings only: `json` for an input that
 * must hold one article is that Article (held until the end, so a second article
 * can still refuse it); other `json` is always an array of records.
 */
export class RecordWriter {
  readonly #format: Settings["format"];
  readonly #bare: boolean;
  readonly #sink: Sink;
  #count = 0;
  #held: string | null = null;

  constructor(settings: Settings, sink: Sink) {
    this.#format = settings.format;
    this.#bare = settings.oneArticle;
    this.#sink = sink;
  }

  async write(file: string, record: { index: number; text: string }): Promise<void> {
    const count = this.#count++;
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
    if (this.#format === "text") {
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

/** Stdout with back-pressure: waits for `drain` instead of buffering without end. */
export class Sink {
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

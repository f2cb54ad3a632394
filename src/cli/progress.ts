/** A one-line progress report on a terminal: files done, articles per second, time left. */
export class Progress {
  readonly #total: number;
  readonly #write: (text: string) => void;
  readonly #width: number;
  readonly #now: () => number;
  readonly #started: number;
  #done = 0;
  #articles = 0;
  /** When the first input was done, and how many were done by then. */
  #firstAt = 0;
  #firstDone = 0;
  #shownAt = 0;
  #shown = false;

  /**
   * @param total - the number of inputs.
   * @param write - writes to the terminal (stderr).
   * @param width - the terminal's width in columns.
   * @param now - the clock, in milliseconds.
   */
  constructor(
    total: number,
    write: (text: string) => void,
    width: number,
    now: () => number = Date.now,
  ) {
    this.#total = total;
    this.#write = write;
    this.#width = Math.max(40, width);
    this.#now = now;
    this.#started = now();
  }

  /** One more input done, holding `articles` articles. Redraws at most ten times a second. */
  tick(articles: number): void {
    const now = this.#now();
    if (this.#done === 0) this.#firstAt = now;
    this.#done++;
    // Inputs done in the same instant as the first come from the same batch:
    // the rate counts from the first batch on.
    if (now === this.#firstAt) this.#firstDone = this.#done;
    this.#articles += articles;
    if (now - this.#shownAt < 100 && this.#done < this.#total) return;
    this.#shownAt = now;
    const seconds = (now - this.#started) / 1000;
    const rate = seconds > 0 ? this.#articles / seconds : 0;
    const text = ` ${this.#done}/${this.#total} files  ${Math.round(rate)} articles/s  ETA ${this.#left(now)}`;
    const barWidth = Math.max(10, Math.min(40, this.#width - text.length - 3));
    const filled = Math.round((barWidth * this.#done) / this.#total);
    this.#write(`\r[${"#".repeat(filled)}${".".repeat(barWidth - filled)}]${text}\x1b[K`);
    this.#shown = true;
  }

  /**
   * The time left, from the pace since the first input was done: the time
   * before it is start-up (reading the operands, starting worker threads) and
   * says nothing of the pace, so an estimate from it would start far too long.
   * Until there is a pace to go by (half a second of it), `--`.
   */
  #left(now: number): string {
    if (this.#done >= this.#total) return duration(0);
    const elapsed = now - this.#firstAt;
    const done = this.#done - this.#firstDone;
    if (elapsed < 500 || done <= 0) return "--";
    return duration(((this.#total - this.#done) * elapsed) / done / 1000);
  }

  /** Clears the line, so that a message can be written; the next tick redraws. */
  clear(): void {
    if (this.#shown) this.#write("\r\x1b[K");
    this.#shown = false;
    this.#shownAt = 0;
  }
}

/** A duration as a person reads it: `42s`, `3m05s`, `1h02m`. */
export function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

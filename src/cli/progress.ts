/** A one-line progress report on a terminal: files done, articles per second, time left. */
export class Progress {
  readonly #total: number;
  readonly #write: (text: string) => void;
  readonly #width: number;
  readonly #started = Date.now();
  #done = 0;
  #articles = 0;
  #shownAt = 0;
  #shown = false;

  /**
   * @param total - the number of inputs.
   * @param write - writes to the terminal (stderr).
   * @param width - the terminal's width in columns.
   */
  constructor(total: number, write: (text: string) => void, width: number) {
    this.#total = total;
    this.#write = write;
    this.#width = Math.max(40, width);
  }

  /** One more input done, holding `articles` articles. Redraws at most ten times a second. */
  tick(articles: number): void {
    this.#done++;
    this.#articles += articles;
    const now = Date.now();
    if (now - this.#shownAt < 100 && this.#done < this.#total) return;
    this.#shownAt = now;
    const seconds = (now - this.#started) / 1000;
    const rate = seconds > 0 ? this.#articles / seconds : 0;
    const left = this.#done > 0 ? ((this.#total - this.#done) * seconds) / this.#done : 0;
    const text = ` ${this.#done}/${this.#total} files  ${Math.round(rate)} articles/s  ETA ${duration(left)}`;
    const barWidth = Math.max(10, Math.min(40, this.#width - text.length - 3));
    const filled = Math.round((barWidth * this.#done) / this.#total);
    this.#write(`\r[${"#".repeat(filled)}${".".repeat(barWidth - filled)}]${text}\x1b[K`);
    this.#shown = true;
  }

  /** Clears the line, so that a message can be written; the next tick redraws. */
  clear(): void {
    if (this.#shown) this.#write("\r\x1b[K");
    this.#shown = false;
    this.#shownAt = 0;
  }
}

function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

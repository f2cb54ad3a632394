import type { Input } from "./inputs.js";
import { Pool } from "./pool.js";
import type { Outcome, Settings } from "./work.js";

/**
 * Outcomes of the file inputs, parsed ahead on worker threads in batches, at
 * most a window of inputs ahead of the one being written, so memory stays
 * bounded when output is slow.
 */
export class Results {
  readonly #inputs: readonly Input[];
  readonly #pool: Pool;
  readonly #batch: number;
  readonly #window: number;
  readonly #promises: (Promise<Outcome> | undefined)[] = [];
  #dispatched = 0;

  /** @param script - the script worker threads run: the command itself. */
  constructor(inputs: readonly Input[], jobs: number, settings: Settings, script: URL) {
    this.#inputs = inputs;
    this.#pool = new Pool(jobs, script, settings);
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

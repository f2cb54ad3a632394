import { Worker } from "node:worker_threads";
import type { Outcome, Settings } from "./work.js";

/** What the main thread sends a worker: files to parse. */
export interface Job {
  id: number;
  files: { path: string; name: string }[];
}

/** What a worker sends back: one outcome per file, in order. */
export interface Done {
  id: number;
  outcomes: Outcome[];
}

interface Queued {
  job: Job;
  done: (outcomes: Outcome[]) => void;
  fail: (error: Error) => void;
}

/** Marks the worker threads this script starts, so it knows what to run as. */
export const WORKER_ROLE = "syndicated-article/parse-worker";

/**
 * Worker threads that each run this same script as a parser. Jobs go to the
 * first free worker; results come back as promises, so the caller decides the
 * order output is written in.
 */
export class Pool {
  readonly #idle: Worker[] = [];
  readonly #all: Worker[] = [];
  readonly #queue: Queued[] = [];
  readonly #pending = new Map<number, Omit<Queued, "job">>();
  #next = 0;

  /**
   * @param size - the number of threads.
   * @param script - this script's URL.
   * @param settings - what every job is parsed with.
   */
  constructor(size: number, script: URL, settings: Settings) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: { role: WORKER_ROLE, settings } });
      worker.on("message", (message: Done) => {
        const pending = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        pending?.done(message.outcomes);
        this.#idle.push(worker);
        this.#pump();
      });
      worker.on("error", (error) => {
        for (const pending of this.#pending.values()) pending.fail(error);
        this.#pending.clear();
      });
      this.#all.push(worker);
      this.#idle.push(worker);
    }
  }

  /** Parses `files` on the next free thread. */
  run(files: Job["files"]): Promise<Outcome[]> {
    return new Promise((done, fail) => {
      this.#queue.push({ job: { id: this.#next++, files }, done, fail });
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop() as Worker;
      const { job, done, fail } = this.#queue.shift() as Queued;
      this.#pending.set(job.id, { done, fail });
      worker.postMessage(job);
    }
  }

  /** Stops every thread. */
  async close(): Promise<void> {
    await Promise.all(this.#all.map((worker) => worker.terminate()));
  }
}

// What the producer and the workers share: the Redis connection, the queue and the keys.
import { Redis } from "ioredis";

/** The Redis every process points at: `REDIS_URL`, e.g. redis://10.0.0.5:6379. */
export function redisUrl() {
  return process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
}

/** The queue's name (`QUEUE`): one run of the corpus. */
export function queueName() {
  return process.env.QUEUE ?? "syndicated-article";
}

/** A connection for BullMQ: workers need `maxRetriesPerRequest: null`. */
export function connect() {
  return new Redis(redisUrl(), { maxRetriesPerRequest: null });
}

/** Keys of the run's output, beside BullMQ's own keys. */
export function keys(queue = queueName()) {
  const base = `syndicated-article:${queue}`;
  return {
    /** Hash: `file\nindex` → the article's NDJSON line. */
    records: `${base}:records`,
    /** Hash: `file\nindex` → JSON of the article's issue codes. */
    issues: `${base}:issues`,
    /** Set of job ids whose results are written. */
    done: `${base}:done`,
    /** Hash: job id → JSON `{ started, stalled }`: BullMQ's counts for the run that wrote it. */
    runs: `${base}:runs`,
  };
}

/** The hash field of an article: its file and its index in the file. */
export function field(file, index) {
  return `${file}\n${index}`;
}

/** The file and index of a hash field. */
export function splitField(f) {
  const cut = f.lastIndexOf("\n");
  return { file: f.slice(0, cut), index: Number(f.slice(cut + 1)) };
}

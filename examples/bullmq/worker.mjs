// A worker process: takes jobs from the queue, parses their files and writes one
// record per article. Start as many as there are cores, on as many machines as
// can reach the Redis server:
//
//   REDIS_URL=redis://10.0.0.5:6379 node worker.mjs
//
// Settings (environment): QUEUE, CONCURRENCY (jobs at once; parsing is CPU-bound,
// so 1 per process), LOCK_DURATION and STALLED_INTERVAL (ms: how soon the jobs
// of a worker that died go back to the queue; BullMQ's defaults are 30 s).
import { hostname } from "node:os";
import { Worker } from "bullmq";
import { parseFile } from "./parse.mjs";
import { connect, field, keys, queueName } from "./queue.mjs";

const number = (name, fallback) => {
  const value = process.env[name];
  return value === undefined ? fallback : Number(value);
};

// For the fault test only: hold each job this long after writing its records,
// before it is reported complete, so that a kill is sure to land mid-job, at the
// moment where the records exist but the queue does not know the job is done.
const hold = number("FAULT_TEST_HOLD_MS", 0);

const redis = connect();
const key = keys();

let busy = 0; // ms spent in jobs, for `stopped`

async function processJob(job) {
  const began = performance.now();
  try {
    return await runJob(job);
  } finally {
    busy += performance.now() - began;
  }
}

async function runJob(job) {
  const write = redis.multi();
  let articles = 0;
  for (const file of job.data.files) {
    const { records, issues } = parseFile({
      name: file.name,
      kind: file.kind,
      bytes: Buffer.from(file.base64, "base64"),
    });
    for (const { index, line } of records) write.hset(key.records, field(file.name, index), line);
    for (const { index, codes, failed } of issues) {
      write.hset(key.issues, field(file.name, index), JSON.stringify({ codes, failed }));
    }
    articles += records.length;
  }
  // Records are keyed by file and index, so a job run twice (its first worker
  // died, or stalled) writes the same fields again: the output holds each
  // article once however often the queue delivers the job.
  write.sadd(key.done, job.id);
  // How often the queue has handed this job to a worker, counted by BullMQ as it
  // moves the job to active (so a start the killed worker never got to counts too).
  write.hset(
    key.runs,
    job.id,
    JSON.stringify({ started: job.attemptsStarted, stalled: job.stalledCounter }),
  );
  await write.exec();
  if (hold > 0) await new Promise((resolve) => setTimeout(resolve, hold));
  return { articles };
}

const worker = new Worker(queueName(), processJob, {
  connection: redis,
  name: `${hostname()}:${process.pid}`,
  concurrency: number("CONCURRENCY", 1),
  lockDuration: number("LOCK_DURATION", 30_000),
  stalledInterval: number("STALLED_INTERVAL", 30_000),
  maxStalledCount: number("MAX_STALLED_COUNT", 1),
  removeOnComplete: { count: 0 },
});

// One line per event on stdout, for whoever watches the worker.
worker.on("active", (job) => console.log(`active ${job.id}`));
worker.on("completed", (job) => console.log(`completed ${job.id} ${job.returnvalue.articles}`));
worker.on("failed", (job, error) => console.log(`failed ${job?.id}: ${error.message}`));
worker.on("error", (error) => console.error(`worker error: ${error.message}`));

async function stop() {
  await worker.close();
  await redis.quit();
  const { user, system } = process.cpuUsage();
  console.log(
    `stopped cpu ${((user + system) / 1e6).toFixed(3)} s busy ${(busy / 1e3).toFixed(3)} s`,
  );
  process.exit(0);
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);

await worker.waitUntilReady();
console.log(`ready ${process.pid}`);

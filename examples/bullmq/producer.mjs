// The producer: enqueues a corpus, waits for the workers, and writes the records
// in input order (the order the command would write them) as NDJSON.
//
//   REDIS_URL=redis://10.0.0.5:6379 node producer.mjs [options] [--files] DIR... [--feeds DIR...]
//
// Operands after --files (the default) hold one article a file; operands after
// --feeds hold several articles a file. Options:
//   --batch N      files per job (default 32; fewer when they pass 4 MB)
//   --out FILE     write the records there instead of stdout
//   --timeout S    give up after S seconds without the run finishing (default 600)
//   --stats        print counts and timings on stderr
//   --enqueue-first  hold the queue paused until every job is in, so the work is
//                  timed apart from reading the corpus
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Queue } from "bullmq";
import { listFiles } from "./corpus.mjs";
import { connect, keys, queueName, splitField } from "./queue.mjs";

const { values, tokens } = parseArgs({
  allowPositionals: true,
  tokens: true,
  options: {
    files: { type: "boolean" },
    feeds: { type: "boolean" },
    batch: { type: "string", default: "32" },
    out: { type: "string" },
    timeout: { type: "string", default: "600" },
    stats: { type: "boolean" },
    "enqueue-first": { type: "boolean" },
  },
});

// Operands in order, each with the kind the last --files/--feeds gave it.
const operands = [];
let kind = "file";
for (const token of tokens) {
  if (token.kind === "option" && token.name === "files") kind = "file";
  else if (token.kind === "option" && token.name === "feeds") kind = "feed";
  else if (token.kind === "positional") operands.push({ path: token.value, kind });
}
if (operands.length === 0) {
  console.error(
    "usage: node producer.mjs [--batch N] [--out FILE] [--files] DIR... [--feeds DIR...]",
  );
  process.exit(2);
}
const batchSize = Number(values.batch);
const deadline = Date.now() + Number(values.timeout) * 1000;

const started = performance.now();
const redis = connect();
const key = keys();
const queue = new Queue(queueName(), {
  connection: redis,
  defaultJobOptions: {
    // A job that throws (Redis unreachable mid-write, say) is tried again; a job
    // whose worker died is put back by the stalled-job check, not by attempts.
    attempts: 3,
    backoff: { type: "fixed", delay: 200 },
    removeOnComplete: true,
    removeOnFail: false,
  },
});

// A fresh run: nothing left from an earlier one under this queue's name.
await queue.obliterate({ force: true });
await redis.del(key.records, key.issues, key.done, key.runs);

// Jobs: batches of files, closed at --batch files or 4 MB, so a big feed is a job alone.
// They go to Redis as they are made, 64 at a time, so the producer never holds the corpus.
const MAX_JOB_BYTES = 4 * 1024 * 1024;
const order = new Map(); // file name → its place in the output
let jobCount = 0;
let bytes = 0;
let pending = [];
let batch = [];
let batchBytes = 0;
const send = async () => {
  if (pending.length > 0) await queue.addBulk(pending);
  pending = [];
};
const endJob = async () => {
  if (batch.length > 0) {
    pending.push({ name: "parse", data: { files: batch } });
    jobCount++;
  }
  batch = [];
  batchBytes = 0;
  if (pending.length >= 64) await send();
};
if (values["enqueue-first"]) await queue.pause();
for (const operand of operands) {
  for (const name of listFiles(operand.path)) {
    const data = readFileSync(name);
    bytes += data.length;
    order.set(name, order.size);
    if (batch.length > 0 && batchBytes + data.length > MAX_JOB_BYTES) await endJob();
    batch.push({ name, kind: operand.kind, base64: data.toString("base64") });
    batchBytes += data.length;
    if (batch.length >= batchSize) await endJob();
  }
}
await endJob();
await send();
if (values["enqueue-first"]) await queue.resume();
const enqueued = performance.now();

// Wait until every job's results are written and the queue holds no job (a job
// whose worker died after writing stays active until the stalled-job check takes
// it back and another worker finishes it), or a job failed for good.
let failed = 0;
for (;;) {
  const done = await redis.scard(key.done);
  const counts = await queue.getJobCounts("active", "waiting", "delayed", "prioritized", "failed");
  failed = counts.failed;
  const left = counts.active + counts.waiting + counts.delayed + counts.prioritized;
  if ((done >= jobCount && left === 0) || failed > 0) break;
  if (Date.now() > deadline) {
    console.error(`timed out: ${done} of ${jobCount} jobs done`);
    await close();
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
}
const finished = performance.now();
const cpu = process.cpuUsage();
if (failed > 0) {
  for (const job of await queue.getFailed())
    console.error(`job ${job.id} failed: ${job.failedReason}`);
  await close();
  process.exit(1);
}

// The output: every record, ordered by file (input order) and index.
const records = Object.entries(await redis.hgetall(key.records)).map(([f, line]) => {
  const { file, index } = splitField(f);
  return { place: order.get(file), index, line };
});
records.sort((a, b) => a.place - b.place || a.index - b.index);
const text = records.map((r) => `${r.line}\n`).join("");
if (values.out) writeFileSync(values.out, text);
else process.stdout.write(text);

// Problems on stderr, in the same order: `file#index: code`.
const issues = Object.entries(await redis.hgetall(key.issues)).map(([f, v]) => {
  const { file, index } = splitField(f);
  return { file, place: order.get(file), index, ...JSON.parse(v) };
});
issues.sort((a, b) => a.place - b.place || a.index - b.index);
for (const { file, index, codes } of issues) {
  for (const code of codes) console.error(`${file}#${index}: ${code}`);
}
const failedArticles = issues.filter((i) => i.failed).length;
const runs = Object.values(await redis.hgetall(key.runs)).map((v) => JSON.parse(v).started);
if (values.stats) {
  const s = (ms) => (ms / 1000).toFixed(2);
  const total = (finished - started) / 1000;
  console.error(
    JSON.stringify({
      files: order.size,
      jobs: jobCount,
      articles: records.length,
      failedArticles,
      rerunJobs: runs.filter((n) => n > 1).length,
      megabytes: Number((bytes / 1e6).toFixed(2)),
      enqueueSeconds: Number(s(enqueued - started)),
      workSeconds: Number(s(finished - enqueued)),
      totalSeconds: Number(total.toFixed(2)),
      articlesPerSecond: Math.round(records.length / total),
      megabytesPerSecond: Number((bytes / 1e6 / total).toFixed(1)),
      producerCpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
    }),
  );
}
await close();
process.exit(failedArticles > 0 ? 1 : 0);

async function close() {
  await queue.close();
  await redis.quit();
}

// Throughput of the example on this machine: a Redis server on loopback, 1 and
// then 2 worker processes, the producer timing each run, and the command on the
// same input for comparison.
//
//   node ../../scripts/make-corpus.mjs /tmp/corpus 10000   (from the project: 10 000 files)
//   node bench.mjs /tmp/corpus/files [runs]
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { start, startRedis } from "./test/processes.mjs";

const [input, runsArg = "2", batch = "32"] = process.argv.slice(2);
if (!input) {
  console.error("usage: node bench.mjs DIR [runs] [batch]");
  process.exit(2);
}
const here = fileURLToPath(new URL(".", import.meta.url));
const cli = join(here, "..", "..", "dist", "cli.js");
const dir = mkdtempSync(join(tmpdir(), "bullmq-bench-"));
const redis = await startRedis();
const client = new Redis(redis.url);
const redisCpu = async () => {
  const info = await client.info("cpu");
  const get = (k) => Number(new RegExp(`${k}:([0-9.]+)`).exec(info)[1]);
  return get("used_cpu_user") + get("used_cpu_sys");
};

/** A stopped worker's CPU seconds, from its last line. */
const cpuOf = (worker) => {
  const line = worker.lines.find((l) => l.startsWith("stopped cpu "));
  return line ? Number(line.split(" ")[2]) : null;
};

const rows = [];
try {
  // What a worker costs with no work: start-up (loading BullMQ, ioredis, zod and
  // the library), connecting, and stopping.
  for (let run = 0; run < Number(runsArg); run++) {
    const env = { ...process.env, REDIS_URL: redis.url, QUEUE: "idle" };
    const idle = start(process.execPath, ["worker.mjs"], { cwd: here, env });
    await idle.waitFor((l) => l.startsWith("ready"), 20_000, "ready");
    await idle.stop(20_000);
    rows.push({ idleWorkerCpuSeconds: cpuOf(idle) });
    console.error(JSON.stringify(rows.at(-1)));
  }
  for (const [mode, count] of [
    ["overlapped", 1],
    ["overlapped", 2],
    ["enqueue-first", 1],
    ["enqueue-first", 2],
  ]) {
    for (let run = 0; run < Number(runsArg); run++) {
      const env = { ...process.env, REDIS_URL: redis.url, QUEUE: `bench-${count}-${run}` };
      const workers = Array.from({ length: count }, () =>
        start(process.execPath, ["worker.mjs"], { cwd: here, env }),
      );
      await Promise.all(
        workers.map((w) => w.waitFor((l) => l.startsWith("ready"), 20_000, "ready")),
      );
      const cpuBefore = await redisCpu();
      const out = join(dir, "out.ndjson");
      const producer = spawnSync(
        process.execPath,
        [
          "producer.mjs",
          ...(mode === "enqueue-first" ? ["--enqueue-first"] : []),
          "--stats",
          "--batch",
          batch,
          "--timeout",
          "300",
          "--out",
          out,
          "--feeds",
          input,
        ],
        { cwd: here, env, encoding: "utf8", timeout: 330_000, maxBuffer: 64 * 1024 * 1024 },
      );
      const redisSeconds = (await redisCpu()) - cpuBefore;
      await Promise.all(workers.map((w) => w.stop(20_000)));
      await client.flushall();
      const last = producer.stderr.trimEnd().split("\n").pop();
      if (producer.status === null || !last.startsWith("{")) {
        // Killed or broken: say so, and go on with the next run.
        const how = producer.signal ?? producer.error?.message ?? `status ${producer.status}`;
        rows.push({ mode, workers: count, producerFailed: how, lastLine: last });
        console.error(JSON.stringify(rows.at(-1)));
        continue;
      }
      const stats = JSON.parse(last);
      // Each worker's CPU time (its start-up included), from its last line.
      const workerCpu = workers.map((w) => cpuOf(w));
      for (const w of workers) {
        if (cpuOf(w) !== null) continue;
        const { code, signal } = await w.exited;
        console.error(`a worker left no CPU figure (${code ?? signal}): ${w.stderr()}`);
      }
      const load = loadavg()[0];
      rows.push({
        mode,
        workers: count,
        ...stats,
        workerCpuSeconds: workerCpu,
        redisCpuSeconds: Number(redisSeconds.toFixed(2)),
        load1: Number(load.toFixed(2)),
      });
      console.error(JSON.stringify(rows.at(-1)));
    }
  }
  // The command alone, under GNU time (Debian's `time` package) for its CPU time when there.
  const gnuTime = existsSync("/usr/bin/time");
  for (let run = 0; run < Number(runsArg); run++) {
    const t = performance.now();
    const args = [cli, "--jobs", "1", "--format", "ndjson", input];
    const result = gnuTime
      ? spawnSync("/usr/bin/time", ["-f", "cpu %U %S", process.execPath, ...args], {
          stdio: ["ignore", "ignore", "pipe"],
          encoding: "utf8",
          timeout: 300_000,
        })
      : spawnSync(process.execPath, args, { stdio: "ignore", timeout: 300_000 });
    const seconds = (performance.now() - t) / 1000;
    const cpu = gnuTime ? /cpu ([0-9.]+) ([0-9.]+)/.exec(result.stderr) : null;
    rows.push({
      command: "--jobs 1",
      totalSeconds: Number(seconds.toFixed(2)),
      cpuSeconds: cpu ? Number((Number(cpu[1]) + Number(cpu[2])).toFixed(2)) : null,
      load1: Number(loadavg()[0].toFixed(2)),
    });
    console.error(JSON.stringify(rows.at(-1)));
  }
} finally {
  client.disconnect();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify(rows, null, 2));

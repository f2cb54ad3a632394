// The example end to end: a Redis server, two worker processes and the producer,
// with one worker killed (SIGKILL) in the middle of the run. The queue gives the
// killed worker's job to the other, and the output must hold every article once
// and equal what the single-process command writes for the same inputs.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { keys } from "../queue.mjs";
import { makeInput } from "./make-input.mjs";
import { start, startRedis, within } from "./processes.mjs";

const example = fileURLToPath(new URL("..", import.meta.url));
const root = join(example, "..", "..");
const cli = join(root, "dist", "cli.js");
const corpus = process.env.SYNDICATED_ARTICLE_CORPUS ?? join(root, "..", "shared", "corpus");
const seed = Number(process.env.SEED ?? Date.now() % 1_000_000);
const QUEUE = "fault-test";

let redis;
let dir;
const workers = [];

before(async () => {
  assert.ok(existsSync(cli), `${cli} is missing: run \`npm run build\` in the project first.`);
  for (const d of ["bbc", "reuters"]) {
    assert.ok(
      existsSync(join(corpus, d)),
      `${join(corpus, d)} is missing: set SYNDICATED_ARTICLE_CORPUS to the shared corpus.`,
    );
  }
  dir = mkdtempSync(join(tmpdir(), "bullmq-example-"));
  redis = await startRedis();
});

after(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** `file code` for each issue, from the command's `file:line:col: code: message` lines. */
function cliIssues(stderr) {
  return stderr
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const m = /^(.*):\d+:\d+: ([a-z][a-z0-9-]*): /.exec(line);
      assert.ok(m, `unexpected stderr line from the command: ${line}`);
      return `${m[1]} ${m[2]}`;
    });
}

/** `file code` for each issue, from the producer's `file#index: code` lines. */
function producerIssues(stderr) {
  return stderr
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const m = /^(.*)#\d+: ([a-z][a-z0-9-]*)$/.exec(line);
      assert.ok(m, `unexpected stderr line from the producer: ${line}`);
      return `${m[1]} ${m[2]}`;
    });
}

test(`a worker killed mid-run loses no article and duplicates none (SEED=${seed})`, async () => {
  const { headlines, failures } = makeInput(dir, { seed });
  const files = [join(corpus, "bbc"), join(corpus, "reuters"), join(dir, "files")];
  const feeds = [join(dir, "feeds")];

  // The single-process command: the reference output.
  const reference = spawnSync(
    process.execPath,
    [cli, "--jobs", "1", "--format", "ndjson", ...files, ...feeds],
    { encoding: "utf8", timeout: 60_000, maxBuffer: 256 * 1024 * 1024 },
  );
  assert.equal(reference.error, undefined);
  assert.equal(reference.status, 1, "some inputs fail, so the command exits with 1");

  const env = {
    ...process.env,
    REDIS_URL: redis.url,
    QUEUE,
    // A dead worker's job goes back to the queue 2-3 s after its last lock renewal.
    LOCK_DURATION: "2000",
    STALLED_INTERVAL: "1000",
  };
  // The first worker holds each job for 3 s after writing its records: killed
  // in that time, it leaves a job whose records exist but which the queue never
  // saw complete, so the queue hands the job out again and the records are
  // written a second time. The second worker starts once the first has its job.
  const victim = start(process.execPath, ["worker.mjs"], {
    cwd: example,
    env: { ...env, FAULT_TEST_HOLD_MS: "3000" },
  });
  workers.push(victim);
  await victim.waitFor((l) => l.startsWith("ready"), 20_000, "first worker ready");

  const out = join(dir, "out.ndjson");
  // Small batches: many jobs, so the queue still holds work after the kill.
  const producer = start(
    process.execPath,
    [
      "producer.mjs",
      "--batch",
      "4",
      "--timeout",
      "60",
      "--stats",
      "--out",
      out,
      "--files",
      ...files,
      "--feeds",
      ...feeds,
    ],
    { cwd: example, env },
  );
  const first = await victim.waitFor((l) => l.startsWith("active "), 30_000, "first job");
  const killed = first.slice("active ".length);
  const survivor = start(process.execPath, ["worker.mjs"], { cwd: example, env });
  workers.push(survivor);
  await survivor.waitFor((l) => l.startsWith("ready"), 20_000, "second worker ready");

  // Kill the first worker in the middle of its job, once its records are written.
  const client = new Redis(redis.url);
  try {
    // Its records are written (the hold comes after) before the kill.
    await within(
      10_000,
      `job ${killed} written`,
      (async function written() {
        while (!(await client.hexists(keys(QUEUE).runs, killed))) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })(),
    );
  } finally {
    client.disconnect();
  }
  victim.child.kill("SIGKILL");
  const { signal } = await within(5000, "killed worker exits", victim.exited);
  assert.equal(signal, "SIGKILL");

  const { code } = await within(90_000, "producer finishes", producer.exited);
  assert.equal(code, 1, `the producer exits as the command does\n${producer.stderr()}`);
  const stderr = producer.stderr().trimEnd().split("\n");
  const stats = JSON.parse(stderr.pop());

  // The queue handed the killed worker's job out again (BullMQ counts a start
  // as it moves the job to active, and a stall when it takes the job back), and
  // the survivor finished it.
  const check = new Redis(redis.url);
  let runs;
  try {
    runs = await check.hgetall(keys(QUEUE).runs);
  } finally {
    check.disconnect();
  }
  assert.deepEqual(JSON.parse(runs[killed]), { started: 2, stalled: 1 }, `job ${killed}`);
  const completed = (w) => w.lines.some((l) => l.startsWith(`completed ${killed} `));
  assert.ok(completed(survivor), `the survivor finished job ${killed}`);
  assert.ok(!completed(victim));
  assert.equal(stats.rerunJobs, 1, "no other job ran twice");

  // Every article exactly once, and the same records, in the same order, as the command.
  const lines = readFileSync(out, "utf8").split("\n");
  assert.equal(lines.pop(), "");
  const records = lines.map((l) => JSON.parse(l));
  const seenKeys = new Set(records.map((r) => `${r.file}\n${r.index}`));
  assert.equal(seenKeys.size, records.length, "no article twice");
  assert.deepEqual(lines, reference.stdout.split("\n").slice(0, -1));
  assert.equal(readFileSync(out, "utf8"), reference.stdout);

  // The generated articles, checked against what was written: each headline in
  // its place, and the input that cannot parse reported, not recorded.
  const byKey = new Map(records.map((r) => [`${r.file}\n${r.index}`, r.article]));
  for (const [key, headline] of headlines) {
    assert.equal(byKey.get(key)?.headline, headline, `headline of ${key.replace("\n", " #")}`);
  }
  const generated = records.filter((r) => r.file.startsWith(dir));
  assert.equal(generated.length, headlines.size);
  for (const [file, issueCode] of failures) {
    assert.ok(!records.some((r) => r.file === file), `${file} has no record`);
    assert.ok(stderr.includes(`${file}#0: ${issueCode}`), `${file}: ${issueCode}`);
  }

  // The same problems as the command reports, file by file.
  assert.deepEqual(producerIssues(stderr.join("\n")).sort(), cliIssues(reference.stderr).sort());

  console.log(
    `killed the worker holding job ${killed}; it ran again on the other worker; ` +
      `${stats.articles} articles in ${stats.jobs} jobs, ${stats.totalSeconds} s`,
  );
});

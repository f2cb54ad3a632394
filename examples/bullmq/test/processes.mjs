// Child processes for the tests: a Redis server on a free loopback port, and
// node scripts whose stdout lines can be awaited. Every wait has a deadline.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const started = new Set();
// Whatever happens (a failed assertion, a timeout), no child outlives the test.
process.on("exit", () => {
  for (const child of started) child.kill("SIGKILL");
});

/** Resolves with `promise`, or rejects after `ms` saying what was awaited. */
export function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A process whose stdout is read line by line; `waitFor` awaits a matching line. */
export function start(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
  started.add(child);
  const lines = [];
  const waiters = [];
  let stderr = "";
  let rest = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk) => {
    const parts = (rest + chunk).split("\n");
    rest = parts.pop();
    for (const line of parts) {
      lines.push(line);
      for (const w of [...waiters]) {
        if (w.test(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  });
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) => {
    // "close", not "exit": by then its stdout has been read to the end.
    child.on("close", (code, signal) => {
      started.delete(child);
      resolve({ code, signal });
    });
    // Not started at all (ENOENT: the command is not installed).
    child.on("error", (error) => {
      started.delete(child);
      stderr += `${error.message}\n`;
      resolve({ code: null, signal: error.code });
    });
  });
  return {
    child,
    lines,
    exited,
    stderr: () => stderr,
    /** The first line (seen before or after the call) that `test` accepts. */
    waitFor(test, ms, what) {
      const seen = lines.find(test);
      if (seen !== undefined) return Promise.resolve(seen);
      return within(
        ms,
        what,
        Promise.race([
          new Promise((resolve) => waiters.push({ test, resolve })),
          exited.then(({ code, signal }) => {
            throw new Error(`${what}: exited (${code ?? signal}) first\n${stderr}`);
          }),
        ]),
      );
    },
    /** SIGTERM, then SIGKILL if it has not exited within `ms`. */
    async stop(ms = 5000) {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      try {
        await within(ms, "exit after SIGTERM", exited);
      } catch {
        child.kill("SIGKILL");
        await within(ms, "exit after SIGKILL", exited);
      }
    },
  };
}

/**
 * Starts Debian's redis-server on 127.0.0.1 and a free port, with nothing saved
 * to disk. Returns its URL and `stop()`.
 */
export async function startRedis() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "redis-"));
  const server = start("redis-server", [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--save",
    "",
    "--appendonly",
    "no",
    "--dir",
    dir,
  ]);
  await server.waitFor(
    (l) => l.includes("Ready to accept connections"),
    10_000,
    "redis-server ready (Debian's redis-server package: apt-get install redis-server)",
  );
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Runs the built command-line tool (tests/support/build.ts builds it) as a real
// process, from the package root, so file names in messages are as typed.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const CLI = `${root}dist/cli.js`;

export interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

export interface RunOptions {
  /** Standard input: text (as UTF-8) or bytes. */
  input?: string | Uint8Array;
  cwd?: string;
  /** Run as this user and group id (to test permissions when the tests run as root). */
  uid?: number;
  /** The node binary and the tool's script to run, when not this project's (a copy another user can read). */
  node?: string;
  script?: string;
  timeout?: number;
}

export function cli(args: string[], options: RunOptions = {}): Run {
  const result = spawnSync(options.node ?? process.execPath, [options.script ?? CLI, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? "",
    encoding: "utf8",
    timeout: options.timeout ?? 20_000,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** A bash command line, where `"$NODE" "$CLI_JS"` runs the tool. */
export function bash(script: string, options: RunOptions = {}): Run {
  const result = spawnSync("bash", ["-c", script], {
    cwd: options.cwd ?? root,
    input: options.input ?? "",
    encoding: "utf8",
    timeout: options.timeout ?? 20_000,
    env: { ...process.env, NODE: process.execPath, CLI_JS: CLI },
  });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** NDJSON output as records. */
// biome-ignore lint/suspicious/noExplicitAny: records are read field by field in tests
export function records(stdout: string): { file: string; index: number; article: any }[] {
  return stdout
    .trimEnd()
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line));
}

// `npm test`: the build, then the Node suite (with its coverage gate) and the
// browser suite, stopping at the first that fails. A passing run says little:
// a silent build, dots and totals from each suite (when not on a terminal) and
// the coverage gate's summary. Colours only on a terminal: NO_COLOR is set for
// the steps when standard output is not one, unless NO_COLOR or FORCE_COLOR
// is set already.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const env = { ...process.env };
if (!process.stdout.isTTY && env.NO_COLOR === undefined && env.FORCE_COLOR === undefined) {
  env.NO_COLOR = "1";
}

const steps = [
  [process.execPath, "node_modules/tsup/dist/cli-default.js", "--silent"],
  [process.execPath, "scripts/build-schema.mjs", "--silent"],
  ["npm", "run", "--silent", "test:node"],
  ["npm", "run", "--silent", "test:browser"],
];
for (const [command, ...args] of steps) {
  const { status, signal, error } = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (error) throw error;
  if (status !== 0) process.exit(status ?? (signal ? 1 : 0));
}

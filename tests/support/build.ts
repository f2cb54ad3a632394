// Vitest global setup: the command-line tests run the built tool, so build it first.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  execFileSync(process.execPath, ["node_modules/tsup/dist/cli-default.js", "--silent"], {
    cwd: root,
    stdio: "inherit",
  });
}

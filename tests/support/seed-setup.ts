// Vitest global setup: picks the one seed of this run for every property test
// and generated input, in Node and in the browser. A new seed each run, unless
// the environment variable SEED sets it: `SEED=12345 npm run test:node`.
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    seed: number;
  }
}

/** The seed SEED names, or a new one; `null` when SEED is set but no integer. */
export function runSeed(value: string | undefined): number | null {
  if (value === undefined || value.trim() === "") return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(value);
  return Number.isSafeInteger(seed) ? seed : null;
}

export default function setup(project: TestProject): void {
  const seed = runSeed(process.env.SEED);
  if (seed === null) {
    process.stderr.write(`SEED must be an integer, got ${JSON.stringify(process.env.SEED)}\n`);
    process.exit(1);
  }
  process.stdout.write(`Random seed of this run: ${seed} (SEED=${seed} repeats it)\n`);
  project.provide("seed", seed);
}

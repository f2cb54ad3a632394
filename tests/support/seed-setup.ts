// Vitest global setup: picks the one seed of this run for every property test
// and generated input, in Node and in the browser. A new seed each run, unless
// the environment variable SEED sets it: `SEED=12345 npm run test:node`.
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    seed: number;
  }
}

/**
 * The seed SEED names, or a new one; `null` when SEED is set but no integer.
 * A new seed is drawn from the system's entropy: every generated value then
 * comes from that seed, through fast-check or scripts/prng.mjs.
 */
export function runSeed(value: string | undefined): number | null {
  if (value === undefined || value.trim() === "") {
    return (crypto.getRandomValues(new Uint32Array(1))[0] as number) >>> 1;
  }
  const seed = Number(value);
  return Number.isSafeInteger(seed) ? seed : null;
}

// Vitest may run a global setup once per project (the browser config has two);
// the run keeps one seed, kept on the global object.
const KEY = Symbol.for("syndicated-article.test-seed");
type WithSeed = typeof globalThis & { [KEY]?: number };

export default function setup(project: TestProject): void {
  const global = globalThis as WithSeed;
  if (global[KEY] === undefined) {
    const seed = runSeed(process.env.SEED);
    if (seed === null) {
      process.stderr.write(`SEED must be an integer, got ${JSON.stringify(process.env.SEED)}\n`);
      process.exit(1);
    }
    process.stdout.write(`Random seed of this run: ${seed} (SEED=${seed} repeats it)\n`);
    global[KEY] = seed;
  }
  project.provide("seed", global[KEY]);
}

// The one seed of a test run (chosen in seed-setup.ts, SEED sets it), for every
// fast-check property and every generated input. fast-check prints the seed with
// a counterexample; any other failing test in a file that imports this module
// prints it too, so the run can be repeated with `SEED=… npm run test:node`.
import fc from "fast-check";
import { afterEach, inject } from "vitest";
import { mulberry32 } from "../../scripts/prng.mjs";

/** This run's seed. */
export const seed: number = inject("seed");

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });

/** Sets how many runs each property of the file makes, keeping this run's seed. */
export function propertyRuns(numRuns: number): void {
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed, numRuns });
}

/**
 * A seeded generator of numbers in [0, 1): the project's one generator
 * (scripts/prng.mjs), started from this run's seed plus `offset`, so that a
 * test can draw several independent streams.
 */
export function random(offset = 0): () => number {
  return mulberry32(seed + offset);
}

/** A message for `expect(…, message)` that names the seed. */
export const withSeed = (what = ""): string => `${what}${what ? " " : ""}(SEED=${seed})`;

afterEach(({ task }) => {
  if (task.result?.state === "fail") {
    console.error(`"${task.name}" failed with the random seed ${seed}: SEED=${seed} repeats it`);
  }
});

// How the benchmark times things: mitata medians for small inputs, paired
// batches against a baseline, interleaved rounds for large inputs; and how it
// prints a figure.
import { do_not_optimize, measure } from "mitata";

export const ROUNDS = 5;
const collect = typeof globalThis.gc === "function" ? () => globalThis.gc() : () => {};

/** Calls of `fn` that take about `ms` milliseconds together; a multiple of 4 (mitata unrolls by 4). */
function batchFor(fn, ms) {
  const t0 = performance.now();
  for (let i = 0; i < 10; i++) do_not_optimize(fn());
  const each = (performance.now() - t0) / 10;
  return Math.max(4, 4 * Math.round(ms / each / 4));
}

/**
 * Median wall time of `fn()` in nanoseconds, with mitata. Calls are timed in
 * batches of about 5 ms: mitata batches only calls under 65 µs by default, so a
 * parse near that line would flip between modes from run to run.
 */
export async function median(fn) {
  const stats = await measure(
    () => {
      do_not_optimize(fn());
    },
    {
      min_samples: 15,
      min_cpu_time: 150e6,
      batch_threshold: Infinity,
      batch_samples: batchFor(fn, 5),
    },
  );
  return stats.p50;
}

/**
 * How many times as fast as `base` `ours` is, from pairs of back-to-back 5 ms
 * batches (ours, then the baseline), median of the pairs' ratios: load from
 * other processes that comes and goes hits both sides of a pair alike.
 */
export function pairedSpeed(ours, base, pairs = 60) {
  const nOurs = batchFor(ours, 5);
  const nBase = batchFor(base, 5);
  const ratios = [];
  for (let k = 0; k < pairs; k++) {
    let t0 = performance.now();
    for (let i = 0; i < nOurs; i++) do_not_optimize(ours());
    const a = (performance.now() - t0) / nOurs;
    t0 = performance.now();
    for (let i = 0; i < nBase; i++) do_not_optimize(base());
    const b = (performance.now() - t0) / nBase;
    ratios.push(b / a);
  }
  return middle(ratios);
}

/**
 * Median times in nanoseconds of large-input jobs, run interleaved: round after
 * round, each job once, after a full GC so one job's garbage is not collected
 * on another's clock. A first round warms up and is not counted; the number of
 * timed rounds (3 to 15) follows from its length, to keep each call of this
 * under about 10 s.
 */
export function interleaved(fns, budgetMs = 10_000) {
  const times = fns.map(() => []);
  const once = (record) => {
    for (const [i, fn] of fns.entries()) {
      collect();
      const t0 = performance.now();
      do_not_optimize(fn());
      if (record) times[i].push((performance.now() - t0) * 1e6);
    }
  };
  const t0 = performance.now();
  once(false);
  const rounds = Math.max(3, Math.min(15, Math.floor(budgetMs / (performance.now() - t0))));
  for (let round = 0; round < rounds; round++) once(true);
  return times.map(middle);
}

export const middle = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

export const fmt = (n, digits = 3) => {
  if (!Number.isFinite(n)) return "—";
  const a = Math.abs(n);
  if (a >= 100) return n.toFixed(0);
  return n.toPrecision(digits);
};

/** How many times as fast as `baseline` `ours` is, from their medians. */
export const speed = (baseline, ours) => baseline.medianNs / ours.medianNs;

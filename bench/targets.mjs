// The benchmark's targets, each with its measured figure, its goal and
// whether it is met: the figures come from one run on one machine.
import { MB } from "./inputs.mjs";
import { fmt } from "./measure.mjs";

/**
 * The targets from the run's figures: `feedLinearity` is the 10 MB feed's time
 * over ten 1 MB feeds', per byte. Each gets `status` `PASS` or `MISS`.
 */
export function targetsOf({ paired, memory, feedLinearity, datasets, attacks, streamMemory }) {
  const targets = [
    {
      target: "parseArticle on the seed vs toy parser",
      measured: paired.seedVsToy,
      goal: 0.5,
      higher: true,
    },
    {
      target: "parseArticle on the seed vs markdown-it",
      measured: paired.seedVsMarkdownIt,
      goal: 10,
      higher: true,
    },
    {
      target: "splitSections on the seed body vs toy parser",
      measured: paired.bodyVsToy,
      goal: 0.7,
      higher: true,
    },
    {
      target: "10 MB feed: peak heap growth / input size",
      measured: memory.peakGrowth / memory.inputBytes,
      goal: 3,
      higher: false,
      strict: true,
    },
    {
      target: "10 MB feed time / (10 × 1 MB feed time)",
      measured: feedLinearity,
      goal: 1.2,
      higher: false,
    },
  ];
  for (const d of datasets) {
    targets.push({
      target: `${d.name} (${d.files} files, ${d.articles} articles): parse vs toy parser`,
      measured: d.vsToy,
      goal: 0.4,
      higher: true,
    });
  }
  for (const a of attacks) {
    targets.push({
      target: `${a.name}: growth exponent, 0.25–4 MB${a.stopped ? " (stopped: too slow)" : ""}`,
      measured: a.exponent,
      goal: 1.15,
      higher: false,
    });
    targets.push({
      target: `${a.name}: safeParseArticle vs toy parser at ${fmt(a.sizes.at(-1) / MB)} MB`,
      measured: a.vsToy,
      goal: 0.2,
      higher: true,
    });
  }
  for (const layout of ["factiva", "nexis"]) {
    const [ten, fifty] = streamMemory.filter((m) => m.layout === layout);
    targets.push({
      target: `streaming a 50 MB ${layout} feed: peak heap growth / that of a 10 MB feed`,
      measured: fifty.peakGrowth / ten.peakGrowth,
      goal: 1.25,
      higher: false,
    });
  }
  for (const t of targets) {
    const ok = t.higher
      ? t.measured >= t.goal
      : t.strict
        ? t.measured < t.goal
        : t.measured <= t.goal;
    t.status = ok ? "PASS" : "MISS";
  }
  return targets;
}

// The benchmark's report: its tables, and the page `docs/performance.md`
// that holds them with how to read them.
import { SIZES } from "./growth.mjs";
import { MB } from "./inputs.mjs";
import { fmt, speed } from "./measure.mjs";

const ratioNames = ["toy", "marked", "markdown-it", "mdast"];

/** A Markdown table: a header row, its rule, then a row per entry of `rows`. */
function table(head, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(head), `|${head.map(() => "---").join("|")}|`, ...rows.map(line)].join("\n");
}

export function resultsTable(rows, baseFor) {
  const head = ["workload", "parser", "µs/article", "MB/s", ...ratioNames.map((n) => `× ${n}`)];
  return table(
    head,
    rows.map((r) => {
      const ratios = ratioNames.map((n) => {
        const b = baseFor[r.workload]?.[n];
        return b && b !== r ? `${fmt(speed(b, r))}×` : "";
      });
      return [r.workload, r.impl, fmt(r.usPerArticle), fmt(r.mbPerS), ...ratios];
    }),
  );
}

export function targetsTable(targets) {
  return table(
    ["target", "measured", "goal", ""],
    targets.map((t) => [
      t.target,
      fmt(t.measured),
      `${t.higher ? "≥" : t.strict ? "<" : "≤"} ${t.goal}`,
      t.status,
    ]),
  );
}

export function attacksTable(attacks) {
  const sizes = SIZES.map((n) => `${fmt(n / MB)} MB (ms)`);
  return table(
    ["input", "outcome", ...sizes, "toy at the largest (ms)", "exponent"],
    attacks.map((a) => [
      a.name,
      a.outcome,
      ...SIZES.map((_, i) => (i < a.parseMs.length ? fmt(a.parseMs[i]) : "—")),
      fmt(a.toyMs.at(-1)),
      fmt(a.exponent),
    ]),
  );
}

export function datasetsTable(datasets) {
  return table(
    ["dataset", "files", "articles", "size (kB)", "× toy (paired)"],
    datasets.map((d) => [d.name, d.files, d.articles, fmt(d.bytes / 1000), fmt(d.vsToy)]),
  );
}

export function streamTable(streamMemory) {
  const head = ["layout", "feed (MB)", "documents", "articles out", "largest document (MB)"];
  return table(
    [...head, "peak heap growth (MB)", "growth / largest"],
    streamMemory.map((m) => [
      m.layout,
      fmt(m.inputBytes / MB),
      m.documents,
      m.articles,
      fmt(m.largest / MB),
      fmt(m.peakGrowth / MB),
      fmt(m.peakGrowth / m.largest),
    ]),
  );
}

export function costTable(costs) {
  const us = (ns) => fmt(ns / 1000);
  const rest = costs.total - costs.validation - costs.body;
  const share = (ns) => `${((100 * ns) / costs.total).toFixed(0)}%`;
  return table(
    ["part of parseArticle on the seed", "µs", "share"],
    [
      ["whole parse (the faster of parseArticle and safeParseArticle)", us(costs.total), "100%"],
      [
        "lines → blocks → classified sections (`splitSections` on the body)",
        us(costs.body),
        share(costs.body),
      ],
      [
        "validation (`articleSchema.parse` of the result)",
        us(costs.validation),
        share(costs.validation),
      ],
      [
        "of which the spans (`articleSpansSchema.parse`)",
        us(costs.spansValidation),
        share(costs.spansValidation),
      ],
      [
        "the rest: headline, trailer, character checks, building the Article",
        us(rest),
        share(rest),
      ],
    ],
  );
}

/** The page `docs/performance.md`: how to read the figures, then `report`. */
export function performancePage(machine, splitNote, report) {
  return `---
title: Performance
category: Guides
---

# Performance

Written by \`npm run bench\` (and formatted by biome), which builds the package and measures \`dist/\` (what users
install) against baselines in the same process. Do not edit by hand: rerun the benchmark.

Last run: ${new Date().toISOString().slice(0, 10)} on ${machine.cpu}, ${machine.cores} cores,
Node ${machine.node} (${machine.platform}); load average ${machine.loadAverage} at the start,
${machine.loadAverageAtEnd} at the end.
Timings depend on the machine; compare ratios, which
come from one run on one machine, rather than absolute numbers across machines.

## How to read it

- **µs/article** is a median time divided by the number of articles in the workload; **MB/s**
  is input size (UTF-8 bytes) over that median. Everything runs after a warm-up. Small inputs
  (the seed, the corpus articles) are timed with mitata in batches of about 5 ms, in five
  interleaved rounds, and the table shows the median round. Feeds and adversarial inputs are
  timed one call at a time, after a full GC, in 3 to 15 interleaved rounds after an
  uncounted warm-up round; the median is shown (an adversarial input whose first call takes over
  a second: three calls each, after a full GC, their median).
- **× baseline** is how many times as fast as that baseline we are on the same input: the
  baseline's median over ours. Above 1 is faster than the baseline, below 1 slower.
- Baselines: **toy** splits on \`/\\r?\\n/\`, trims every line and classifies it by its last
  character, the least work any line-based parser must do; **marked** is \`marked.lexer\`;
  **markdown-it** is \`.parse\`; **mdast** is \`mdast-util-from-markdown\`. The markdown parsers do
  different work (inline syntax, no validation), so they show the cost of using a general
  parser, not a like-for-like race. Ours validates every Article with its zod schema and records
  a span for every part.
- Every dialect and locale is on: the default parser recognises the layout of each text.
- The seed and dataset speed **targets** use paired ratios rather than the table's medians: 5 ms of our
  parser, then 5 ms of the baseline, 30 to 60 times over, and the median of the pairs' ratios.
  Load from other processes hits both halves of a pair alike, so these move less from run to
  run than the table does. The load average when the run started is given above: above the
  core count, expect the table's absolute numbers to be noisy.
- Feeds are the seed and the corpus articles repeated, separated by a \`-----\` line; a feed's time
  covers splitting it and parsing every article. ${splitNote} The linear-time target
  compares the 10 MB feed with the 1 MB feed parsed ten times, timed in alternation (the
  \`1 MB feed\` row is a tenth of the latter).
- **Adversarial inputs** are parsed whole with \`safeParseArticle\` at 0.25, 0.5, 1, 2 and 4 MB;
  the **growth exponent** is the slope of log(time) over log(size), least squares: 1 is linear
  time, 2 quadratic. A family whose parse passes 4 s stops growing there and is fitted on the
  sizes measured. The families are the benchmark's own and those of the reliability audit.
- **Corpus datasets**: every file of each dataset of the shared corpus; the export files
  (Nexis, Factiva) are split into their documents with \`safeParseArticles\`, other files parsed
  whole with \`safeParseArticle\`; the toy parser reads the same files. Paired ratios.
- **Memory** is measured in a separate process started with \`--expose-gc\`:
  \`process.memoryUsage().heapUsed\` sampled after every article, minus the heap after GC before
  parsing (the feed itself already allocated).

${report}
`;
}

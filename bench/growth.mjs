// Adversarial families measured for growth: each is built at 0.25, 0.5, 1, 2
// and 4 MB, parsed whole with `safeParseArticle`, and the growth exponent is
// the slope of log(time) over log(size), least squares: 1 is linear, 2 quadratic.

const MB = 1_000_000;
export const SIZES = [0.25, 0.5, 1, 2, 4].map((m) => m * MB);

/** `unit` repeated until the result holds at least `size` characters. */
const fill = (unit, size) => unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
const HEAD = "Headline of the Adversarial Article\n\n";

/**
 * The families: the benchmark's own, then those of the reliability audit
 * (lone CR line ends, runs of notes, a broken mojibake run). `build(size)`
 * makes an input of about `size` characters.
 */
export const families = [
  {
    name: "one long line",
    build: (n) => HEAD + fill("lorem ipsum dolor sit amet, consectetur adipiscing elit ", n),
  },
  { name: 'a run of `"`', build: (n) => '"'.repeat(n) },
  {
    name: "blank lines",
    build: (n) => `${HEAD}${"\n".repeat(n)}The body, after the blank lines.\n`,
  },
  { name: "`Source: x` lines", build: (n) => `${HEAD}The body.\n\n${fill("Source: x\n", n)}` },
  {
    name: "title-case lines between sentences",
    build: (n) => HEAD + fill("A sentence of the body ends here.\nShort Title Case Line\n", n),
  },
  {
    name: "`A (B) - C: D (Reuters) - ` repeated",
    build: (n) => HEAD + fill("A (B) - C: D (Reuters) - ", n),
  },
  {
    name: "CJK line, no punctuation",
    build: (n) => HEAD + fill("中国新闻报道内容测试文本和平谈判进展顺利", n),
  },
  {
    name: "sections",
    build: (n) =>
      HEAD + fill("A Section Heading Here\n\nThe section's one sentence of prose.\n\n", n),
  },
  // A link value that made an earlier host:port regex quadratic; kept as a regression case.
  {
    name: "`Original: a:....` link value",
    build: (n) => `${HEAD}The body.\n\nOriginal: a:${".".repeat(n)}`,
  },
  // The reliability audit's families.
  { name: "lone CR line ends", build: (n) => `Title\r\r${fill("a.\r", n)}` },
  {
    name: "leading `(Adds quote)` notes",
    build: (n) => `${HEAD}${fill("(Adds quote)\n\n", n)}The body.\n`,
  },
  {
    name: "inline `(Reporting by X)` chain",
    build: (n) => `${HEAD}The body.${fill(" (Reporting by X)", n)}`,
  },
  {
    name: "`($1 = 0.78 euros)` lines",
    build: (n) => `${HEAD}The body.\n\n${fill("($1 = 0.78 euros)\n", n)}`,
  },
  { name: "broken mojibake run", build: (n) => HEAD + fill("â€ ", n) },
];

/** Slope of the least-squares line through (log x, log y). */
export function growthExponent(xs, ys) {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i] - mx) * (ly[i] - my);
    den += (lx[i] - mx) ** 2;
  }
  return num / den;
}

/**
 * Times one family at every size: `measure(fns)` returns median nanoseconds of
 * each job, interleaved. The parse and the toy run on the same text. Sizes stop
 * growing once a parse takes over `budgetMs` (the exponent is then fitted on the
 * sizes measured, and `stopped` says so).
 */
export function measureFamily(family, measure, parse, toy, budgetMs = 4000) {
  const sizes = [];
  const parseMs = [];
  const toyMs = [];
  let stopped = false;
  let outcome = "";
  for (const size of SIZES) {
    const text = family.build(size);
    const t0 = performance.now();
    const result = parse(text);
    const once = performance.now() - t0;
    if (sizes.length === 0) outcome = result.success ? "article" : result.error.issues[0]?.code;
    let times;
    if (once > budgetMs / 4) {
      // Too slow for the interleaved rounds: three more calls of each, each
      // after a full collection (one call alone is at the mercy of a major
      // GC of the garbage before it), their median kept.
      const parses = [];
      const toys = [];
      for (let round = 0; round < 3; round++) {
        globalThis.gc?.();
        const a = performance.now();
        parse(text);
        parses.push((performance.now() - a) * 1e6);
        globalThis.gc?.();
        const b = performance.now();
        toy(text);
        toys.push((performance.now() - b) * 1e6);
      }
      const median = (values) => values.sort((x, y) => x - y)[1];
      times = [median(parses), median(toys)];
    } else {
      times = measure([() => parse(text), () => toy(text)]);
    }
    sizes.push(text.length);
    parseMs.push(times[0] / 1e6);
    toyMs.push(times[1] / 1e6);
    if (once > budgetMs) {
      stopped = size !== SIZES[SIZES.length - 1];
      break;
    }
  }
  const last = sizes.length - 1;
  return {
    name: family.name,
    outcome,
    sizes,
    parseMs,
    toyMs,
    exponent: sizes.length > 1 ? growthExponent(sizes, parseMs) : Number.NaN,
    vsToy: toyMs[last] / parseMs[last],
    stopped,
  };
}

// The texts the benchmark parses: the seed article, real corpus articles, feeds
// made of them, and adversarial inputs built to find super-linear paths.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusRoot, requireCorpus } from "../scripts/corpus.mjs";

const here = (path) => new URL(path, import.meta.url);

export const MB = 1_000_000;
export const bytes = (text) => Buffer.byteLength(text, "utf8");

export const seed = readFileSync(here("../fixtures/seed-article.txt"), "utf8");

// Real articles from the shared corpus (../shared/corpus, or the folder
// SYNDICATED_ARTICLE_CORPUS names), chosen for their shapes.
const CORPUS_FILES = [
  ["bbc-business-001.txt", "bbc/business/001.txt"],
  ["bbc-politics-080.txt", "bbc/politics/080.txt"],
  // All-caps subheads.
  ["bbc-tech-095.txt", "bbc/tech/095.txt"],
  // Hard-wrapped old copy, an editor's note, a byline run into the dateline.
  [
    "reuters-20061213-hilton-outlook.txt",
    "reuters/20061213-hilton-outlook-idUSN1341776420061213.txt",
  ],
  [
    "reuters-20100127-us-usa-economy-feddecision-instant.txt",
    "reuters/20100127-us-usa-economy-feddecision-instant-idUSTRE60Q5NU20100127.txt",
  ],
];

/** The corpus articles the benchmark parses, by name. */
export const fixtures = (() => {
  try {
    requireCorpus("bbc", "reuters");
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  return CORPUS_FILES.map(([name, path]) => ({
    name,
    text: readFileSync(join(corpusRoot(), path), "utf8"),
  }));
})();

/** The line that separates articles in a feed. */
export const SEPARATOR = "-----";

/**
 * A feed of at least `size` bytes: the seed and the fixtures, repeated in turn,
 * separated by a `-----` line.
 */
export function buildFeed(size) {
  const articles = [seed, ...fixtures.map((f) => f.text)];
  const pieces = [];
  let total = 0;
  for (let i = 0; total < size; i++) {
    const article = articles[i % articles.length];
    pieces.push(article);
    total += bytes(article) + SEPARATOR.length + 2;
  }
  return pieces.join(`\n${SEPARATOR}\n`);
}

/** Splits a feed on its separator lines; used until the library exports `splitArticles`. */
export function splitOnSeparator(feed) {
  return feed.split(/\r?\n-----\r?\n/);
}

/** `unit` repeated until the result holds at least `size` bytes. */
function fill(unit, size) {
  return unit.repeat(Math.ceil(size / bytes(unit)));
}

const HEAD = "Headline of the Adversarial Article\n\n";

/**
 * Adversarial inputs. `build(scale)` makes the input at size N (scale 1) or
 * 2N (scale 2); each is parsed whole, as one article.
 */
export const adversarial = [
  {
    name: "one 5 MB line",
    build: (k) =>
      HEAD + fill("lorem ipsum dolor sit amet, consectetur adipiscing elit ", k * 5 * MB),
  },
  {
    name: '5 MB of `"`',
    build: (k) => '"'.repeat(k * 5 * MB),
  },
  {
    name: "1M blank lines",
    build: (k) => `${HEAD}${"\n".repeat(k * 1_000_000)}The body, after the blank lines.\n`,
  },
  {
    name: "200k `Source: x` lines",
    build: (k) => `${HEAD}The body.\n\n${"Source: x\n".repeat(k * 200_000)}`,
  },
  {
    name: "200k title-case lines between sentences",
    build: (k) =>
      HEAD + "A sentence of the body ends here.\nShort Title Case Line\n".repeat(k * 200_000),
  },
  {
    name: "5 MB of `A (B) - C: D (Reuters) - `",
    build: (k) => HEAD + fill("A (B) - C: D (Reuters) - ", k * 5 * MB),
  },
  {
    name: "5 MB CJK line, no punctuation",
    build: (k) => HEAD + fill("中国新闻报道内容测试文本和平谈判进展顺利", k * 5 * MB),
  },
  {
    name: "100k sections",
    build: (k) =>
      HEAD +
      "A Section Heading Here\n\nThe section's one sentence of prose.\n\n".repeat(k * 100_000),
  },
  {
    // Beyond the list: a link value that made an earlier host:port
    // regex in url.ts quadratic (80 kB took seconds); kept as a regression case.
    name: "20 kB `Original: a:....` link value",
    build: (k) => `${HEAD}The body.\n\nOriginal: a:${".".repeat(k * 20_000)}`,
  },
  // The families a fuzz audit found super-linear or slow, at 2 MB.
  {
    name: "2 MB of lone-CR lines `a.\\r`",
    build: (k) => `Title\r\r${fill("a.\r", k * 2 * MB)}`,
  },
  {
    name: "2 MB of leading `(Adds quote)` blocks",
    build: (k) => `${HEAD}${fill("(Adds quote)\n\n", k * 2 * MB)}The body.`,
  },
  {
    name: "2 MB chain of run-in ` (Reporting by X)` credits",
    build: (k) => `${HEAD}The body.${fill(" (Reporting by X)", k * 2 * MB)}`,
  },
  {
    name: "2 MB of `($1 = 0.78 euros)` lines",
    build: (k) => `${HEAD}The body.\n\n${fill("($1 = 0.78 euros)\n", k * 2 * MB)}`,
  },
  {
    name: "2 MB broken mojibake run `â€ `",
    build: (k) => HEAD + fill("â€ ", k * 2 * MB),
  },
];

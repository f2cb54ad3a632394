// The texts the benchmark parses: the seed article, real corpus articles, feeds
// made of them. The adversarial inputs are in growth.mjs.
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

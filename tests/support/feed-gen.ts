import { readFileSync } from "node:fs";
// The project's one seeded generator, shared with the scripts: the same seed gives the same feed.
import { mulberry32 } from "../../scripts/prng.mjs";

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8");

/** Articles to build feeds from: the seed, and texts with labels, multi-byte characters and wire headers. */
export const ARTICLES: readonly string[] = [
  fixture("seed-article.txt"),
  fixture("cli/one.txt").trim(),
  [
    "“Café Talks” Resume in Zürich — 北京 Watches 😀",
    "",
    "Delegates met on Monday; the mood was “constructive” 🤝 and the food excellent.",
    "",
    "Ce qu’il faut retenir",
    "",
    "Les négociations continuent à Genève. 会谈将继续。 Ещё один раунд — в пятницу.",
    "",
    "Source： Agence France-Presse",
    "Original: https://www.example.com/article/é/1/",
    "Statement: This article represents the views of the author.",
  ].join("\n"),
  [
    "-- UPDATE 2-Carmaker Sales Fall in October",
    "-- By  Poornima Gupta",
    "-- Mon Oct 23, 2006 6:42pm EDT",
    "-- http://www.reuters.com/article/idUSN2312345620061023",
    "",
    " ",
    "",
    " DETROIT  (Reuters) - Sales fell 5 percent, the company said on Monday. ",
    "",
    " The company expects a better quarter. ",
    "",
    " (Reporting by  Andy Sullivan  in Washington; Editing by  John O'Callaghan ) ",
  ].join("\n"),
  ["Markets Rally", "", "Stocks rose.\tBonds fell.", "", "Disclaimer: For information only."].join(
    "\n",
  ),
];

/** How articles may be separated so that each separator ends exactly one article. */
const SEPARATORS = ["\n-----\n", "\n\n=====\n\n", "\f\n", "\n\f\n", "\n \f \n\n"];

export interface GeneratedFeed {
  text: string;
  articles: number;
}

/**
 * A feed of about `size` UTF-16 code units: articles from {@link ARTICLES},
 * each with random line endings (LF, CRLF, lone CR) and trailing spaces,
 * separated by rules, form feeds, or nothing after a trailer.
 */
export function generateFeed(size: number, seed: number): GeneratedFeed {
  const next = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const parts: string[] = [];
  let length = 0;
  let articles = 0;
  let previous = "";
  while (length < size) {
    // Mostly the seed, so that the feed's size is mostly article text.
    let article = next() < 0.6 ? (ARTICLES[0] as string) : pick(ARTICLES);
    const ending = pick(["\n", "\n", "\r\n", "\r"]);
    if (ending !== "\n") article = article.replace(/\n/g, ending);
    if (next() < 0.2) article = article.replace(/(\r\n|\r|\n)/g, "  $1");
    let separator = pick(SEPARATORS);
    // After a trailer of two or more lines, the next article may simply follow.
    if (/Original: (https|www)/.test(previous) && next() < 0.5) separator = "\n\n";
    if (articles > 0) parts.push(separator.replace(/\n/g, ending));
    parts.push(article);
    length += separator.length + article.length;
    previous = article;
    articles++;
  }
  if (next() < 0.5) parts.push("\n");
  return { text: parts.join(""), articles };
}

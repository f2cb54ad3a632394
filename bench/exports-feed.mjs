// Generated documents in the layouts of the news-database exports: Factiva's
// field codes (`HD`, `PD`, `LP`, `TD`, `AN` …, documents separated by a form
// feed) and Nexis-like text (`1 of 9 DOCUMENTS`, source, date, `BYLINE:`,
// `LENGTH:`, body, `LOAD-DATE:`). Seeded: the same size gives the same feed.
import { mulberry32 } from "../scripts/prng.mjs";

const WORDS = (
  "the market shares rose fell company said on monday tuesday analysts expect " +
  "profit quarter growth government minister talks trade paper factory plans " +
  "capacity newsprint tonnes annually investment region export prices demand"
).split(" ");
const SOURCES = ["Gazeta Mercantil", "Vietnam News Brief Service", "The Guardian", "Die Welt"];
const MONTHS = ["January", "March", "April", "July", "October", "December"];

function writer(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sentence = () => {
    const n = 8 + Math.floor(random() * 14);
    const words = Array.from({ length: n }, () => pick(WORDS));
    const first = words[0];
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${words.join(" ")}.`;
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(random() * 4) }, sentence).join(" ");
  const title = () =>
    Array.from({ length: 4 + Math.floor(random() * 5) }, () => {
      const w = pick(WORDS);
      return w.charAt(0).toUpperCase() + w.slice(1);
    }).join(" ");
  const date = () =>
    `${1 + Math.floor(random() * 28)} ${pick(MONTHS)} ${2000 + Math.floor(random() * 20)}`;
  return { pick, paragraph, title, date };
}

function factiva(w, paragraphs) {
  const body = Array.from({ length: paragraphs }, () => ` ${w.paragraph()} `);
  const words = body.join(" ").split(" ").length;
  return [
    "",
    " HD",
    ` ${w.title()}. `,
    "   WC",
    `${words} words`,
    "   PD",
    w.date(),
    "   SN",
    w.pick(SOURCES),
    "   LA",
    "English",
    "",
    "   LP",
    ...body.slice(0, 2).flatMap((p) => [p, ""]),
    "   TD",
    ...body.slice(2).flatMap((p) => [p, ""]),
    "   AN",
    "Document gmes000020010810dw47004yg",
    "  \f",
  ].join("\n");
}

function nexis(w, paragraphs, index, total) {
  const body = Array.from({ length: paragraphs }, () => w.paragraph());
  return [
    "",
    `                               ${index} of ${total} DOCUMENTS`,
    "",
    `                                  ${w.pick(SOURCES)}`,
    "",
    `                            ${w.date()}`,
    "",
    w.title(),
    "",
    "BYLINE: Andrew Sparrow",
    "",
    `LENGTH: ${body.join(" ").split(" ").length} words`,
    "",
    ...body.flatMap((p) => [p, ""]),
    "LOAD-DATE: January 12, 2010",
    "",
    "LANGUAGE: ENGLISH",
    "",
  ].join("\n");
}

/**
 * A feed of about `size` bytes (UTF-16 length, ASCII text) in one of the
 * layouts, its documents 1 to 60 paragraphs long, with one document of about
 * `largest` bytes in its middle. Returns the feed and its largest document's size.
 */
export function exportFeed(layout, size, largest = 1_000_000, seed = 13) {
  const w = writer(mulberry32(seed));
  const docs = [];
  let total = 0;
  let big = 0;
  const add = (paragraphs) => {
    const doc =
      layout === "factiva" ? factiva(w, paragraphs) : nexis(w, paragraphs, docs.length + 1, 999);
    docs.push(doc);
    total += doc.length + 1;
    if (doc.length > big) big = doc.length;
  };
  while (total < size / 2) add(1 + (docs.length % 60));
  add(Math.round(largest / 500));
  while (total < size) add(1 + (docs.length % 60));
  return { feed: docs.join("\n"), largest: big, documents: docs.length };
}

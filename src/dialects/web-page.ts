import { hardWrapped } from "../blocks/wrap-evidence.js";
import { classifyPage } from "../classify/page-article.js";
import { classOf, LineClass } from "../classify/prose-region.js";
import { classifyStandard } from "../classify/standard.js";
import { writePage } from "../format/page-layout.js";
import { readFacts } from "../lines/facts.js";
import type { Lines } from "../lines/lines.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { Dialect, DialectRules } from "./types.js";

// A page copied out of a browser: menus, share bars and links around an
// article. Recognised by what such a copy is made of, whatever the site:
// many lines of furniture (short, unpunctuated, few function words) among
// lines of prose, with single line breaks between them.

/** Non-blank lines a page has at least. */
const MIN_LINES = 12;
/** Share of furniture among the non-blank lines of a page. */
const FURNITURE_SHARE = 0.3;
/** Share of non-blank lines followed by another with no blank line between. */
const ADJACENT_SHARE = 0.2;
/** Lines the recognition reads at the most. */
const LOOK = 1500;
/** Characters a menu item or a button has at the most: what the first look counts. */
const MENU_ITEM = 60;
/** Characters a line of furniture has at the most. */
const SHORT = 150;
/** Furniture lines in a row that make a menu or a share bar. */
const RUN = 3;
/** Furniture lines in such runs a page has at least. */
const MIN_FURNITURE = 6;

/** Whether line `i` continues a wrapped sentence, or the next line continues it: a lower-case start. */
function wrapped(lines: Lines, i: number): boolean {
  if (startsLower(lines, i)) return true;
  return i + 1 < lines.start.length && startsLower(lines, i + 1);
}

/** Whether line `i` opens with a label and a colon (`Source: …`, `来源：…`): a field, not a menu item. */
function labelled(lines: Lines, i: number): boolean {
  const s = lines.start[i] as number;
  const head = lines.text.slice(s, Math.min(lines.end[i] as number, s + 30));
  return head.includes(":") || head.includes("：");
}

function startsLower(lines: Lines, i: number): boolean {
  const s = lines.start[i] as number;
  if (s === lines.end[i]) return false;
  const c = lines.text.charAt(s);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

// The answer detection found, wanted again by classification: lines never
// change once scanned, so it holds for the object.
const evidence = new WeakMap<Lines, boolean>();

/** Whether the text is made as a browser copy is: furniture in runs around prose, one line break between blocks. */
function looksLikePage(lines: Lines, lexicon: Lexicon): boolean {
  let found = evidence.get(lines);
  if (found === undefined) {
    found = weighPage(lines, lexicon);
    evidence.set(lines, found);
  }
  return found;
}

function weighPage(lines: Lines, lexicon: Lexicon): boolean {
  // The opening lines tell: a page's menus stand at its top, and a long text
  // costs no more to recognise than a short one.
  const count = Math.min(lines.start.length, LOOK);
  let nonBlank = 0;
  let adjacent = 0;
  // Short lines in runs of three or more: what menus are made of, seen from lengths alone.
  let shortInRuns = 0;
  let shortRun = 0;
  for (let i = 0; i < count; i++) {
    const length = (lines.end[i] as number) - (lines.start[i] as number);
    if (length === 0) {
      shortRun = 0;
      continue;
    }
    nonBlank++;
    if (i + 1 < lines.start.length && lines.start[i + 1] !== lines.end[i + 1]) adjacent++;
    shortRun = length <= MENU_ITEM ? shortRun + 1 : 0;
    if (shortRun === RUN) shortInRuns += RUN;
    else if (shortRun > RUN) shortInRuns++;
  }
  // A browser puts one line break between blocks: a text whose lines all stand apart is no copy.
  if (nonBlank < MIN_LINES || adjacent < nonBlank * ADJACENT_SHARE) return false;
  if (shortInRuns < MIN_FURNITURE) return false;
  const facts = readFacts(lines, lexicon.stopwords, count, SHORT);
  // Lines of nearly one width that stop mid-sentence are hard-wrapped prose: short as
  // they are, they are no menu.
  if (hardWrapped(lines, facts, 0, count)) return false;
  let furniture = 0;
  let prose = 0;
  // Furniture in runs of three lines or more with no blank line between: menus, share bars.
  let inRuns = 0;
  let run = 0;
  for (let i = 0; i < count; i++) {
    const c = classOf(lines, facts, i);
    // A line a wrap cut from its sentence is no menu item, however short.
    if (c === LineClass.Furniture && !wrapped(lines, i) && !labelled(lines, i)) {
      furniture++;
      run++;
      if (run === RUN) inRuns += RUN;
      else if (run > RUN) inRuns++;
    } else run = 0;
    if (c === LineClass.Prose) prose++;
  }
  return prose >= 2 && inRuns >= MIN_FURNITURE && furniture >= nonBlank * FURNITURE_SHARE;
}

// The rules; the export below is the public face.
const rules: DialectRules = {
  name: "web-page",
  strongest: 0.55,
  detect(lines, lexicon, mode) {
    // Blank-line blocks with hard-wrapped lines, as the caller says the text is, are no browser copy.
    if (mode === "blocks" || !looksLikePage(lines, lexicon)) return null;
    // Below the claims of a quoted headline or a labelled last line: those layouts are exact.
    return { score: 0.55, rule: "furniture-around-prose" };
  },
  // Forced on a text with no page furniture (the `dialect` option), the page
  // reader has nothing to weigh: the text is read as the shared layout is, and
  // the Article says so (`dialect: "aggregator"`). The same where it finds no
  // title or no paragraph.
  classify(lines, context) {
    const page = context.mode !== "blocks" && looksLikePage(lines, context.lexicon);
    if (page) {
      const read = classifyPage(lines, context);
      // A page with no title or no paragraph to read (an export's markup, a
      // photo page) is read as the shared layout reads it: never a failure
      // where that layout gives an Article.
      const whole =
        read.failure === null &&
        read.parts.some((p) => p.kind === "headline") &&
        read.parts.some((p) => p.kind === "paragraph");
      if (whole) return read;
    }
    return { ...classifyStandard(lines, context), readAs: "aggregator" };
  },
  format: writePage,
  ownWritingLast: true,
};

/**
 * A news page copied out of a browser (select all, or the article's region):
 * navigation, share bars, captions and related links around the article. Its
 * title is the title-like line above the article's prose, its standfirst,
 * byline and date the lines between; everything around the article is kept
 * as `boilerplate` notes. Claimed when furniture lines make up a large share
 * of a text that also holds prose.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * const page = [
 *   "Home", "World", "Business", "Sport", "Menu", "Search", "Log in",
 *   "Talks resume in Geneva as envoys meet",
 *   "By Jane Doe",
 *   "Share", "Tweet",
 *   "Negotiators met again on Sunday in Geneva, officials from both sides said, after a pause of two weeks.",
 *   "The talks are expected to last until Wednesday, and a statement may follow on Thursday morning.",
 *   "Related", "Most read", "Contact us", "Privacy policy",
 * ].join("\n");
 * const article = parseArticle(page);
 * article.dialect; // "web-page"
 * article.headline; // "Talks resume in Geneva as envoys meet"
 * article.byline; // "Jane Doe"
 * ```
 */
export const webPage: Dialect = rules;

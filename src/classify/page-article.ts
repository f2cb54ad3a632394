import { readPieces } from "../blocks/pieces.js";
import { hardWrapped } from "../blocks/wrap-evidence.js";
import type { Classified, ClassifyContext } from "../dialects/types.js";
import { Fact, has, type LineFacts, readFacts } from "../lines/facts.js";
import { isBlank, type Lines, lineText } from "../lines/lines.js";
import type { RuleName } from "../parser/rule-names.js";
import { type ArticleIssue, issue } from "../schema/issues.js";
import { classifyBody } from "./body.js";
import { noteKind } from "./note-rule.js";
import { relativeTime } from "./page-byline.js";
import { takePageLines } from "./page-lines.js";
import { HeadLines, pickTitle } from "./page-title.js";
import { type Part, part } from "./parts.js";
import { classOf, findRegion, LineClass, markGalleries, markTemplateRuns } from "./prose-region.js";

// A page copied out of a browser, read by evidence: the article is the run of
// lines where prose outweighs furniture, its title the title-like line above
// that run, its standfirst, byline and date the lines between. Everything
// else (menus, share bars, related links, footers) is kept as boilerplate
// notes, each line where it stood: nothing is dropped.

/** Lines under the title in which a byline, a date or a standfirst may stand. */
const HEAD_ZONE = 12;

/** Classifies a copied page; `facts` are read from `input` when not given. */
export function classifyPage(input: Lines, context: ClassifyContext): Classified {
  const page = takePageLines(input, context.lexicon, context.parseDate);
  let { lines } = page;
  const facts = readFacts(lines, context.lexicon.stopwords);
  const count = lines.start.length;
  const classes = new Uint8Array(count);
  for (let i = 0; i < count; i++) classes[i] = classOf(lines, facts, i);
  markTemplateRuns(lines, facts, classes);
  markGalleries(lines, classes);
  const region = findRegion(classes, facts);
  if (region === null) return { parts: [], failure: noProse(input) };
  const head = new HeadLines(lines, context.lexicon, context.parseDate);
  const title = pickTitle(lines, facts, classes, region, head, context.lexicon.stopwords);
  const warnings: ArticleIssue[] = [];
  const parts: Part[] = [...page.parts];
  // A line around the article is furniture, unless it reads as a note of its
  // own kind (a credit, a currency note): that kind does not hang on where the
  // article was found to end.
  const note = (i: number, rule: RuleName) => {
    const s = lines.start[i] as number;
    const e = lines.end[i] as number;
    const text = lineText(lines, s, e);
    const kind = noteKind(text, context.lexicon) ?? "boilerplate";
    parts.push({ kind: "note", note: kind, text, start: s, end: e, rule });
  };
  let bodyStart = region.first;
  if (title === null) {
    warnings.push(
      issue("guessed-headline", "warning", "No line above the article reads as its title."),
    );
  } else {
    const at = { start: lines.start[title.line] as number, end: lines.end[title.line] as number };
    if (!title.confident) {
      const message = `The headline was picked on weak evidence (score ${title.score.toFixed(2)}); check it.`;
      warnings.push(issue("guessed-headline", "warning", message, at));
    }
    for (let i = 0; i < title.line; i++) if (!isBlank(lines, i)) note(i, "before-title");
    parts.push(
      part("headline", { text: lineText(lines, at.start, at.end), ...at }, "title-above-prose"),
    );
    const proseStart = Math.max(region.first, title.line + 1);
    bodyStart = readHeadZone(lines, facts, classes, title.line, proseStart, head, parts, note);
  }
  // Furniture inside the article (a share button, a lone number) is a note, not a paragraph.
  const start = [...lines.start];
  // The head may reach past a short run of prose: the body ends no earlier than it starts.
  const last = Math.max(region.last, bodyStart - 1);
  for (let i = bodyStart; i <= last; i++) {
    if (!isBlank(lines, i) && isInnerFurniture(facts, classes, i)) {
      note(i, "furniture-in-article");
      start[i] = lines.end[i] as number;
    }
  }
  for (let i = last + 1; i < count; i++) if (!isBlank(lines, i)) note(i, "after-article");
  lines = { ...lines, start };
  const mode =
    context.mode !== "auto"
      ? context.mode
      : hardWrapped(lines, facts, bodyStart, last + 1)
        ? "blocks"
        : "lines";
  const pieces = readPieces(lines, bodyStart, last + 1, mode);
  parts.push(...classifyBody(lines, pieces, context.lexicon));
  parts.sort((a, b) => a.start - b.start);
  return { parts, failure: null, warnings };
}

/**
 * Reads the lines between the title and the article: a standfirst (a sentence
 * right under the title), a byline, a date; the rest are notes. Returns the
 * first line of the body: the article's first prose line, or the line after
 * the last byline or date when those stand inside the prose's first lines.
 */
function readHeadZone(
  lines: Lines,
  facts: LineFacts,
  classes: Uint8Array,
  titleLine: number,
  proseStart: number,
  head: HeadLines,
  parts: Part[],
  note: (i: number, rule: RuleName) => void,
): number {
  const { text } = lines;
  // How far the head reaches: past the first prose line when a byline or date stands just below it.
  let end = proseStart;
  let seen = 0;
  let prose = 0;
  for (let i = titleLine + 1; i < lines.start.length && seen < HEAD_ZONE; i++) {
    if (isBlank(lines, i)) continue;
    seen++;
    if (i >= proseStart && head.at(i) !== null) end = i + 1;
    // Past a standfirst, prose is the article's: a byline below it is another's.
    else if (i >= proseStart && classes[i] === LineClass.Prose && ++prose > 1) break;
  }
  let byline = false;
  let date = false;
  let standfirst = false;
  let first = true;
  for (let i = titleLine + 1; i < end; i++) {
    if (isBlank(lines, i)) continue;
    const s = lines.start[i] as number;
    const e = lines.end[i] as number;
    const line = lineText(lines, s, e);
    const found = head.at(i);
    const wasFirst = first;
    first = false;
    if (found?.kind === "byline" && !byline) {
      byline = true;
      const { name, role, date: stated, label, rest } = found.byline;
      parts.push(part("byline", located(text, s, name), "page-byline"));
      if (role) parts.push(part("bylineRole", located(text, s, role), "page-byline-role"));
      if (label) {
        const at = located(text, s, label);
        parts.push({ kind: "note", note: "boilerplate", ...at, rule: "page-date-label" });
      }
      // A time ago (`8h`) states no day: a note, the date left to a line that states one.
      const ago = stated !== null && relativeTime(line.slice(stated[0], stated[1])) !== null;
      if (stated && ago) {
        const at = located(text, s, stated);
        parts.push({ kind: "note", note: "boilerplate", ...at, rule: "page-date-rest" });
      } else if (stated && !date) {
        date = true;
        parts.push(part("published", located(text, s, stated), "page-byline-date"));
      } else if (stated) {
        parts.push({
          kind: "note",
          note: "boilerplate",
          ...located(text, s, stated),
          rule: "page-date-again",
        });
      }
      if (rest) {
        const at = located(text, s, rest);
        parts.push({ kind: "note", note: "boilerplate", ...at, rule: "page-date-rest" });
      }
      continue;
    }
    if (found?.kind === "date" && !date) {
      date = true;
      const [ds, de] = found.date;
      parts.push(part("published", located(text, s, found.date), "page-date"));
      if (ds > 0)
        parts.push({
          kind: "note",
          note: "boilerplate",
          ...located(text, s, [0, ds]),
          rule: "page-date-label",
        });
      if (de < line.length) {
        parts.push({
          kind: "note",
          note: "boilerplate",
          ...located(text, s, [de, line.length]),
          rule: "page-date-rest",
        });
      }
      continue;
    }
    // A name alone over a date line (`Sarah Archer` over `1:39 PM ET`) is the byline.
    const next = nextNonBlank(lines, i);
    if (!byline && next !== -1 && head.nameAt(i) && head.at(next)?.kind === "date") {
      byline = true;
      const found = head.at(i);
      const name = found?.kind === "byline" ? found.byline.name : ([0, line.length] as const);
      parts.push(part("byline", located(text, s, name), "name-above-date"));
      continue;
    }
    const sentence = has(facts, i, Fact.sentenceEnd) || classes[i] === LineClass.Prose;
    if (wasFirst && !standfirst && sentence && (facts.words[i] as number) >= 5) {
      standfirst = true;
      parts.push(part("standfirst", { text: line, start: s, end: e }, "sentence-under-title"));
      continue;
    }
    note(i, "furniture-near-title");
  }
  return end;
}

/** The trimmed piece `[from, to)` of the line starting at `lineStart`, as input offsets. */
function located(text: string, lineStart: number, [from, to]: readonly [number, number]) {
  let s = lineStart + from;
  let e = lineStart + to;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return { text: text.slice(s, e).replace(/\s+/g, " "), start: s, end: e };
}

/** A line inside the article that no reader reads: a number alone, a button repeated across the page. */
function isInnerFurniture(facts: LineFacts, classes: Uint8Array, i: number): boolean {
  if (classes[i] !== LineClass.Furniture) return false;
  const words = facts.words[i] as number;
  if (has(facts, i, Fact.noLetters)) return words <= 2;
  return has(facts, i, Fact.repeated) && words <= 3 && !has(facts, i, Fact.sentenceEnd);
}

function noProse(input: Lines): ArticleIssue {
  const last = input.end.length - 1;
  return issue("no-body", "error", "The page holds no run of prose to read as an article.", {
    start: 0,
    end: Math.max(0, input.end[last] ?? 0),
  });
}

/** The first non-blank line after `i`, or -1. */
function nextNonBlank(lines: Lines, i: number): number {
  for (let j = i + 1; j < lines.start.length; j++) if (!isBlank(lines, j)) return j;
  return -1;
}

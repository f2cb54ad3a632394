import { markdownHeading } from "../classify/heading-rule.js";
import type { SafeParseArticleResult } from "../parser/create-parser.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { Article } from "../schema/article.js";
import type { Span } from "../schema/article-types.js";
import { wrap, wrapEverywhere } from "./misreads.js";
import { readBack } from "./reads-back.js";

// The writers predict how the parser will read each block they write (rules
// in misreads.ts and dateline-place.ts). A prediction can miss on text no rule
// foresaw; then the text, read back, is another Article. This is the net under
// those rules: the same text with one block written another way, each way
// checked by reading the whole text back — no prediction, the parser itself.

/** At most this many texts are read back per repair. */
const MAX_TRIES = 32;
/** And at most this many characters in all: a long text gets a few tries, not a slow path. */
const MAX_CHARACTERS = 1 << 21;

/**
 * `text` (blocks a blank line apart) with one block written another way, the
 * first such text that `readsBack` accepts, trying block after block outward
 * from block `from` (where the text was misread: the blocks nearest it first); null
 * when none is accepted within the budget of tries. The other ways of writing
 * a block: on one line, wrapped at its last or first space, broken at every
 * space; a `## `-marked or bold line unmarked, a plain line marked; joined to
 * the block under it, on the next line or run into it.
 */
export function rewriteOneBlock(
  text: string,
  lexicon: Lexicon,
  readsBack: (text: string) => boolean,
  from = 0,
): string | null {
  const blocks = text.split("\n\n");
  const tried = new Set([text]);
  let tries = MAX_TRIES;
  let characters = MAX_CHARACTERS;
  for (const i of outwardFrom(Math.min(from, blocks.length - 1), blocks.length)) {
    const block = blocks[i] as string;
    // The block joined to the next is two more ways: under it (`##  a` over a
    // list item: a block's first line over an item is no heading), or with the
    // next run into it (a note after a paragraph whose line alone hides its
    // dateline: `LONDON (Reuters) -   [ ($1 = 0.78 euros)`).
    const next = blocks[i + 1];
    const ways = otherWritings(block, lexicon).map((text) => ({ text, replaces: 1 }));
    if (next !== undefined) {
      ways.push({ text: `${block}\n${next}`, replaces: 2 });
      ways.push({ text: `${block} ${next}`, replaces: 2 });
    }
    for (const way of ways) {
      const rest = blocks.slice(i + way.replaces);
      const candidate = [...blocks.slice(0, i), way.text, ...rest].join("\n\n");
      if (tried.has(candidate)) continue;
      tried.add(candidate);
      characters -= candidate.length;
      if (tries-- === 0 || characters < 0) return null;
      if (readsBack(candidate)) return candidate;
    }
  }
  return null;
}

// The other ways of writing one block, each a text that may read as the same
// paragraph or heading (reading back decides).
function otherWritings(block: string, lexicon: Lexicon): string[] {
  const line = block.indexOf("\n") === -1 ? block : block.replace(/\n[ \t]*/g, " ");
  const out = [line, wrap(line, lexicon), wrap(line, lexicon, true)];
  const everywhere = wrapEverywhere(line, lexicon);
  if (everywhere !== null) out.push(everywhere);
  const heading = markdownHeading(line);
  if (heading !== null) out.push(line.slice(heading.from, heading.to));
  else out.push(`## ${line}`);
  return out.filter((w) => w !== block && w !== "" && w.indexOf("\n\n") === -1);
}

// Block indexes `from`, then one before, one after, two before, … within `[0, count)`.
function* outwardFrom(from: number, count: number): Generator<number> {
  yield from;
  for (let d = 1; from - d >= 0 || from + d < count; d++) {
    if (from - d >= 0) yield from - d;
    if (from + d < count) yield from + d;
  }
}

/**
 * The block of `text` where its reading first departs from `article`'s body:
 * the block holding the first heading, paragraph or note read otherwise (the
 * first block when the text cannot be read at all; the last when body lines
 * were read into the trailer, which is read from the end); `back` is the text as
 * read, when the caller has read it already. Null when the body and the
 * notes read back as they are: what differs (a label the default options do
 * not know, say) no block written another way would change.
 */
export function misreadBlock(
  text: string,
  article: Article,
  back: SafeParseArticleResult = readBack(text),
): number | null {
  if (!back.success) return 0;
  const read = back.data;
  const mine = bodyOf(article);
  const theirs = bodyOf(read);
  let at = firstDifference(
    mine.map((p) => p.text),
    theirs.map((p) => p.text),
  );
  let spans = theirs.map((p) => p.span);
  if (at === -1) {
    at = firstDifference(
      article.notes.map((n) => `${n.kind} ${n.text}`),
      read.notes.map((n) => `${n.kind} ${n.text}`),
    );
    spans = read.spans.notes;
  }
  if (at === -1) return null;
  // Body lines read into the trailer: the trailer is read from the end up, so
  // the block that set it off is the last one, wherever the body first differs
  // (a note split off the paragraph that became the last).
  if (read.trailer.length > article.trailer.length) return text.split("\n\n").length - 1;
  const offset = spans[at]?.start ?? text.length;
  return text.slice(0, offset).split("\n\n").length - 1;
}

// An Article's headings and paragraphs, in order (a heading marked as one).
function bodyOf(article: Article): { text: string; span: Span | undefined }[] {
  const out: { text: string; span: Span | undefined }[] = [];
  article.sections.forEach((section, i) => {
    const spans = article.spans.sections[i];
    if (section.heading !== null)
      out.push({ text: `# ${section.heading}`, span: spans?.heading ?? undefined });
    section.paragraphs.forEach((p, j) => {
      out.push({ text: p, span: spans?.paragraphs[j] });
    });
  });
  return out;
}

// The first index where two lists differ (one ending early counts), or -1.
function firstDifference(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

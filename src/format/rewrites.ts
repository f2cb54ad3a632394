import { markdownHeading } from "../classify/heading-rule.js";
import type { Lexicon } from "../parser/lexicon.js";
import { wrap, wrapEverywhere } from "./misreads.js";

// The writers predict how the parser will read each block they write (rules
// in misreads.ts and dateline-place.ts). A prediction can miss on text no rule
// foresaw; then the text, read back, is another Article. This is the net under
// those rules: the same text with one block written another way, each way
// checked by reading the whole text back — no prediction, the parser itself.

/** At most this many texts are read back per repair. */
const MAX_TRIES = 48;
/** And at most this many characters in all: a long text gets a few tries, not a slow path. */
const MAX_CHARACTERS = 1 << 21;

/**
 * `text` (blocks a blank line apart) with one block written another way, the
 * first such text that `readsBack` accepts, trying block after block; null
 * when none is accepted within the budget of tries. The other ways of writing
 * a block: on one line, wrapped at its last or first space, broken at every
 * space; a `## `-marked or bold line unmarked, a plain line marked; joined to
 * the block under it.
 */
export function rewriteOneBlock(
  text: string,
  lexicon: Lexicon,
  readsBack: (text: string) => boolean,
): string | null {
  const blocks = text.split("\n\n");
  const tried = new Set([text]);
  let tries = MAX_TRIES;
  let characters = MAX_CHARACTERS;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as string;
    // The block joined to the next (`##  a` over a list item: a block's first
    // line over an item is no heading) is one more way.
    const next = blocks[i + 1];
    const ways = otherWritings(block, lexicon).map((text) => ({ text, replaces: 1 }));
    if (next !== undefined) ways.push({ text: `${block}\n${next}`, replaces: 2 });
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

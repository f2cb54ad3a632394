import { config, resolveDefault } from "../default-parser.js";
import type { DialectRules } from "../dialects/types.js";
import type { Article } from "../schema/article.js";
import { readBack, readsBack, sharedReadsBack } from "./reads-back.js";
import { misreadBlock, rewriteOneBlock } from "./rewrites.js";
import { sharedLayout } from "./shared-layout.js";

/**
 * Writes an Article back as text, in the seed's layout: the headline, a byline
 * line (with its role: `By Jane Doe, Political Correspondent`), the body
 * (headings on lines of their own), wire notes, page boilerplate and captions
 * (those read above the headline go back there), and the labelled lines as
 * they were labelled. An Article that came with a wire
 * header (a stated time or a link outside the trailer, or lines kept from
 * one) gets one back; a press release's stated date goes back on its line
 * under the headline, and its contact lines under their labels, where its
 * layout reads them. Parsing the result (with the default options, or with
 * the `labels` and `parseDate` the Article was read with) gives the same
 * Article again, spans aside, and formatting that changes nothing. The text is written in that one
 * layout, whatever the Article's `dialect`, so the dialect read back may
 * differ — except an Article read from a database export (`nexis`,
 * `factiva`), which is written back as one (its unlabelled fields cannot be
 * written as labelled lines). That export layout is used only when its text
 * reads back, without a `dialect` option, as the same Article in the same
 * layout: an Article the
 * layout cannot carry (one read with the `dialect` option forced on another
 * layout, a whole export with its cover page read as one text) is written in
 * the shared layout instead; when that does not read back either (an
 * unlabelled publication line read with `dialect: "nexis"` forced on a text
 * with no document marker), in its own layout, which reads back the same with
 * that `dialect` option. A paragraph that would be read back as something
 * else (a heading, a labelled line) is written over two lines, which read as
 * one paragraph. Those rules predict the parser; the text is read back before
 * it is returned, and when it reads as another Article, one block is written
 * another way (on one line, wrapped elsewhere, a heading marked or unmarked,
 * joined to the next block; then, under a wire header, the same) until a
 * text reads back, within a few dozen tries
 * (for an Article read with `dialect` forced that reads back no other way:
 * until it reads back with that option). The one limit: a body of a lone
 * paragraph is read line by line, so one that on one line the trailer would
 * take (`Source : officials said so.`, a known label), or that was read with no dateline from
 * lines whose first held none (`Resume` / `(Reuters) - …`), or whose one line
 * would read as a heading and hide its dateline (`LONDON (Reuters) - a`), is
 * written over two lines and reads back the same with `paragraphMode: "blocks"`
 * only. An Article with no headline is written with none when its first
 * paragraph reads as one, else under an empty wire title line (`--`); one read
 * from an export layout, or with a layout forced, reads back with every word
 * but not always with the same decisions.
 *
 * @param article - a parsed (or hand-built) Article.
 * @returns the article as text, lines separated by `\n`, with no final newline.
 * @category Formatting
 * @example
 * ```ts
 * import { formatArticle, parseArticle } from "syndicated-article";
 *
 * const article = parseArticle("“Talks Resume”\r\n\r\nThey met.\r\nSource ：rfi");
 * formatArticle(article); // "Talks Resume\n\nThey met.\n\nSource: rfi"
 * ```
 */
export function formatArticle(article: Article): string {
  // A layout whose parts the shared layout cannot carry writes itself.
  const own = (config.dialects as unknown as readonly DialectRules[]).find(
    (d) => d.name === article.dialect,
  );
  const { lexicon } = resolveDefault(undefined);
  // A layout may offer several writings, the likeliest first: the first that reads back wins.
  const written = own?.format ? own.format(article, lexicon) : null;
  const ownTexts = written === null ? [] : typeof written === "string" ? [written] : written;
  for (const text of ownTexts) if (readsBack(text, article, true)) return text;
  const ownText = ownTexts[0] ?? null;
  // What the Article's layout reads that the shared layout can write its way.
  const contactBlocks = own?.contactBlocks === true;
  const ownDateLine = own?.dateUnderHeadline !== undefined;
  // The shared layout reads a date line under the headline: a stated date goes
  // there whenever that reads back, whatever layout the Article came in, so
  // that Articles alike in every field are written alike (and the writing of a
  // writing's Article is the same text); else where the layout says.
  const underFirst = sharedLayout(article, lexicon, {
    dateUnderHeadline: true,
    contactBlocks,
    ownDateLine,
  });
  const underRead = readBack(underFirst);
  if (sharedReadsBack(underFirst, article, underRead)) return underFirst;
  const layoutChoice = {
    dateUnderHeadline: own?.dateUnderHeadline ? own.dateUnderHeadline(article, lexicon) : true,
    contactBlocks,
    ownDateLine,
  };
  const shared = layoutChoice.dateUnderHeadline
    ? underFirst
    : sharedLayout(article, lexicon, layoutChoice);
  const sharedRead = layoutChoice.dateUnderHeadline ? underRead : readBack(shared);
  if (shared !== underFirst && sharedReadsBack(shared, article, sharedRead)) return shared;
  // An Article read with its layout forced on a text that has too few of its
  // marks to be recognised, which the shared layout cannot carry either,
  // stays in its layout: it reads back with the same `dialect` option.
  for (const text of ownTexts) if (readsBack(text, article, true, article.dialect)) return text;
  // A layout forced on a text it reads as the shared layout does reads the shared writing back.
  if (ownTexts.length > 0 && readsBack(shared, article, true, article.dialect)) return shared;
  // The rules that chose how to write each block missed: one block written
  // another way may read back (the layout's own text first, then the shared).
  // Only a body read otherwise is looked into: what else differs (a label the
  // default options do not know) no block written another way would change.
  const ownAt = ownText === null ? null : misreadBlock(ownText, article);
  const sharedAt = misreadBlock(shared, article, sharedRead);
  const repaired =
    (ownText === null || ownAt === null
      ? null
      : rewriteOneBlock(ownText, lexicon, (text) => readsBack(text, article, true), ownAt)) ??
    (sharedAt === null
      ? null
      : rewriteOneBlock(shared, lexicon, (text) => sharedReadsBack(text, article), sharedAt));
  if (repaired !== null) return repaired;
  // The header and the block under it may have to change together (a first
  // block no writing keeps from opening with a header line): under a wire
  // header only `-- ` lines are header.
  const wired = sharedLayout(article, lexicon, { ...layoutChoice, wire: true });
  if (wired !== shared) {
    const wiredRead = readBack(wired);
    if (sharedReadsBack(wired, article, wiredRead)) return wired;
    const wiredAt = misreadBlock(wired, article, wiredRead);
    const fixed =
      wiredAt === null
        ? null
        : rewriteOneBlock(wired, lexicon, (text) => sharedReadsBack(text, article), wiredAt);
    if (fixed !== null) return fixed;
  }
  // Last, an Article read with its layout forced on a text no layout carries
  // without the option (a lone `Quelle：dpa` read as body under wire lines):
  // one block written another way may read back with that `dialect` option.
  const forced = readBack(shared, { dialect: article.dialect });
  const forcedAt = misreadBlock(shared, article, forced);
  const withOption = (text: string) => readsBack(text, article, true, article.dialect);
  // A stated date this writer's reader cannot read (`yesterday`, read by a
  // caller's `parseDate`) goes on a wire header's date line, where a reader
  // that reads it takes it, rather than on a line of its own under the
  // headline: the same writing, whichever layout the Article was read in.
  const unreadDate =
    article.publishedAt !== null && (!sharedRead.success || sharedRead.data.publishedAt === null);
  // The layout's own writing, when it asks for it and it reads as an Article at all.
  const last =
    own?.ownWritingLast === true && ownText !== null && readBack(ownText).success
      ? ownText
      : unreadDate
        ? wired
        : shared;
  return (
    (forcedAt === null ? null : rewriteOneBlock(shared, lexicon, withOption, forcedAt)) ?? last
  );
}

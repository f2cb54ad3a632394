import { normalizeUrl } from "../fields/url.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { Article } from "../schema/article.js";
import { firstBodyBlock } from "./dateline-place.js";
import { endsInTrailer, isByline, readsAsHeaderLine } from "./misreads.js";
import { protectHeadline } from "./protect-headline.js";

// The shared layout's header as the writer puts it back: the headline and
// byline lines, or a wire header (`-- ` lines) when the Article holds what only
// one carries; and the labelled lines left for the trailer.

// What a wire header reads as a link.
const WIRE_LINK = /^(?:https?:\/\/|www\.)\S+$/i;
// The label of a line kept from a wire header: written back as a `-- ` line.
const WIRE_LABEL = "--";

/**
 * What the shared layout writes otherwise than its own rules would: asked for
 * by `formatArticle`, from what the Article's layout reads (its dialect's
 * rules), or as a last try (a wire header).
 */
export interface LayoutChoice {
  /** A wire header, whatever the Article holds. */
  wire?: boolean;
  /**
   * A stated date that needs a line of its own goes on a line under the
   * headline (a layout that reads one there), when nothing else asks for a
   * wire header.
   */
  dateUnderHeadline?: boolean;
  /** Contact lines under one label as a block: the label, then a value a line. */
  contactBlocks?: boolean;
  /**
   * The Article's layout reads a date line under the headline by its own
   * rules (a press release's), which a trailer's date line does not turn off.
   */
  ownDateLine?: boolean;
}

/**
 * The header's lines, a line under it for the stated date (or null), and the
 * trailer's entries still to be written as labelled lines.
 */
export function writeHeader(
  article: Article,
  lexicon: Lexicon,
  firstWritten: string | undefined,
  choice: LayoutChoice = {},
): { lines: string[]; dateLine: string | null; trailer: Article["trailer"] } {
  const wireLines = article.trailer.filter((f) => f.label === WIRE_LABEL);
  const trailer = article.trailer.filter((f) => f.label !== WIRE_LABEL);
  // The link the trailer gives: its first line that holds a usable one.
  let trailerLink: string | null = null;
  for (const f of trailer) {
    if (f.key === "originalUrl") trailerLink ??= normalizeUrl(f.value);
  }
  // A stated date or link the trailer does not give needs a wire header line.
  // A press release's dateline states its date itself: `NEW YORK, Feb. 3, 2025 /PRNewswire/ -- `.
  // The date is the trailer's only when its first date line states it: a line
  // before it that this date reader cannot read (`Date: yesterday`) the
  // caller's own may, and the header's date is read before any trailer line.
  const ownDate =
    article.publishedAtText !== null &&
    trailer.find((f) => f.key === "publishedAt")?.value !== article.publishedAtText &&
    !article.dateline?.text.includes(article.publishedAtText);
  const ownLink = article.originalUrl !== null && trailerLink !== article.originalUrl;
  // The byline is written whenever it reads back as one: where it also comes
  // from (a trailer line, the dateline), the same name is read either way.
  const role = article.bylineRole ? `, ${article.bylineRole}` : "";
  const byline =
    article.byline !== null && isByline(article.byline, lexicon)
      ? `By ${article.byline}${role}`
      : null;

  const firstBlock = firstBodyBlock(article);
  // A wire header also keeps a first block that reads as a header line (`Source: x`,
  // `By Jane Doe`) in the body: under `-- ` lines only `-- ` lines are header.
  // A lone paragraph the trailer would take is written over two lines
  // (below): under a wire header, its first line cannot join the header.
  const lone =
    article.notes.length === 0 &&
    article.sections.length === 1 &&
    article.sections[0]?.heading === null &&
    article.sections[0]?.paragraphs.length === 1;
  // The block as the body's writer wrote it counts too: a block no break keeps
  // from opening with a header line (`By — a b …`, where a break before `—`
  // would open a list item) stays body only under a wire header.
  const opensWithHeaderLine = (block: string | null | undefined) =>
    block != null && readsAsHeaderLine(block, lexicon, byline === null);
  // The stated date on its line under the headline, where the layout reads it;
  // not where the trailer holds a date line, which keeps the reader from
  // reading one there (a second date would be lost): a wire header's date line then.
  const dateUnder =
    ownDate &&
    choice.dateUnderHeadline === true &&
    choice.wire !== true &&
    (choice.ownDateLine === true || !trailer.some((f) => f.key === "publishedAt"));
  // With no headline, a body that opens with a paragraph reads back as having
  // none; a byline would be read as the title, so it goes under a wire
  // header, whose empty title line (`--`) reads back as no headline.
  const wire =
    (article.headline === null && byline !== null) ||
    choice.wire === true ||
    (ownDate && !dateUnder) ||
    ownLink ||
    wireLines.length > 0 ||
    opensWithHeaderLine(firstBlock) ||
    opensWithHeaderLine(firstWritten) ||
    (lone && firstBlock !== null && endsInTrailer(firstBlock, lexicon, true));
  const headline =
    (article.slug ? `${article.slug}${/\d$/.test(article.slug) ? "-" : ": "}` : "") +
    protectHeadline(article.headline ?? "", lexicon.slug);
  const out: string[] = [];
  if (wire) {
    out.push(headline === "" ? "--" : `-- ${headline}`);
    out.push(byline ? `-- ${byline}` : "--");
    // A kept line that reads as a date or a link would take an empty slot: the
    // Article's own value fills it first (the same value, wherever it came from).
    // Which kept lines read as dates depends on the caller's date reader, which
    // this writer does not know: with any kept line, the slot is filled.
    const dateLine =
      wireLines.length > 0 && !article.dateline?.text.includes(article.publishedAtText ?? "");
    const linkLine = wireLines.some((f) => WIRE_LINK.test(f.value));
    out.push(
      ownDate || (dateLine && article.publishedAtText !== null)
        ? `-- ${article.publishedAtText}`
        : "--",
    );
    if (ownLink || (linkLine && article.originalUrl !== null))
      out.push(`-- ${article.originalUrl}`);
    for (const f of wireLines) out.push(`-- ${f.value}`);
  } else if (headline !== "") {
    out.push(headline);
    if (byline) out.push(byline);
  }
  return { lines: out, dateLine: !wire && dateUnder ? article.publishedAtText : null, trailer };
}

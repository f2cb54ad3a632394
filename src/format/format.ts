import { isHeadingText, isProse } from "../classify/heading-rule.js";
import { unquotedRange } from "../classify/quotes.js";
import { config, resolveDefault } from "../default-parser.js";
import type { DialectRules } from "../dialects/types.js";
import type { Article } from "../schema/article.js";

// Quote pairs to wrap a headline in when it would otherwise lose its own
// quotes on the way back in; the first that the headline does not use wins.
const WRAPPERS: readonly [string, string][] = [
  ["“", "”"],
  ["«", "»"],
  ["「", "」"],
  ["『", "』"],
];
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/**
 * Writes an Article back as text, in the seed's layout: the headline, a byline
 * line (with its role: `By Jane Doe, Political Correspondent`), the body
 * (headings on lines of their own), wire notes, page boilerplate and captions
 * (those read above the headline go back there), and the labelled lines as
 * they were labelled. An Article that came with a wire
 * header (a stated time or a link outside the trailer) gets one back. Parsing
 * the result gives the same Article again, spans aside, and formatting that
 * changes nothing. The text is written in that one layout — except for the
 * database exports (`nexis`, `factiva`), written back in their own — so the
 * dialect read back may differ.
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
  if (own?.format) return own.format(article);
  const { smallWords } = resolveDefault(undefined).lexicon;
  const out: string[] = [];
  const keys = new Set(article.trailer.map((f) => f.key));
  const bylineInDateline =
    article.byline !== null && article.dateline?.text.includes(article.byline.split(" ")[0] ?? "");
  const bylineElsewhere = keys.has("byline") || bylineInDateline;
  // A press release's dateline states the date itself: `NEW YORK, Feb. 3, 2025 /PRNewswire/ -- `.
  const dateInDateline =
    article.publishedAtText !== null && article.dateline?.text.includes(article.publishedAtText);
  const wire =
    (article.publishedAtText !== null && !keys.has("publishedAt") && !dateInDateline) ||
    (article.originalUrl !== null && !keys.has("originalUrl"));
  const by =
    article.byline && `By ${article.byline}${article.bylineRole ? `, ${article.bylineRole}` : ""}`;
  // Page lines before the first other note go above the headline, where they were read.
  const page = (kind: string) => kind === "boilerplate" || kind === "caption";
  let lead = 0;
  while (lead < article.notes.length && page((article.notes[lead] as { kind: string }).kind))
    lead++;
  const top = article.notes.slice(0, lead).map((n) => n.text);
  const notes = article.notes.slice(lead);

  const headline =
    (article.slug ? `${article.slug}${/\d$/.test(article.slug) ? "-" : ": "}` : "") +
    protectHeadline(article.headline);
  if (wire) {
    out.push(`-- ${headline}`);
    out.push(by && !bylineElsewhere ? `-- ${by}` : "--");
    out.push(
      article.publishedAtText && !keys.has("publishedAt") && !dateInDateline
        ? `-- ${article.publishedAtText}`
        : "--",
    );
    out.push(article.originalUrl && !keys.has("originalUrl") ? `-- ${article.originalUrl}` : "--");
  } else {
    out.push(headline);
    if (by && !bylineElsewhere) out.push(by);
  }

  const blocks: string[] = [];
  for (const note of notes) if (note.kind === "editorsNote") blocks.push(note.text);
  let first = true;
  article.sections.forEach((section, s) => {
    if (section.heading !== null) {
      const next = section.paragraphs[0];
      const plain =
        next !== undefined && isProse(next) && isHeadingText(section.heading, smallWords);
      blocks.push(plain ? section.heading : `## ${section.heading}`);
    }
    section.paragraphs.forEach((paragraph) => {
      blocks.push(first && article.dateline ? `${article.dateline.text}${paragraph}` : paragraph);
      first = false;
    });
    void s;
  });
  for (const note of notes) if (note.kind !== "editorsNote") blocks.push(note.text);

  const labelled = article.trailer.map(
    (f) => `${f.label}${CJK.test(f.label) ? "：" : ": "}${f.value}`,
  );
  return [top.join("\n\n"), out.join("\n"), blocks.join("\n\n"), labelled.join("\n")]
    .filter((b) => b !== "")
    .join("\n\n");
}

// A headline that is itself wrapped in one pair of quotes would lose them when
// read back: wrap it in a further pair it does not use.
function protectHeadline(headline: string): string {
  const [s, e] = unquotedRange(headline, 0, headline.length);
  const risky = s !== 0 || e !== headline.length || /^(?:#{1,6}[ \t]|--(?:[ \t]|$))/.test(headline);
  if (!risky) return headline;
  const pair = WRAPPERS.find(
    ([open, close]) => !headline.includes(open) && !headline.includes(close),
  );
  return pair ? `${pair[0]}${headline}${pair[1]}` : headline;
}

// An independent reference for splitArticleSpans, written from the documented
// feed rules (docs/recipes.md, "Splitting a feed") and the line and label rules
// (docs/rules.md), importing nothing from the library. It is slow and plain on
// purpose: one pass over whole lines, no offsets kept between calls.
//
// It knows the English labels of docs/rules.md only, so the feeds it is compared
// on must use English labels.

/** A part of a text, as UTF-16 offsets. */
export interface ReferenceSpan {
  start: number;
  end: number;
}

// The white space a line is trimmed of (docs/rules.md, "Lines and white space").
const SPACE =
  " \t\v\f\u0085\u00a0\ufeff\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";
const isSpace = (c: string) => SPACE.includes(c);

// The English labels of each key (docs/rules.md, "Labelled lines").
const LABELS: Record<string, readonly string[]> = {
  source: ["Source", "Sources", "Via"],
  originalUrl: ["Original", "Original link", "Original URL", "Original article", "Link", "URL"],
  disclaimer: ["Statement", "Disclaimer"],
  originalTitle: ["Original title", "Original headline"],
  editor: ["Editor", "Edited by", "Responsible editor"],
  byline: ["Author", "Reporter", "Written by"],
  publishedAt: ["Published", "Published at", "Date"],
};

/** A line of the feed: where its text starts and ends once trimmed. */
interface Line {
  start: number;
  end: number;
  text: string;
}

/** Lines end at LF, CRLF or a lone CR. */
function readLines(feed: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  for (;;) {
    let stop = from;
    while (stop < feed.length && feed[stop] !== "\n" && feed[stop] !== "\r") stop++;
    let start = from;
    let end = stop;
    while (start < end && isSpace(feed[start] as string)) start++;
    while (end > start && isSpace(feed[end - 1] as string)) end--;
    lines.push({ start, end, text: feed.slice(start, end) });
    if (stop >= feed.length) return lines;
    from = feed[stop] === "\r" && feed[stop + 1] === "\n" ? stop + 2 : stop + 1;
  }
}

const fold = (label: string) => label.toLowerCase().split(/\s+/).filter(Boolean).join(" ");

/** The key of a `Label: value` line with a known label, or null. */
function knownLabel(text: string): { key: string; value: string } | null {
  const colon = text.search(/[:：]/);
  if (colon <= 0) return null;
  if (text.startsWith("//", colon + 1)) return null;
  const value = text.slice(colon + 1).trim();
  if (value === "") return null;
  const label = fold(text.slice(0, colon));
  for (const [key, labels] of Object.entries(LABELS)) {
    if (labels.some((l) => fold(l) === label)) return { key, value };
  }
  return null;
}

/** Whether an `Original:` value is a web link to a named host (docs/rules.md, "Fields"). */
function isWebLink(value: string): boolean {
  let v = value.trim();
  if (v.startsWith("<") && v.endsWith(">")) v = v.slice(1, -1).trim();
  if (v === "" || /\s/.test(v)) return false;
  if (v.startsWith("//")) v = `https:${v}`;
  else {
    const scheme = /^([^:/?#]+):/.exec(v);
    const schemeIsHost =
      scheme !== null && (scheme[1]?.includes(".") || /^\d/.test(v.slice(scheme[0].length)));
    if (scheme === null || schemeIsHost) v = `https://${v}`;
  }
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  const host = url.hostname;
  return (
    host === "localhost" ||
    /\.(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/i.test(host) ||
    /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) ||
    /^\[[0-9a-f:.]+\]$/i.test(host)
  );
}

const RULE = /^(?:-{5,}|={5,})$/;
const WIRE = /^--(?: |$)/;

/**
 * Where each article of `feed` lies, trimmed of the blank lines around it.
 * Articles are separated by a form feed outside a line's text, by a rule line
 * (five or more `-` or `=`, dropped), by a `-- ` line that opens a new wire
 * header (the next line of text is one too, the previous one is not), or by the
 * end of a trailer: after two or more known labelled lines, or one `Original:`
 * line holding a link, the next line of text that is no labelled line starts a
 * new article. An article's first line is its headline, never a trailer line.
 */
export function referenceSplitArticleSpans(feed: string): ReferenceSpan[] {
  const lines = readLines(feed);
  const text = lines.filter((l) => l.text !== "");
  const spans: ReferenceSpan[] = [];
  let open: Line[] = [];
  let labelled = 0;
  let trailerEnded = false;
  const close = () => {
    const first = open[0];
    const last = open[open.length - 1];
    if (first && last) spans.push({ start: first.start, end: last.end });
    open = [];
    labelled = 0;
    trailerEnded = false;
  };

  let previousEnd = 0;
  for (const [n, line] of text.entries()) {
    // A form feed anywhere between the previous line's text and this one's.
    if (feed.slice(previousEnd, line.start).includes("\f")) close();
    previousEnd = line.end;
    if (RULE.test(line.text)) {
      close();
      continue;
    }
    const before = open[open.length - 1];
    const after = text[n + 1];
    if (before && WIRE.test(line.text) && !WIRE.test(before.text) && after && WIRE.test(after.text))
      close();
    const field = open.length === 0 ? null : knownLabel(line.text);
    if (field) {
      labelled++;
      if (labelled >= 2 || (field.key === "originalUrl" && isWebLink(field.value)))
        trailerEnded = true;
    } else {
      if (trailerEnded) close();
      labelled = 0;
      trailerEnded = false;
    }
    open.push(line);
  }
  close();
  return spans;
}

import { protectHeadline } from "../format/protect-headline.js";
import type { Lexicon } from "../parser/lexicon.js";
import type { Article } from "../schema/article.js";
import { accessionPrefix, factivaCodes, maxCodeIndent } from "./factiva-codes.js";

// A value line that is itself a field code (`AN`) would be read as a code line:
// indented past what a code line may be, it stays a value.
const DEEPER = " ".repeat(maxCodeIndent + 1);
const value = (line: string) => (factivaCodes.has(line.trim()) ? `${DEEPER}${line}` : line);

/**
 * Writes an Article read from a Factiva export back in that layout: each
 * trailer entry as its code line and value, in order, the headline under
 * `HD`, the date under `PD` and the body under the first `LP` or `TD`, one
 * paragraph a line (above the first code when the export had no body code).
 * Reading the result again gives the same Article apart
 * from spans and `explainArticle`'s rules.
 */
export function formatFactiva(article: Article, lexicon?: Lexicon): string {
  const out: string[] = [];
  const field = (code: string, ...values: string[]) => out.push(`   ${code}`, ...values.map(value));
  const time = article.trailer.find((f) => f.label === "ET")?.value ?? null;
  let body = false;
  let dated = false;
  const above = paragraphsAbove(article);
  const headline =
    (article.slug ? `${article.slug}${/\d$/.test(article.slug) ? "-" : ": "}` : "") +
    protectHeadline(article.headline ?? "", lexicon?.slug ?? null);
  let headlineWritten = !article.trailer.some((f) => factivaCodes.get(f.label) === "headline");
  if (headlineWritten) field("HD", ` ${headline} `);
  for (const f of article.trailer) {
    const role = factivaCodes.get(f.label);
    if (role === "headline" && f.value === "" && !headlineWritten) {
      // Only the first headline code carries the headline; a later one stood empty.
      headlineWritten = true;
      field(f.label, ` ${headline} `);
    } else if (role === "date" && f.value === "" && article.publishedAtText !== null && !dated) {
      dated = true;
      const text = article.publishedAtText;
      const suffix = time === null ? "" : ` ${time}`;
      field(f.label, text.endsWith(suffix) ? text.slice(0, text.length - suffix.length) : text);
    } else if (role === "body" && f.value === "" && !body) {
      body = true;
      field(f.label, ...paragraphs(article, above));
    } else if (role === "byline" && f.key === "byline") field(f.label, ` By ${f.value}. `);
    else if (role === "id" && f.key === "id") field(f.label, `${accessionPrefix} ${f.value}`);
    else field(f.label, ...(f.value === "" ? [] : [f.value]));
  }
  // Paragraphs that stood above the first code line are written there again,
  // one a line; with no `LP` or `TD` code, the whole body stood there.
  const before = article.sections
    .flatMap((s) => s.paragraphs)
    .slice(0, body ? above : undefined)
    .map(value);
  // A blank line between them: two lines opening `--` would make a wire header.
  return before.length === 0 ? out.join("\n") : [before.join("\n\n"), "", ...out].join("\n");
}

function paragraphs(article: Article, from: number): string[] {
  const all = article.sections.flatMap((s) => s.paragraphs).slice(from);
  if (article.dateline && all.length > 0) all[0] = `${article.dateline.text}${all[0]}`;
  return all.flatMap((p) => ["", ` ${p} `]).concat([""]);
}

/**
 * How many paragraphs stood above the first code line (text before the
 * codes, which holds no dateline): those whose spans end before the first
 * trailer entry's. None when spans do not say.
 */
function paragraphsAbove(article: Article): number {
  const firstCode = article.spans?.trailer?.[0];
  if (!firstCode) return 0;
  let count = 0;
  for (const section of article.spans.sections ?? []) {
    for (const span of section.paragraphs ?? []) {
      if (!span || span.end > firstCode.start) return count;
      count++;
    }
  }
  return count;
}

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
export function formatFactiva(article: Article): string {
  const out: string[] = [];
  const field = (code: string, ...values: string[]) => out.push(`   ${code}`, ...values.map(value));
  const time = article.trailer.find((f) => f.label === "ET")?.value ?? null;
  let body = false;
  let dated = false;
  const headline =
    (article.slug ? `${article.slug}${/\d$/.test(article.slug) ? "-" : ": "}` : "") +
    article.headline;
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
      field(f.label, ...paragraphs(article));
    } else if (role === "byline" && f.key === "byline") field(f.label, ` By ${f.value}. `);
    else if (role === "id" && f.key === "id") field(f.label, `${accessionPrefix} ${f.value}`);
    else field(f.label, ...(f.value === "" ? [] : [f.value]));
  }
  if (body) return out.join("\n");
  // No `LP` or `TD` code: the body stood above the first code line, one
  // paragraph a line, and is written there again.
  const above = article.sections.flatMap((s) => s.paragraphs).map(value);
  return [...above, "", ...out].join("\n");
}

function paragraphs(article: Article): string[] {
  const all = article.sections.flatMap((s) => s.paragraphs);
  if (article.dateline && all.length > 0) all[0] = `${article.dateline.text}${all[0]}`;
  return all.flatMap((p) => ["", ` ${p} `]).concat([""]);
}

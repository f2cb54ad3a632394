import type { Article } from "../schema/article.js";
import { nexisFields } from "./nexis-fields.js";

/** The width Nexis centers its front lines in. */
const WIDTH = 80;

function center(text: string): string {
  return `${" ".repeat(Math.max(1, Math.floor((WIDTH - text.length) / 2)))}${text}`;
}

/**
 * Writes an Article read from a Nexis document back in the Nexis layout, so
 * that parsing the text gives the Article again (spans apart): the trailer's
 * entries that stood before the body go to the front (unlabelled ones
 * centered), the others after the body. The headline goes where its
 * `HEADLINE:` label stood, else under the date; the dateline as `DATELINE:`.
 */
export function formatNexis(article: Article): string {
  const firstBody = article.spans.sections
    .flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs])
    .reduce((at, span) => Math.min(at, span.start), Number.POSITIVE_INFINITY);
  const front: string[] = [];
  const back: string[] = [];
  let headlineWritten = false;
  let dateWritten = article.publishedAtText === null;
  const headline = article.slug ? `${article.slug}: ${article.headline}` : article.headline;
  const keys = new Set(article.trailer.map((f) => f.key));
  // A byline or link the layout gave without a label: a name line, a link line.
  const unlabelled: string[] = [];
  if (article.originalUrl !== null && !keys.has("originalUrl"))
    unlabelled.push(article.originalUrl);
  const nameLine = article.byline !== null && !keys.has("byline") ? article.byline : null;
  const writeHeadline = (into: string[], line: string) => {
    into.push(line);
    if (nameLine !== null) into.push(nameLine);
    headlineWritten = true;
  };
  const writeDate = (into: string[]) => {
    if (!dateWritten) into.push(center(article.publishedAtText as string));
    dateWritten = true;
  };
  article.trailer.forEach((entry, i) => {
    const before = (article.spans.trailer[i]?.start ?? 0) < firstBody;
    const into = before ? front : back;
    const role = nexisFields.get(entry.label)?.role;
    if (entry.label === "") {
      into.push(entry.key === "wordCount" ? entry.value : center(entry.value));
      if (entry.key === "source") writeDate(into);
    } else if (role === "headline" && entry.value === "" && !headlineWritten) {
      writeDate(into);
      writeHeadline(into, `${entry.label}: ${headline}`);
    } else {
      if (before && !headlineWritten) {
        writeDate(into);
        writeHeadline(into, headline);
      }
      into.push(`${entry.label}:${entry.value === "" ? "" : ` ${entry.value}`}`);
    }
  });
  writeDate(front);
  front.splice(1, 0, ...unlabelled);
  if (!headlineWritten) writeHeadline(front, headline);
  if (article.dateline) front.push(`DATELINE: ${article.dateline.text}`);
  const body: string[] = [];
  for (const section of article.sections) {
    if (section.heading !== null) body.push(section.heading);
    body.push(...section.paragraphs);
  }
  return [...front, ...body, ...back].join("\n\n");
}

import type { Article } from "../index.js";

/**
 * Writes an Article back as text in the layout of the syndicated articles it is
 * read from: the headline in quotes, then blank-line separated heading lines and
 * paragraphs, then one trailer line per field. Parsing the result gives the
 * same Article (spans aside).
 *
 * The library has no formatter yet; when it gains one, this should use it.
 */
export function articleToText(article: Article): string {
  const blocks = [`"${article.headline}"`];
  for (const section of article.sections) {
    if (section.heading !== null) blocks.push(section.heading);
    blocks.push(...section.paragraphs);
  }
  for (const field of article.trailer) blocks.push(`${field.label}: ${field.value}`);
  return blocks.join("\n\n");
}

/** Between two articles of text output: a rule line, which `splitArticles` splits on. */
export const ARTICLE_SEPARATOR = "\n\n-----\n\n";

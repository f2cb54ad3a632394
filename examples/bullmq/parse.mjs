// The one place that imports the parser: a job's files in, one record per article out.
import { safeParseArticle, safeParseArticles } from "syndicated-article";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Parses one file of a job. `kind: "file"` holds one article and goes to
 * `safeParseArticle` as bytes (which decodes them as the command does: UTF-8,
 * UTF-16 with a BOM, windows-1252 with a warning); `kind: "feed"` holds several
 * and goes to `safeParseArticles`, which takes text, so it must be UTF-8.
 *
 * Returns the NDJSON line of each parsed article, as the command writes it
 * (`{"file", "index", "article"}`), and the issue codes of each article.
 */
export function parseFile({ name, kind, bytes }) {
  let results;
  if (kind === "feed") {
    let text;
    try {
      text = utf8.decode(bytes);
    } catch {
      return { records: [], issues: [{ index: 0, codes: ["not-utf8-feed"], failed: true }] };
    }
    results = safeParseArticles(text);
    // A feed with no article at all is reported as the command reports it.
    if (results.length === 0) results = [safeParseArticle("")];
  } else {
    results = [safeParseArticle(bytes)];
  }
  const records = [];
  const issues = [];
  results.forEach((result, index) => {
    const found = result.success ? result.warnings : result.error.issues;
    if (found.length > 0) {
      issues.push({ index, codes: found.map((i) => i.code), failed: !result.success });
    }
    if (result.success) {
      records.push({ index, line: JSON.stringify({ file: name, index, article: result.data }) });
    }
  });
  return { records, issues };
}

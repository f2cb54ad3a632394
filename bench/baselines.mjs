// The parsers the library is measured against, each called the way a user
// would call it to get a document tree out of the same text.
import MarkdownIt from "markdown-it";
import { lexer } from "marked";
import { fromMarkdown } from "mdast-util-from-markdown";

/**
 * The least work any line-based article parser must do: split into lines,
 * trim each, and classify it by its last character. It keeps every line it
 * reads, as a real parser keeps its parts.
 */
export function toyParse(text) {
  const lines = text.split(/\r?\n/);
  const parts = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length === 0) continue;
    const last = line.charCodeAt(line.length - 1);
    let kind;
    if (last === 0x2e || last === 0x21 || last === 0x3f) kind = "sentence";
    else if (last === 0x2c || last === 0x3b || last === 0x3a) kind = "runs-on";
    else kind = "title";
    parts.push({ kind, text: line });
  }
  return parts;
}

const markdownIt = new MarkdownIt();

/** Baselines by name, each taking the text and returning its tree. */
export const baselines = {
  toy: toyParse,
  marked: (text) => lexer(text),
  "markdown-it": (text) => markdownIt.parse(text, {}),
  mdast: (text) => fromMarkdown(text),
};

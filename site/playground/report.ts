// The text of a misparse report: the version, the options, the input, what
// the parser made of it and room for what was expected, ready for an issue.
import type { SharedState } from "./share.js";
import type { ShownDocument } from "./worker.js";

/** Inputs longer than this are cut: an issue's body has a size limit. */
const REPORT_LIMIT = 20_000;

export interface ReportFacts {
  version: string;
  state: SharedState;
  /** The document shown, if any result has come. */
  doc: ShownDocument | undefined;
  /** How many documents the input holds. */
  count: number;
  link: string;
}

/** The report's Markdown. */
export function misparseReport({ version, state, doc, count, link }: ReportFacts): string {
  const text = state.text;
  const shown =
    text.length > REPORT_LIMIT
      ? `${text.slice(0, REPORT_LIMIT)}\n[… ${text.length - REPORT_LIMIT} more characters]`
      : text;
  const article = doc?.article
    ? JSON.stringify({ ...doc.article, spans: undefined }, null, 2)
    : JSON.stringify(doc?.issues ?? [], null, 2);
  const options = JSON.stringify({
    languages: state.languages ?? "all",
    paragraphMode: state.paragraphMode,
    dialect: state.dialect || "recognise",
  });
  const which = count > 1 ? ` of document ${state.document + 1} of ${count}` : "";
  return [
    "## Misparse",
    "",
    `syndicated-article ${version}, options ${options}`,
    "",
    "### Input",
    "",
    "````text",
    shown,
    "````",
    "",
    doc?.article ? `### The Article${which} (spans left out)` : `### The errors${which}`,
    "",
    "```json",
    article,
    "```",
    "",
    "### What I expected",
    "",
    "<!-- Which part is wrong, and what it should be. -->",
    "",
    `Link to this view: ${link}`,
  ].join("\n");
}

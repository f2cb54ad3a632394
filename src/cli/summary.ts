/** What a whole run did, for the line `--stats` prints. */
export interface RunTotals {
  /** Inputs: files, streams, and operands that could not be listed. */
  inputs: number;
  /** Documents parsed into an Article (with or without warnings). */
  documents: number;
  warnings: number;
  /** Documents that failed, and inputs that could not be read. */
  errors: number;
  /** Wall-clock time of the run, in milliseconds. */
  milliseconds: number;
}

/**
 * The end-of-run line on stderr: `12 files, 120 documents, 3 warnings, 1 error
 * in 1.4 s`. One line, so it reads as well in a log as on a terminal.
 */
export function summaryLine(program: string, totals: RunTotals): string {
  const seconds = totals.milliseconds / 1000;
  const time = seconds < 10 ? seconds.toFixed(1) : String(Math.round(seconds));
  return `${program}: ${count(totals.inputs, "file")}, ${count(totals.documents, "document")}, ${count(totals.warnings, "warning")}, ${count(totals.errors, "error")} in ${time} s\n`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

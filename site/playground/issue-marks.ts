// Errors and warnings marked where they are in the highlighted view, with the
// CSS Custom Highlight API: the marks need no elements of their own, so they
// never cut across the parts' nesting. Browsers without it show the list only.
import type { ShownIssue } from "./worker.js";

/** The highlight names the stylesheet colours (`::highlight(issue-error)`). */
export const MARK_NAMES = { error: "issue-error", warning: "issue-warning" } as const;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
}
declare const Highlight: (new (...ranges: Range[]) => unknown) | undefined;

/** The DOM range of `[start, end)` in the text of `root`; null when out of reach. */
function rangeOf(root: Node, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let began = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!began && start <= seen + length) {
      range.setStart(node, start - seen);
      began = true;
    }
    if (began && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}

/** Marks each issue that has a span (an empty span marks its line's next character). */
export function markIssues(root: Node, issues: readonly ShownIssue[], textLength: number): void {
  const registry = (CSS as unknown as { highlights?: HighlightRegistry }).highlights;
  if (registry === undefined || typeof Highlight === "undefined") return;
  const ranges: Record<string, Range[]> = { error: [], warning: [] };
  for (const issue of issues) {
    if (issue.start === null || issue.end === null) continue;
    const end = Math.min(textLength, Math.max(issue.end, issue.start + 1));
    const range = rangeOf(root, Math.min(issue.start, end), end);
    if (range) (ranges[issue.severity === "error" ? "error" : "warning"] ?? []).push(range);
  }
  registry.set(MARK_NAMES.error, new Highlight(...(ranges.error ?? [])));
  registry.set(MARK_NAMES.warning, new Highlight(...(ranges.warning ?? [])));
}

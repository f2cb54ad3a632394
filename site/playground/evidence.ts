// The evidence behind each decision, as `explainArticle` gives it: what a
// part became, where it went, the rule that decided it, and any facts the
// decision carries (a label as written, a field key, a score).
import type { DecisionLike } from "./highlight.js";

/** The fields every decision has, or that are written out by name. */
const KNOWN = new Set(["span", "part", "path", "rule", "key", "label", "value", "score"]);

function written(value: unknown): string {
  if (typeof value === "number") return String(Number(value.toFixed(3)));
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/**
 * The facts of a decision beyond its part and rule, written out: `label
 * “Source”, key source, score 0.8`. Facts the page does not know by name (a
 * later library may give more) are written as they come.
 */
export function decisionFacts(d: DecisionLike): string[] {
  const facts: string[] = [];
  if (d.label !== undefined) facts.push(`label “${d.label}”`);
  if (d.key !== undefined) facts.push(d.key === null ? "unknown label" : `key ${d.key}`);
  if (d.value !== undefined) facts.push(d.part === "dialect" ? `dialect ${d.value}` : d.value);
  if (typeof d.score === "number") facts.push(`score ${written(d.score)}`);
  for (const [name, value] of Object.entries(d)) {
    if (!KNOWN.has(name) && value !== undefined && value !== null)
      facts.push(`${name} ${written(value)}`);
  }
  return facts;
}

/**
 * One line per decision, in input order, each a button that shows its part
 * (the whole-text ones, such as the dialect, have no part to show).
 */
export function renderEvidence(
  list: HTMLOListElement,
  decisions: readonly DecisionLike[] | null,
  show: (d: DecisionLike) => void,
): void {
  list.replaceChildren();
  if (decisions === null) {
    const none = document.createElement("li");
    none.textContent = "This build of the library does not explain its decisions.";
    list.append(none);
    return;
  }
  for (const d of decisions) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.testid = "evidence-item";
    const path = document.createElement("code");
    path.textContent = d.path ?? d.part;
    const rule = document.createElement("code");
    rule.textContent = d.rule;
    const facts = decisionFacts(d);
    button.append(path, ` — ${d.part}, rule `, rule, facts.length ? ` (${facts.join(", ")})` : "");
    if (d.span === null) button.disabled = true;
    else button.addEventListener("click", () => show(d));
    item.append(button);
    list.append(item);
  }
}

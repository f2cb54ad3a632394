import { describe, expect, it } from "vitest";
import rulesDoc from "../docs/rules.md?raw";
import seed from "../fixtures/seed-article.txt?raw";
import { explainArticle, safeParseArticle } from "../src/index.js";

/** The rule names of the table in docs/rules.md's section on explainArticle. */
function documentedRules(): Set<string> {
  const section = rulesDoc.slice(rulesDoc.indexOf("## The rules `explainArticle` reports"));
  const table = section.slice(
    0,
    section.indexOf("\n## ") === -1 ? undefined : section.indexOf("\n## "),
  );
  const rules = new Set<string>();
  for (const line of table.split("\n")) {
    const cells = line.split("|");
    if (cells.length < 4) continue;
    for (const m of (cells[2] as string).matchAll(/`([a-z0-9…-]+)`/g)) rules.add(m[1] as string);
  }
  return rules;
}

// Inputs of every layout, written for this test.
const INPUTS = [
  seed,
  "Talks Resume\n\nThey met.\n\nWhat Comes Next\n\nMore talks.",
  "-- UPDATE 2-Shares Rise\n-- By Jane Doe\n-- Mon Oct 23, 2006 6:42pm EDT\n-- http://www.reuters.com/article/1\n\n(Adds quote)\n\nLONDON (Reuters) - Shares rose.  (Reporting by Jane Doe)",
  "# Talks Resume\n\nThey met.\n\n## Next Steps\n\nMore talks.\n\n**In Brief**\n\nDone.",
  "中美会谈取得进展\n作者：王五\n\n新华社北京11月30日电 双方举行会谈。\n\n来源：新华社\n原标题：中美会谈",
  "HD\nMill to Open\nPD\n7 April 2000\nSN\nGazette\nLP\nThe mill opens in May.\nTD\nIt will employ 300 people.\nAN\nDocument gaz0000001",
];

describe("explainArticle", () => {
  it("gives what safeParseArticle gives, and one decision per part, in input order", () => {
    const text = "Talks Resume\n\nThey met.\n\nWhat Comes Next\n\nMore talks.\n\nSource: rfi";
    const { result, decisions } = explainArticle(text);
    expect(result).toEqual(safeParseArticle(text));
    expect(decisions).toEqual([
      {
        span: null,
        part: "dialect",
        path: "dialect",
        rule: "labelled-last-line",
        value: "aggregator",
      },
      { span: { start: 0, end: 12 }, part: "headline", path: "headline", rule: "first-line" },
      {
        span: { start: 14, end: 23 },
        part: "paragraph",
        path: "sections[0].paragraphs[0]",
        rule: "one-line-block",
      },
      {
        span: { start: 25, end: 40 },
        part: "heading",
        path: "sections[1].heading",
        rule: "title-case-followed-by-prose",
      },
      {
        span: { start: 42, end: 53 },
        part: "paragraph",
        path: "sections[1].paragraphs[0]",
        rule: "one-line-block",
      },
      {
        span: { start: 55, end: 66 },
        part: "trailer",
        path: "trailer[0] → source",
        rule: "trailer-label",
        key: "source",
        label: "Source",
      },
    ]);
  });

  it("explains a parse with no body, and its warning", () => {
    const { result, decisions } = explainArticle("Just a Headline\n\nSource: rfi");
    expect(result.success && result.warnings.map((w) => w.code)).toEqual(["no-body"]);
    expect(decisions.map((d) => d.part)).toEqual(["dialect", "headline", "trailer"]);
  });

  it("explains a failed parse too", () => {
    const text =
      " HD\n Mill to expand. \n PD\n7 April 2000\n LP\n The mill will grow. \n HD\n Second. \n PD\n8 April 2000\n LP\n It grew. \n";
    const { result, decisions } = explainArticle(text);
    expect(!result.success && result.error.issues.map((i) => i.code)).toEqual(["several-articles"]);
    expect(decisions.map((d) => d.part)).toContain("dialect");
  });

  it("uses only the rules docs/rules.md lists", () => {
    const documented = documentedRules();
    expect(documented.size).toBeGreaterThan(20);
    const used = new Set(INPUTS.flatMap((t) => explainArticle(t).decisions.map((d) => d.rule)));
    const undocumented = [...used].filter((r) => !documented.has(r));
    expect(undocumented).toEqual([]);
  });
});

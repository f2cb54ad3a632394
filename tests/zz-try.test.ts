import { readFileSync } from "node:fs";
import { test } from "vitest";
import {
  explainArticle,
  formatArticle,
  parseArticle,
  safeParseArticle,
  splitArticles,
} from "../src/index.js";

test("x", () => {
  const r = readFileSync("/work/shared/corpus/datasets/reuters21578/reut2-000-part1.sgm", "utf8");
  const one = splitArticles(r)[3] as string;
  const e = explainArticle(one);
  console.log(JSON.stringify(e.decisions?.slice(0, 30) ?? Object.keys(e)).slice(0, 2500));
  const a = parseArticle(one);
  const f = formatArticle(a);
  console.log(f.slice(0, 1500));
  const b = safeParseArticle(f);
  console.log(
    b.success && b.data.dialect,
    b.success && JSON.stringify(b.data) === JSON.stringify({ ...a, spans: b.data.spans }),
  );
});

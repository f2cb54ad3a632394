// The shared corpus's datasets, every file of each, read from the corpus
// folder (`../shared/corpus`, or the folder SYNDICATED_ARTICLE_CORPUS names).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { corpusRoot, requireCorpus } from "../scripts/corpus.mjs";

/** The datasets, and whether their files are exports holding several documents each. */
export const DATASETS = [
  ["lexisnexis", true],
  ["factiva", true],
  ["ko-yonhap", false],
  ["zh-web-news", false],
  ["bbc", false],
  ["reuters", false],
];

/** Every article file under `dir` (READMEs, the datasets' own notes and JSON answers left out). */
function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (/\.txt$/i.test(name) && !/^readme|^dataset-readme/i.test(name)) out.push(path);
  }
  return out;
}

/** `{ name, exports, texts, bytes }` for each dataset. */
export function loadDatasets() {
  requireCorpus(...DATASETS.map(([name]) => name));
  const root = corpusRoot();
  return DATASETS.map(([name, exports]) => {
    const texts = filesUnder(join(root, name)).map((p) => readFileSync(p, "utf8"));
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);
    return { name, exports, texts, bytes };
  });
}

// Where the real corpora live. They are never copied into the project: tests,
// the benchmark and the corpus report read them from `../shared/corpus` seen
// from the project's root, or from the folder SYNDICATED_ARTICLE_CORPUS names.
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The environment variable that points the corpus readers at another folder. */
export const CORPUS_ENV = "SYNDICATED_ARTICLE_CORPUS";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));

/** The corpus folder: `$SYNDICATED_ARTICLE_CORPUS` (relative to the working directory) or `../shared/corpus`. */
export function corpusRoot() {
  const fromEnv = process.env[CORPUS_ENV];
  return fromEnv ? resolve(fromEnv) : resolve(projectRoot, "../shared/corpus");
}

/**
 * The folder of each dataset named, inside the corpus folder; throws one short
 * Error naming the environment variable when one is missing.
 */
export function requireCorpus(...datasets) {
  const root = corpusRoot();
  for (const dataset of datasets) {
    const dir = resolve(root, dataset);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      const error = new Error(
        `corpus folder ${dir} not found: set ${CORPUS_ENV} to the folder holding ${datasets.map((d) => `${d}/`).join(" and ")}`,
      );
      // One line is the whole message: no stack to scroll past.
      error.stack = error.message;
      throw error;
    }
  }
  return root;
}

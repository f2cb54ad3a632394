// Global setup of the corpus suite: the real articles are read from the shared
// corpus folder, never from the project. Without it, the run stops with one line
// that says where it looked and which variable points elsewhere.
import { requireCorpus } from "../../scripts/corpus.mjs";

export default function setup(): void {
  try {
    requireCorpus("bbc", "reuters", "lexisnexis", "web-copies", "datasets", "exports");
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}

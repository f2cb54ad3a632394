// Entry of the export reader's lazily loaded bundle (see load-reader.ts).
import * as files from "../../src/files/index.js";

(
  globalThis as typeof globalThis & { __syndicatedArticleFiles?: typeof files }
).__syndicatedArticleFiles = files;

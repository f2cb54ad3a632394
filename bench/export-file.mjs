// The export-file reader against the least any reader of a DOCX must do:
// unzip `word/document.xml` and walk its XML once (htmlparser2, collecting the
// text runs). The file is the corpus's 100-document Nexis Uni export
// (exports/docx/newspapers_lexis_misc.docx), read in place.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { unzipSync } from "fflate";
import { Parser } from "htmlparser2";
import * as files from "../dist/files.js";
import { corpusRoot } from "../scripts/corpus.mjs";
import { pairedSpeed } from "./measure.mjs";

const FILE = "exports/docx/newspapers_lexis_misc.docx";

/** Unzips the document and walks its XML once, keeping the text of its runs. */
function unzipAndWalk(bytes) {
  const xml = new TextDecoder().decode(
    unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" })["word/document.xml"],
  );
  let text = "";
  let inText = false;
  const parser = new Parser(
    {
      onopentag(name) {
        inText = name === "w:t";
      },
      ontext(data) {
        if (inText) text += data;
      },
      onclosetag() {
        inText = false;
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  return text.length;
}

/** `readExportFile` on the file, and its time over the baseline's (paired): 2 is twice as long. */
export function measureExportFile() {
  const bytes = new Uint8Array(readFileSync(resolve(corpusRoot(), FILE)));
  const documents = files.readExportFile(bytes).documents.length;
  const ours = () => files.readExportFile(bytes);
  const base = () => unzipAndWalk(bytes);
  for (let i = 0; i < 5; i++) {
    ours();
    base();
  }
  // pairedSpeed says how many times as fast as the baseline the reader is; the
  // target is about time, so its inverse is reported.
  const ratio = 1 / pairedSpeed(ours, base, 20);
  return { file: FILE, bytes: bytes.length, documents, ratio };
}

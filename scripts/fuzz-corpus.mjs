// The fuzz suite's corpus family: real files from the shared corpus, edited.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { corpusRoot } from "./corpus.mjs";
import { BREAKS, CHARS, labelLine, NOTES, titleCase, URLS } from "./fuzz-inputs.mjs";

let corpusCache = null;
/** Every text file of the corpus (at most 200 kB each), read once. */
export function corpusFiles() {
  if (corpusCache) return corpusCache;
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (/\.txt$/i.test(name) && !/README/i.test(name) && stat.size < 200_000) {
        files.push({ name: path.slice(corpusRoot().length + 1), text: readFileSync(path, "utf8") });
      }
    }
  };
  walk(corpusRoot());
  corpusCache = files;
  return files;
}

/** A corpus file with one to four edits: lines dropped, doubled, moved, joined; text spliced in. */
export function mutated(p, files) {
  const file = p.pick(files);
  let lines = file.text.split(/\r\n|\r|\n/);
  const edits = [];
  const splice = (at, count, ...items) => lines.splice(at, count, ...items);
  const EDITS = [
    ["drop", 0.15, (at) => splice(at, 1)],
    ["double", 0.1, (at) => splice(at, 0, lines[at])],
    [
      "swap",
      0.1,
      (at) => {
        const to = p.int(0, lines.length - 1);
        [lines[at], lines[to]] = [lines[to], lines[at]];
      },
    ],
    ["join", 0.1, (at) => splice(at, 2, lines.slice(at, at + 2).join(" "))],
    [
      "insert",
      0.15,
      (at) =>
        splice(
          at,
          0,
          p.pick([labelLine(p), p.pick(NOTES), "", titleCase(p), `-- ${p.pick(URLS)}`]),
        ),
    ],
    [
      "truncate",
      0.1,
      (at) => {
        lines = lines.slice(0, at + 1);
      },
    ],
    [
      "char",
      0.1,
      (at) => {
        const line = lines[at];
        const cut = p.int(0, line.length);
        lines[at] = `${line.slice(0, cut)}${p.pick(CHARS)}${line.slice(cut)}`;
      },
    ],
    [
      "upper",
      0.1,
      (at) => {
        lines[at] = lines[at].toUpperCase();
      },
    ],
    ["blank", 0.1, (at) => splice(at, 0, ...p.many(1, 3, () => ""))],
  ];
  for (let n = p.int(1, 4); n > 0 && lines.length > 0; n--) {
    const at = p.int(0, lines.length - 1);
    let r = p.random();
    let edit = EDITS[EDITS.length - 1];
    for (const candidate of EDITS) {
      r -= candidate[1];
      if (r < 0) {
        edit = candidate;
        break;
      }
    }
    edit[2](at);
    edits.push(edit[0]);
  }
  return { name: `${file.name} [${edits.join(",")}]`, text: lines.join(p.pick(BREAKS)) };
}

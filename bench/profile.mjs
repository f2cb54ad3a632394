// Where parseArticle spends its time on the seed: `npm run bench:profile`
// builds the package, runs this file, which parses the seed in a child process
// under `node --cpu-prof`, then prints self time per function (mapped back to
// src/ through the source map) and inclusive time per parser stage.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { SourceMap } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const SECONDS = 4;

// `node bench/profile.mjs [dataset]`: the seed, or every file of one corpus dataset.
const dataset = process.argv[2] === "--child" ? process.argv[3] : process.argv[2];

if (process.argv[2] === "--child") {
  const {
    parseArticle: parseOne,
    safeParseArticle,
    safeParseArticles,
  } = await import("../dist/index.js");
  const { seed } = await import("./inputs.mjs");
  let texts = [seed];
  let parseArticle = parseOne;
  if (dataset) {
    const { loadDatasets } = await import("./datasets.mjs");
    const found = loadDatasets().find((d) => d.name === dataset);
    texts = found.texts;
    // Exports are split into their documents, as the benchmark does.
    parseArticle = found.exports ? safeParseArticles : safeParseArticle;
  }
  const all = () => {
    for (const t of texts) parseArticle(t);
  };
  const warm = Math.max(20, Math.round(3000 / texts.length));
  for (let i = 0; i < warm; i++) all();
  const end = performance.now() + SECONDS * 1000;
  let n = 0;
  while (performance.now() < end) {
    all();
    n += 1;
  }
  console.log(JSON.stringify({ parses: n }));
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), "article-profile-"));
const { parses } = JSON.parse(
  execFileSync(
    process.execPath,
    [
      ...(process.env.PROFILE_FLAGS ? process.env.PROFILE_FLAGS.split(" ") : []),
      "--cpu-prof",
      `--cpu-prof-dir=${dir}`,
      "--cpu-prof-interval=50",
      fileURLToPath(import.meta.url),
      "--child",
      ...(dataset ? [dataset] : []),
    ],
    { encoding: "utf8" },
  ),
);
const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
const profile = JSON.parse(readFileSync(join(dir, file), "utf8"));
rmSync(dir, { recursive: true, force: true });

const distUrl = new URL("../dist/index.js", import.meta.url).href;
const map = new SourceMap(
  JSON.parse(readFileSync(new URL("../dist/index.js.map", import.meta.url), "utf8")),
);

/** A readable place for a call frame: src/file.ts:line for our code, package name for others. */
function place(frame) {
  if (frame.url === distUrl) {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
    const source = entry?.originalSource?.replace(/^.*\/src\//, "src/") ?? "dist";
    return `${source}:${(entry?.originalLine ?? frame.lineNumber) + 1}`;
  }
  const pkg = frame.url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  if (frame.url.includes("/bench/")) return "bench";
  return frame.url === "" ? "V8" : "node";
}

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Sample counts per node, weighted by the time each sample stands for.
const selfTime = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
let parseTime = 0;
const bySelf = new Map();
const stages = new Map();
// The pipeline's stages, as functions: the whole parse, its steps in order
// (mojibake check, lines, layout detection, classification — `classify` of
// a layout of its own, `classifyStandard` of the shared one — with the steps
// inside it, character checks, composing, the schema check), and the rules
// most steps share.
const STAGES = [
  "parseInput",
  "findMojibake",
  "scanLines",
  "detect",
  "classify",
  "classifyStandard",
  "readPieces",
  "findTrailer",
  "takePageLines",
  "takeNotes",
  "chooseHeadings",
  "checkCharacters",
  "composeArticle",
  "safeParse",
  "isHeadingText",
  "isProse",
];
for (const [id, time] of selfTime) {
  // Only samples taken inside parseArticle count; the loop around it does not.
  const chain = [];
  for (let at = id; at !== undefined; at = parent.get(at)) chain.push(nodes.get(at).callFrame);
  const entry = ["parseArticle", "safeParseArticle", "safeParseArticles"];
  if (!chain.some((f) => entry.includes(f.functionName))) continue;
  parseTime += time;
  const frame = chain[0];
  const key = `${frame.functionName || "(anonymous)"} · ${place(frame)}`;
  bySelf.set(key, (bySelf.get(key) ?? 0) + time);
  const seen = new Set();
  for (const f of chain) {
    if (!STAGES.includes(f.functionName) || seen.has(f.functionName)) continue;
    if (f.functionName === "safeParse" && !place(f).startsWith("zod")) continue;
    seen.add(f.functionName);
    stages.set(f.functionName, (stages.get(f.functionName) ?? 0) + time);
  }
}

const perParse = (us) => (us / parses).toFixed(2);
const share = (us) => `${((100 * us) / parseTime).toFixed(1)}%`;
console.log(
  `${parses} parses of ${dataset ? `every ${dataset} file` : "the seed"} in ${SECONDS} s: ${perParse(parseTime)} µs each inside the parser (profiler on).\n`,
);
console.log("| stage (inclusive) | µs per parse | share |\n|---|---|---|");
for (const name of STAGES) {
  const t = stages.get(name) ?? 0;
  console.log(
    `| ${name === "safeParse" ? "zod safeParse" : name} | ${perParse(t)} | ${share(t)} |`,
  );
}
console.log("\n| function (self time) | µs per parse | share |\n|---|---|---|");
for (const [key, t] of [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`| ${key} | ${perParse(t)} | ${share(t)} |`);
}

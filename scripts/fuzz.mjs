// The fuzz suite: `npm run test:fuzz` (after a build). FUZZ_RUNS inputs (12,000
// by default) across five families — structured articles in every dialect's
// layout, mutated corpus files, arbitrary strings, arbitrary bytes, hostile
// values and options — each checked against the parser's invariants. SEED (or
// FUZZ_SEED) sets the run's seed; FUZZ_ONLY=<n> makes input n alone again
// (and FUZZ_DUMP=<file> writes it, text or bytes, to a file).
// Ends with one line: `N passed, N failed`.
import { writeFileSync } from "node:fs";
import { corpusRoot } from "./corpus.mjs";
import { check, inexactPages } from "./fuzz-checks.mjs";
import { corpusFiles, mutated } from "./fuzz-corpus.mjs";
import {
  arbitraryBytes,
  arbitraryString,
  hostileOptions,
  hostileValue,
  someOptions,
} from "./fuzz-hostile.mjs";
import { picker, structured } from "./fuzz-inputs.mjs";
import { mulberry32 } from "./prng.mjs";

const env = process.env;
const seedText = env.FUZZ_SEED ?? env.SEED;
const seed =
  seedText !== undefined && seedText !== ""
    ? Number(seedText)
    : (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) >>> 1;
if (!Number.isSafeInteger(seed)) {
  console.error(`SEED must be an integer, got ${JSON.stringify(seedText)}`);
  process.exit(1);
}
const runs = Number(env.FUZZ_RUNS ?? 12_000);
const only = env.FUZZ_ONLY === undefined ? null : Number(env.FUZZ_ONLY);

let files = [];
try {
  files = corpusFiles();
} catch (error) {
  console.error(
    `fuzz: no corpus at ${corpusRoot()} (${error.code ?? error.message}); set SYNDICATED_ARTICLE_CORPUS`,
  );
  process.exit(1);
}

// ---- inputs ----------------------------------------------------------------

const FAMILIES = [
  ["structured", 0.35],
  ["corpus", 0.25],
  ["string", 0.2],
  ["bytes", 0.1],
  ["hostile", 0.1],
];

function makeInput(i) {
  const p = picker(mulberry32(seed + i * 0x9e3779b1));
  let r = p.random();
  let family = "hostile";
  for (const [name, weight] of FAMILIES) {
    if (r < weight) {
      family = name;
      break;
    }
    r -= weight;
  }
  if (family === "structured") {
    const { layout, text } = structured(p);
    return { family, what: layout, input: text, options: someOptions(p) };
  }
  if (family === "corpus") {
    const { name, text } = mutated(p, files);
    return { family, what: name, input: text, options: someOptions(p) };
  }
  if (family === "string")
    return { family, what: "", input: arbitraryString(p), options: undefined };
  if (family === "bytes") return { family, what: "", input: arbitraryBytes(p), options: undefined };
  if (p.chance(0.5)) return { family, what: "value", input: hostileValue(p), options: undefined };
  return { family, what: "options", input: structured(p).text, options: hostileOptions(p) };
}

// ---- run ---------------------------------------------------------------------

const started = performance.now();
let passed = 0;
let failed = 0;
const byFamily = Object.fromEntries(FAMILIES.map(([name]) => [name, { runs: 0, failed: 0 }]));
const shown = new Map();
const first = only ?? 0;
const last = only ?? runs - 1;
for (let i = first; i <= last; i++) {
  const input = makeInput(i);
  if (env.FUZZ_PROGRESS && i > first && i % 50_000 === 0) {
    console.error(
      `${i} inputs, ${failed} failed, ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  }
  const problems = check(input);
  if (
    only !== null &&
    env.FUZZ_DUMP &&
    (typeof input.input === "string" || input.input instanceof Uint8Array)
  ) {
    writeFileSync(env.FUZZ_DUMP, input.input);
  }
  byFamily[input.family].runs++;
  if (problems.length === 0) {
    passed++;
    continue;
  }
  failed++;
  byFamily[input.family].failed++;
  const kind = problems[0].replace(/".*$|\d+/gs, "").slice(0, 60);
  const count = (shown.get(kind) ?? 0) + 1;
  shown.set(kind, count);
  if (count <= 2 || only !== null || env.FUZZ_ALL) {
    const shownInput =
      typeof input.input === "string"
        ? JSON.stringify(input.input.slice(0, 1500))
        : String(input.input?.constructor?.name ?? typeof input.input);
    console.log(
      `✗ input ${i} (${input.family}${input.what ? ` ${input.what}` : ""}) — SEED=${seed} FUZZ_ONLY=${i} npm run test:fuzz`,
    );
    for (const problem of problems.slice(0, 4)) console.log(`    ${problem}`);
    console.log(
      `    input: ${shownInput}${input.options ? `  options: ${JSON.stringify(input.options)}` : ""}`,
    );
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const [name, f] of Object.entries(byFamily))
  console.log(`  ${name}: ${f.runs} inputs, ${f.failed} failed`);
if (failed > 0) {
  console.log(`problem kinds: ${[...shown].map(([k, n]) => `${n}× ${k}`).join(" | ")}`);
  console.log(`random seed of this run: ${seed} (SEED=${seed} repeats it)`);
}
console.log(
  `seed ${seed}, ${passed + failed} inputs in ${seconds} s, ${files.length} corpus files`,
);
if (inexactPages.count > 0) {
  console.log(
    `copied pages and texts with no title read back with every word but another decision: ${inexactPages.count}`,
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

// Facts the guides state that the code can give: the Article's fields (from
// schema.json, itself generated from articleSchema), the built-in languages
// (from `locales`) and the bundle sizes (from the size-limit run). Run it to
// write them into the guides; `--check` only compares, and exits with 1 and
// the differences when a guide disagrees (tests/docs-facts.test.ts runs it).
// Needs a build (dist/, schema.json).
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { locales } from "../dist/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const read = (path) => readFileSync(`${root}${path}`, "utf8");

/** A JSON Schema property's type as TypeScript writes it. */
function typeOf(property) {
  if (property.$ref) return property.$ref.split("/").at(-1);
  if (property.anyOf) {
    return [...new Set(property.anyOf.map(typeOf))].join(" | ");
  }
  if (property.enum)
    return `${property.enum
      .slice(0, 2)
      .map((v) => JSON.stringify(v))
      .join(" | ")} | …`;
  if (property.type === "array") return `${typeOf(property.items)}[]`;
  if (Array.isArray(property.type))
    return property.type.map((type) => typeOf({ type })).join(" | ");
  if (property.type === "integer") return "number";
  return property.type;
}

// East Asian wide characters take two columns, as the formatter counts them.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;
const width = (text) => text.length + (text.match(WIDE)?.length ?? 0);

/** Cells padded to their column's width, as a Markdown table. */
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => width(row[i]))));
  const pad = (cell, i) => cell + " ".repeat(widths[i] - width(cell));
  const line = (row) => `| ${row.map(pad).join(" | ")} |`;
  return [
    line(rows[0]),
    `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`,
    ...rows.slice(1).map(line),
  ].join("\n");
}

/** The README's table of the Article's fields: name, type and description, from the schema. */
export function fieldTable() {
  const schema = JSON.parse(read("schema.json"));
  const rows = Object.entries(schema.properties).map(([name, property]) => [
    `\`${name}\``,
    `\`${typeOf(property).replaceAll("|", "\\|")}\``,
    property.description,
  ]);
  return table([["field", "type", "what it holds"], ...rows]);
}

/** The built-in languages by their English names, in alphabetical order. */
export function languages() {
  const names = new Intl.DisplayNames(["en"], { type: "language" });
  return Object.values(locales)
    .map((locale) => names.of(locale.language))
    .sort();
}

const NUMBERS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
];

/** `a, b and c`. */
const list = (items) => `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** The sizes the size-limit run measures, by the name of each check, in kB as it prints them. */
export function sizes() {
  const run = spawnSync(process.execPath, [`${root}node_modules/size-limit/bin.js`, "--json"], {
    cwd: root,
    encoding: "utf8",
  });
  const checks = JSON.parse(run.stdout);
  const kB = (name) => `${(checks.find((c) => c.name === name).size / 1000).toFixed(1)} kB`;
  return {
    parser: kB("createParser + aggregator dialect + English (zod excluded)"),
    all: kB("default entry, every export (zod excluded)"),
  };
}

/** Each guide, and the facts written into it: a pattern and what it must read. */
function facts() {
  const names = languages();
  const codes = Object.values(locales)
    .map((l) => l.language)
    .sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a < b ? -1 : 1));
  const size = sizes();
  return {
    "README.md": [
      [
        /(<!-- generated: article-fields -->\n)[\s\S]*?(\n<!-- \/generated -->)/,
        `$1${fieldTable()}$2`,
      ],
      [/in(\s+)[a-z]+(\s+)languages;/, `in$1${NUMBERS[names.length]}$2languages;`],
      [
        /labels in [A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*\s+and\s+[A-Z][a-z]+ \(`locales`\)/,
        `labels in ${list(names)} (\`locales\`)`,
      ],
    ],
    "docs/recipes.md": [
      [
        /[A-Z][a-z]+ are built in and recognised at\s+once: `locales\.en`(?:,\s+`[a-z]+`)*\s+and\s+`[a-z]+`\./,
        `${NUMBERS[names.length][0].toUpperCase()}${NUMBERS[names.length].slice(1)} are built in and recognised at once: \`locales.en\`, ${list(codes.slice(1).map((c) => `\`${c}\``))}.`,
      ],
      [
        /\([0-9.]+ kB against [0-9.]+ kB for\s+every export,/,
        `(${size.parser} against ${size.all} for every export,`,
      ],
    ],
  };
}

const check = process.argv.includes("--check");
const wrong = [];
for (const [file, rules] of Object.entries(facts())) {
  let text = read(file);
  for (const [pattern, replacement] of rules) {
    const found = text.match(pattern)?.[0];
    if (found === undefined) {
      wrong.push(`${file}: nothing matches ${pattern}`);
      continue;
    }
    const wanted = found.replace(pattern, replacement);
    if (wanted === found) continue;
    if (check) wrong.push(`${file} reads\n${found}\nwhere the code says\n${wanted}`);
    text = text.replace(found, wanted);
  }
  if (!check) writeFileSync(`${root}${file}`, text);
}
if (wrong.length > 0) {
  console.error(`${wrong.join("\n\n")}\n\nRun \`npm run docs:facts\` to write the facts in.`);
  process.exitCode = 1;
} else if (check) console.log("the guides agree with the code");

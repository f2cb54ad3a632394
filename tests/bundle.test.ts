import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

// What an app's bundle holds when it builds a parser from the aggregator
// dialect and English alone. The package ships one flat file (tsup bundles
// src/ into dist/index.js), so the entry is first flattened the same way, then
// bundled as an app would bundle it; a bundle from src/ directly is checked too.

const entry = new URL("../src/index.ts", import.meta.url).pathname;
const app = `import { createParser, aggregatorDialect, enLocale } from "syndicated-article";
export const parser = createParser({ dialects: [aggregatorDialect], locales: [enLocale] });`;

async function flatPackage(): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    external: ["zod"],
    charset: "utf8",
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0]?.text ?? "";
}

/** Serves `syndicated-article` from `source` (a flat file) or from src/. */
function packageFrom(source: string | null): Plugin {
  return {
    name: "package",
    setup(b) {
      b.onResolve({ filter: /^syndicated-article$/ }, () =>
        source === null ? { path: entry } : { path: "flat", namespace: "package" },
      );
      b.onLoad({ filter: /.*/, namespace: "package" }, () => ({
        contents: source ?? "",
        loader: "js",
      }));
    },
  };
}

async function bundleApp(source: string | null) {
  const out = await build({
    stdin: { contents: app, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    format: "esm",
    minify: true,
    external: ["zod"],
    charset: "utf8",
    metafile: true,
    write: false,
    logLevel: "silent",
    plugins: [packageFrom(source)],
  });
  // The modules that put code into the bundle (the metafile's inputs also list
  // modules read and then shaken off entirely).
  const output = Object.values(out.metafile.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {})
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([path]) => path);
  return { text: out.outputFiles[0]?.text ?? "", inputs };
}

// Text only the other dialects and locales hold: rule names and labels.
const FOREIGN = [
  "factiva-pd", // the Factiva dialect's rules
  "markdown-marks", // the Markdown dialect's
  "责任编辑", // Chinese labels
  "Originaltitel", // German
  "Источник", // Russian
  "출처", // Korean
  "Fuente", // Spanish
  "Fonte", // Italian
];

describe("a parser of the aggregator dialect and English", () => {
  it("bundled from src/, holds no other dialect or locale module", async () => {
    const { text, inputs } = await bundleApp(null);
    const modules = inputs.filter((p) => /src\/(dialects|locales)\//.test(p));
    const own = modules.filter((p) => !/src\/locales\/dates\/|language-names/.test(p)).sort();
    // The feed splitter, which every parser has for its feed functions, tells
    // documents apart by Factiva's code lines, Nexis's markers and the record tags of
    // markup files whatever the
    // parser's dialects: those tables come along, never their dialects' rules.
    expect(own.map((p) => p.replace(/^.*src\//, ""))).toEqual([
      "dialects/aggregator.ts",
      "dialects/factiva-codes.ts",
      "dialects/nexis-fields.ts",
      "dialects/nexis-marks.ts",
      "dialects/record-marks.ts",
      "locales/en.ts",
    ]);
    expect(
      modules.filter((p) => p.includes("locales/dates/")).map((p) => p.replace(/^.*\//, "")),
    ).toEqual(["en.ts"]);
    for (const mark of FOREIGN) expect(text, mark).not.toContain(mark);
    expect(text).toContain("labelled-last-line");
  });

  it("bundled from the flat package file, holds none of their text either", async () => {
    const flat = await flatPackage();
    for (const mark of FOREIGN) expect(flat, mark).toContain(mark);
    const { text } = await bundleApp(flat);
    for (const mark of FOREIGN) expect(text, mark).not.toContain(mark);
    expect(text).toContain("labelled-last-line");
  });
});

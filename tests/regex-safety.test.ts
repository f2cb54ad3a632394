import { describe, expect, it } from "vitest";
import {
  check,
  ESCAPED_PLACEHOLDER,
  found,
  hasDocumentedFunction,
  KNOWN_DYNAMIC,
  KNOWN_UNSAFE,
  scanSource,
  scans,
  sources,
} from "./support/regex-scan.js";

// The rules every regular expression of src/ keeps, checked in every run: each
// is found, and built from literals or documented escapes, so that
// tests/regex/recheck.test.ts (`npm run test:regex`, in CI) can check it for
// ReDoS. That check takes about a minute and is kept out of `npm test`.

describe("the regular expressions in src/", () => {
  it("are found: a plausible number, so this test cannot pass vacuously", () => {
    expect(sources.length).toBeGreaterThan(5);
    expect(found.length).toBeGreaterThan(10);
  });

  it("are all built from literals or documented safe escapes", () => {
    const dynamic = scans.flatMap((s) => s.dynamic);
    expect(dynamic.filter((d) => !KNOWN_DYNAMIC.has(d.key)).map((d) => d.where)).toEqual([]);
    expect(
      [...KNOWN_DYNAMIC.keys()].filter((k) => !dynamic.some((d) => d.key === k)),
      "entries of KNOWN_DYNAMIC no longer in src/: remove them",
    ).toEqual([]);
    for (const name of new Set(scans.flatMap((s) => [...s.escapesUsed]))) {
      expect(
        sources.some((f) => hasDocumentedFunction(f.text, name)),
        `${name} must be declared in src/ with a doc comment`,
      ).toBe(true);
    }
  });

  it("lists as known-unsafe only regexes still in src/", () => {
    expect(
      [...KNOWN_UNSAFE.keys()].filter((s) => !found.some((r) => r.source === s)),
      "entries of KNOWN_UNSAFE no longer in src/: remove them",
    ).toEqual([]);
  });
});

describe("the regex scan itself", () => {
  const sample = [
    "const a = /x+/gu;",
    'const b = new RegExp("y*", "i");',
    "const c = RegExp(`z?`);",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text holding a template literal
    'const d = new RegExp(`^${escapeRegExp(label)}:`, "u");',
    "const e = new RegExp(userInput);",
    "f(new RegExp('ok', flagsFromCaller));",
    'const g = text.match("a+b");',
  ].join("\n");
  const scan = scanSource("sample.ts", sample);

  it("finds literals, RegExp calls with literal arguments and string patterns", () => {
    expect(scan.regexes.map((r) => `/${r.source}/${r.flags}`)).toEqual([
      "/x+/gu",
      "/y*/i",
      "/z?/",
      `/^${ESCAPED_PLACEHOLDER}:/u`,
      "/a+b/",
    ]);
    expect([...scan.escapesUsed]).toEqual(["escapeRegExp"]);
  });

  it("flags a RegExp built from anything else", () => {
    expect(scan.dynamic).toEqual([
      { where: "sample.ts:5", key: "sample.ts e" },
      { where: "sample.ts:6", key: "sample.ts 'ok'" },
    ]);
  });

  it("reports a known-vulnerable pattern as not safe, and a linear one as safe", () => {
    expect(check({ source: "^(a|a)*$", flags: "" }).status).toBe("vulnerable");
    expect(check({ source: "^a+$", flags: "" }).status).toBe("safe");
  });
});

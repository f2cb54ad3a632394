import { describe, expect, it } from "vitest";
import {
  check,
  compiledLexicon,
  type FoundRegex,
  found,
  KNOWN_UNSAFE,
} from "../support/regex-scan.js";

// Every regular expression of src/, and those the default lexicon compiles,
// checked for ReDoS with recheck: about a minute on two cores, so it runs apart
// from `npm test`, as `npm run test:regex` (in CI). tests/regex-safety.test.ts
// keeps, in every run, the rules that make each pattern checkable here.

describe("the regular expressions in src/", () => {
  it("are found: a plausible number, so this test cannot pass vacuously", () => {
    expect(found.length).toBeGreaterThan(10);
  });

  const safeCase = (_: string, regex: FoundRegex) => {
    const result = check(regex);
    const detail =
      result.status === "vulnerable"
        ? `${result.complexity.summary}; attack: ${result.attack.pattern}`
        : result.status === "unknown"
          ? result.error.kind
          : "";
    expect(result.status, detail).toBe("safe");
  };
  const compiled = compiledLexicon();
  it.each(compiled.map((r) => [`${r.where} /${r.source.slice(0, 40)}…/`, r] as const))(
    "%s, built from the built-in locales, is safe from ReDoS",
    safeCase,
    60_000,
  );
  const label = (r: FoundRegex) => [`${r.where} /${r.source}/${r.flags}`, r] as const;
  it.each(found.filter((r) => !KNOWN_UNSAFE.has(r.source)).map(label))(
    "%s is safe from ReDoS",
    safeCase,
    60_000,
  );
  const known = found.filter((r) => KNOWN_UNSAFE.has(r.source));
  if (known.length > 0) {
    it.fails.each(known.map(label))(
      "%s is a known ReDoS, listed in KNOWN_UNSAFE",
      safeCase,
      60_000,
    );
  }
});

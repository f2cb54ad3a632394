import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Article, formatArticle, parseArticle, safeParseArticle } from "../src/index.js";

// Every fixture that parses must survive format → parse unchanged (spans aside),
// and formatting must be idempotent. Fixtures of other suites (BBC) are picked
// up when they are present.

const root = new URL("../fixtures/", import.meta.url);

function textFiles(dir: URL): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const url = new URL(name, dir);
    if (statSync(url).isDirectory()) return textFiles(new URL(`${name}/`, dir));
    return name.endsWith(".txt") ? [url.pathname.slice(root.pathname.length)] : [];
  });
}

const fixtures = textFiles(root).sort();

function withoutSpans(a: Article): Omit<Article, "spans" | "dialect"> {
  // The layout read back may differ: formatArticle writes one layout for all.
  const { spans, dialect, ...rest } = a;
  return rest;
}

describe("format → parse round trip over the fixtures", () => {
  it("finds the seed and the Reuters fixtures", () => {
    expect(fixtures).toContain("seed-article.txt");
    expect(fixtures.filter((f) => f.startsWith("reuters/"))).toHaveLength(34);
  });

  const parsed = fixtures.filter(
    (f) => safeParseArticle(new Uint8Array(readFileSync(new URL(f, root)))).success,
  );

  it.each(parsed)("%s", (name) => {
    const a = parseArticle(new Uint8Array(readFileSync(new URL(name, root))));
    const text = formatArticle(a);
    const again = parseArticle(text);
    expect(withoutSpans(again)).toEqual(withoutSpans(a));
    expect(formatArticle(again)).toBe(text);
  });
});

describe("Latin-1 bytes (the BBC's sport/199.txt)", () => {
  // "Pound Falls\n\nIt cost £5 million." with £ as the single byte 0xA3.
  const head = [..."Pound Falls\n\nIt cost "].map((c) => c.charCodeAt(0));
  const tail = [..."5 million."].map((c) => c.charCodeAt(0));
  const bytes = new Uint8Array([...head, 0xa3, ...tail]);

  it("is read as windows-1252 with a not-utf8 warning, the pound sign intact", () => {
    const result = safeParseArticle(bytes);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.warnings.map((w) => w.code)).toEqual(["not-utf8"]);
    expect(result.data.headline).toBe("Pound Falls");
    expect(result.data.sections).toEqual([{ heading: null, paragraphs: ["It cost £5 million."] }]);
  });

  it("round-trips through format as UTF-8 text", () => {
    const a = parseArticle(bytes);
    const text = formatArticle(a);
    expect(text).toBe("Pound Falls\n\nIt cost £5 million.");
    const utf8 = new TextEncoder().encode(text);
    const result = safeParseArticle(utf8);
    expect(result.success && result.warnings).toEqual([]);
    expect(withoutSpans(parseArticle(utf8))).toEqual(withoutSpans(a));
  });

  it("does not warn for the same text as UTF-8 (0xC2 0xA3)", () => {
    const result = safeParseArticle(new TextEncoder().encode("Pound Falls\n\nIt cost £5 million."));
    expect(result.success && result.warnings).toEqual([]);
  });
});

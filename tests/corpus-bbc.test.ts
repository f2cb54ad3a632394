import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Article, parseArticle } from "../src/index.js";

// The BBC News dataset (Greene & Cunningham, ICML 2006), copied byte-exact into fixtures/bbc.
// Its documented layout is the ground truth: line 1 is the headline, and every following
// non-blank line is one paragraph, in order.
const root = new URL("../fixtures/bbc/", import.meta.url);
const categories = ["business", "entertainment", "politics", "sport", "tech"];

interface CorpusFile {
  name: string;
  text: string;
}

function decode(name: string, bytes: Uint8Array): string {
  // sport/199.txt is the one Latin-1 file (0xA3 for £); the rest are UTF-8.
  if (name === "sport/199.txt") return new TextDecoder("windows-1252").decode(bytes);
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

const files: CorpusFile[] = categories.flatMap((category) =>
  readdirSync(new URL(`${category}/`, root))
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = `${category}/${file}`;
      return { name, text: decode(name, readFileSync(new URL(name, root))) };
    }),
);

/** The dataset's own answer: headline and body lines, trimmed, inner white space collapsed. */
function groundTruth(text: string): { headline: string; body: string[] } {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.trim().replace(/\s+/g, " "));
  return { headline: lines[0] ?? "", body: lines.slice(1).filter((line) => line !== "") };
}

function flatten(article: Article): string[] {
  return article.sections.flatMap((s) =>
    s.heading === null ? s.paragraphs : [s.heading, ...s.paragraphs],
  );
}

const parsed = new Map<string, Article>();
for (const file of files) parsed.set(file.name, parseArticle(file.text));

describe("the BBC corpus sample", () => {
  it("holds 100 files, 20 per category", () => {
    expect(files).toHaveLength(100);
    for (const category of categories) {
      expect(files.filter((f) => f.name.startsWith(`${category}/`))).toHaveLength(20);
    }
  });

  it("decodes sport/199.txt as Latin-1, with its pound signs", () => {
    const file = files.find((f) => f.name === "sport/199.txt");
    expect(file?.text).toContain("£");
    expect(file?.text).not.toContain("\ufffd");
  });

  it.each(files.map((f) => [f.name, f] as const))("%s: headline is line 1", (name, file) => {
    expect(parsed.get(name)?.headline).toBe(groundTruth(file.text).headline);
  });

  it.each(files.map((f) => [f.name, f] as const))(
    "%s: the body, headings and paragraphs in order, is every other non-blank line",
    (name, file) => {
      const article = parsed.get(name);
      expect(article).toBeDefined();
      expect(flatten(article as Article)).toEqual(groundTruth(file.text).body);
    },
  );

  it("has no trailer fields anywhere", () => {
    for (const article of parsed.values()) {
      expect(article.trailer).toEqual([]);
      expect([article.source, article.originalUrl, article.disclaimer]).toEqual([null, null, null]);
    }
  });

  it("finds exactly the three padded all-caps subheads as headings, and nothing else", () => {
    const headings: string[] = [];
    for (const [name, article] of parsed) {
      for (const section of article.sections) {
        if (section.heading !== null) headings.push(`${name}: ${section.heading}`);
      }
    }
    expect(headings.sort()).toEqual([
      "tech/095.txt: FATAL FORCE (MACROSPACE)",
      "tech/095.txt: TOO FAST TOO FURIOUS (DIGITAL BRIDGES)",
      "tech/244.txt: WORLD OF WARCRAFT",
    ]);
  });

  it("starts every article with a heading-less section", () => {
    for (const article of parsed.values()) expect(article.sections[0]?.heading).toBeNull();
  });

  it("keeps the dash lists, line-ups, link fragments and footers as paragraphs", () => {
    const paragraphs = (name: string) =>
      (parsed.get(name) as Article).sections.flatMap((s) => s.paragraphs);
    // Short unpunctuated lines the dataset documents as paragraphs, not headings.
    expect(paragraphs("business/159.txt")).toContain(
      "- Pledged 102.16bn rupees ($2.3bn) for tsunami victims",
    );
    expect(paragraphs("entertainment/070.txt")).toContain("Animation - Brush Head");
    expect(paragraphs("entertainment/201.txt")).toContain("School Of Rock");
    expect(paragraphs("sport/058.txt")).toContain("and");
    expect(paragraphs("sport/104.txt")).toContain("78,000");
    expect(paragraphs("sport/108.txt")).toContain("C Thomson");
    expect(paragraphs("politics/389.txt")).toContain("The shape of the UK's economy In graphics");
  });
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusRoot } from "../../scripts/corpus.mjs";
import { type Article, formatArticle, safeParseArticle } from "../../src/index.js";

// The story files of news datasets (../shared/corpus/datasets, README there):
// CNN/DailyMail `.story` files and XSum `.data` files. The ground truth is the
// layout the README states, read here on its own terms (lines, markers), never
// by the parser: the article's lines before the first `@highlight`, one
// paragraph a line; each non-blank line after a marker a highlight; XSum's URL,
// introduction and body under their markers. No file has a title.

const dir = join(corpusRoot(), "datasets");
const files = (folder: string) =>
  existsSync(join(dir, folder))
    ? readdirSync(join(dir, folder))
        .filter((f) => !f.startsWith("."))
        .sort()
    : [];
const read = (folder: string, file: string) => readFileSync(join(dir, folder, file), "utf8");
const nonBlank = (lines: string[]) => lines.map((l) => l.trim()).filter((l) => l !== "");

/** A story's layout as the README states it. */
function storyLayout(text: string) {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() === "@highlight");
  return {
    paragraphs: nonBlank(lines.slice(0, first)),
    highlights: nonBlank(lines.slice(first)).filter((l) => l !== "@highlight"),
  };
}

/** An XSum file's layout as the README states it. */
function xsumLayout(text: string) {
  const under = (name: string) => {
    const lines = text.split(/\r?\n/);
    const at = lines.indexOf(`[XSUM]${name}[XSUM]`);
    const next = lines.findIndex((l, i) => i > at && /^\[XSUM\][A-Z]+\[XSUM\]$/.test(l));
    return nonBlank(lines.slice(at + 1, next === -1 ? lines.length : next));
  };
  return { url: under("URL")[0], introduction: under("INTRODUCTION")[0], body: under("RESTBODY") };
}

/** The body as one list: the dateline written back before the first paragraph. */
function bodyLines(a: Article): string[] {
  const out = a.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs]);
  if (a.dateline && out.length > 0) out[0] = `${a.dateline.text}${out[0]}`;
  return out.map((l) => l.trim());
}

describe("CNN/DailyMail stories (datasets/cnn-story)", () => {
  const stories = files("cnn-story");

  it("holds the files its README lists", () => {
    expect(stories.length).toBeGreaterThanOrEqual(10);
  });

  it.each(stories)("%s: no title, every paragraph and highlight in its place", (file) => {
    const text = read("cnn-story", file);
    const result = safeParseArticle(text);
    if (!result.success) throw result.error;
    const a = result.data;
    const layout = storyLayout(text);
    expect(a.dialect).toBe("cnn-dailymail");
    expect(a.headline).toBe(null);
    expect(result.warnings.map((w) => w.code)).toEqual(["no-headline"]);
    expect(a.highlights).toEqual(layout.highlights);
    // The body's paragraphs are the article's lines, a credit line taken out as a note.
    const notes = a.notes.map((n) => n.text);
    expect([...bodyLines(a), ...notes].sort()).toEqual([...layout.paragraphs].sort());
    // Written back, it reads as the same Article.
    const back = safeParseArticle(formatArticle(a));
    expect(back.success && { ...back.data, spans: null }).toEqual({ ...a, spans: null });
  });

  it("cuts the opening datelines in their three forms", () => {
    const dateline = (file: string) => {
      const r = safeParseArticle(read("cnn-story", file));
      return r.success ? [r.data.dateline?.text, r.data.dateline?.place, r.data.source] : null;
    };
    expect(dateline("017d27d00eb43678c15cb4a8dd4723a035323219.story")).toEqual([
      "WASHINGTON (CNN) -- ",
      "WASHINGTON",
      "CNN",
    ]);
    expect(dateline("2bd8ada1de6a7b02f59430cc82045eb8d29cf033.story")).toEqual([
      "(CNN)",
      null,
      "CNN",
    ]);
    expect(dateline("a1ebb8bb4d370a1fdf28769206d572be60642d70.story")).toEqual([
      "BAGHDAD, Iraq (CNN) -- ",
      "BAGHDAD, Iraq",
      "CNN",
    ]);
  });

  it("gives the highlights of a story as written", () => {
    const r = safeParseArticle(read("cnn-story", "2bd8ada1de6a7b02f59430cc82045eb8d29cf033.story"));
    expect(r.success && r.data.highlights.at(-1)).toBe("Barker, 91, had retired as host in 2007");
    expect(r.success && r.data.sections[0]?.paragraphs[0]).toBe(
      "For the first time in eight years, a TV legend returned to doing what he does best.",
    );
  });
});

describe("XSum files (datasets/xsum)", () => {
  const data = files("xsum");

  it("holds the files its README lists", () => {
    expect(data.length).toBeGreaterThanOrEqual(15);
  });

  it.each(data)("%s: URL, introduction and body in their fields", (file) => {
    const text = read("xsum", file);
    const result = safeParseArticle(text);
    if (!result.success) throw result.error;
    const a = result.data;
    const layout = xsumLayout(text);
    expect(a.dialect).toBe("xsum");
    expect(a.headline).toBe(null);
    expect(a.originalUrl).toBe(layout.url);
    expect(a.standfirst).toBe(layout.introduction);
    expect(bodyLines(a)).toEqual(layout.body);
    expect(a.trailer).toEqual([]);
    const back = safeParseArticle(formatArticle(a));
    expect(back.success && { ...back.data, spans: null }).toEqual({ ...a, spans: null });
  });

  it("gives one file's fields as written", () => {
    const r = safeParseArticle(read("xsum", "33002541.data"));
    if (!r.success) throw r.error;
    expect(r.data.originalUrl).toBe(
      "http://web.archive.org/web/20150605024321/http://www.bbc.co.uk/news/uk-wales-south-east-wales-33002541",
    );
  });
});

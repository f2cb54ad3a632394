import { describe, expect, it } from "vitest";
import {
  safeParseArticles,
  safeParseArticlesStream,
  splitArticles,
  splitArticlesStream,
  splitFeed,
} from "../src/index.js";
import { random, withSeed } from "./support/seed.js";

// Files of markup records are feeds: cut at the record tags, whatever the text
// between them looks like, the same whole and in chunks.

const escapeText = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;");

/** A Reuters-21578 record of the given parts, its body hard-wrapped every `wrap` words. */
function reutersRecord(
  id: number,
  title: string,
  topics: string[],
  paragraphs: string[][],
): string {
  const body = paragraphs
    .map((words) => {
      const lines: string[] = [];
      for (let i = 0; i < words.length; i += 6) lines.push(words.slice(i, i + 6).join(" "));
      return `    ${lines.map(escapeText).join("\n")}`;
    })
    .join("\n");
  return `<REUTERS NEWID="${id}">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS>${topics.map((t) => `<D>${t}</D>`).join("")}</TOPICS>
<TEXT>&#2;
<TITLE>${escapeText(title)}</TITLE>
<BODY>${body}
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
`;
}

const PROLOGUE = '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n';

// Lines that end an article in other feeds: rules, wire headers, trailers.
const TRAPS = [
  ["-----", "Source: AFP", "Original: example.com/1"],
  ["-- Not a header", "-- Nor this"],
];

function file(): string {
  return (
    PROLOGUE +
    reutersRecord(1, "COCOA <BAC> & CO", ["cocoa"], [["Showers", "continued."]]) +
    reutersRecord(2, "GRAIN", [], [TRAPS[0] as string[], ["After", "the", "traps."]]) +
    reutersRecord(3, "OIL", ["crude", "nat-gas"], [TRAPS[1] as string[]])
  );
}

async function collect<T>(stream: ReadableStream<T>): Promise<T[]> {
  const out: T[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out;
    out.push(value);
  }
}

function chunked(text: string, next: () => number): ReadableStream<string> {
  return new ReadableStream<string>({
    start(controller) {
      for (let at = 0; at < text.length; ) {
        const size = 1 + Math.floor(next() * 40);
        controller.enqueue(text.slice(at, at + size));
        at += size;
      }
      controller.close();
    },
  });
}

describe("feeds of markup records", () => {
  it("splits at the record tags, the prologue reported apart, no line of a record ending it", () => {
    const text = file();
    const found = splitFeed(text);
    expect(found.articles).toHaveLength(3);
    expect(found.skipped).toEqual([{ start: 0, end: 35, line: 1, col: 1, reason: "prologue" }]);
    expect(splitArticles(text).map((a) => a.slice(0, 20))).toEqual([
      '<REUTERS NEWID="1">\n',
      '<REUTERS NEWID="2">\n',
      '<REUTERS NEWID="3">\n',
    ]);
    const results = safeParseArticles(text);
    expect(results.map((r) => r.success && r.data.headline)).toEqual([
      "COCOA <BAC> & CO",
      "GRAIN",
      "OIL",
    ]);
    const grain = results[1];
    expect(grain?.success && grain.data.sections[0]?.paragraphs).toEqual([
      "----- Source: AFP Original: example.com/1",
      "After the traps.",
    ]);
  });

  it("gives the same articles streamed in random chunks", async () => {
    const text = file();
    const next = random(7);
    for (let round = 0; round < 20; round++) {
      const pieces = await collect(chunked(text, next).pipeThrough(splitArticlesStream()));
      expect(pieces, withSeed()).toEqual(splitArticles(text));
    }
    const results = await collect(chunked(text, next).pipeThrough(safeParseArticlesStream()));
    expect(results.map((r) => r.success && r.data.id)).toEqual(["1", "2", "3"]);
  });
});

import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type SafeParseArticleResult,
  safeParseArticles,
  safeParseArticlesStream,
  splitArticles,
  splitArticlesStream,
} from "../src/index.js";
import { generateFeed } from "./support/feed-gen.js";
import { random, seed, withSeed } from "./support/seed.js";

/** Feeds `chunks` through `transform` and collects what comes out. */
async function through<I, O>(
  chunks: readonly I[],
  transform: { readable: ReadableStream<O>; writable: WritableStream<I> },
): Promise<O[]> {
  const source = new ReadableStream<I>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return collect(source.pipeThrough(transform));
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

/** `text` cut at the given offsets. */
function cut(text: string, at: readonly number[]): string[] {
  const points = [...new Set(at)].filter((p) => p > 0 && p < text.length).sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(text.slice(from, p));
    from = p;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** Bytes cut into pieces of random sizes between 1 and `max`, drawn from `next`. */
function byteChunks(
  bytes: Uint8Array<ArrayBuffer>,
  next: () => number,
  max: number,
): Uint8Array<ArrayBuffer>[] {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = 1 + Math.floor(next() * max);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

/** A result as data, for comparing and hashing (errors by their issues). */
function plain(result: SafeParseArticleResult) {
  return result.success
    ? { success: true, data: result.data, warnings: result.warnings }
    : { success: false, issues: result.error.issues };
}

const SMALL = [
  '"Talks Resume"\r\n\r\nBody one.\r\n\r\nSource: rfi\r\nOriginal: www.example.com/a/1\r\n',
  "Café 😀 北京\r\rBody two.\r\rSource： 新华社\r-----\r",
  "-- Wire One\n-- By  Jane Doe\n\n Body three. \n-- Wire Two\n-- By  John Roe\n\nBody four.\n\f",
  "Last\n\nBody five.\n\nStatement: The views of the author.\n\nDisclaimer: None.",
].join("");

describe("splitArticlesStream", () => {
  it("gives what splitArticles gives, cut at every single offset", async () => {
    const expected = splitArticles(SMALL);
    expect(expected).toEqual([
      '"Talks Resume"\r\n\r\nBody one.\r\n\r\nSource: rfi\r\nOriginal: www.example.com/a/1',
      "Café 😀 北京\r\rBody two.\r\rSource： 新华社",
      "-- Wire One\n-- By  Jane Doe\n\n Body three.",
      "-- Wire Two\n-- By  John Roe\n\nBody four.",
      "Last\n\nBody five.\n\nStatement: The views of the author.\n\nDisclaimer: None.",
    ]);
    for (let at = 0; at <= SMALL.length; at++) {
      expect(await through(cut(SMALL, [at]), splitArticlesStream())).toEqual(expected);
    }
  });

  it("gives what splitArticles gives, one character at a time", async () => {
    expect(await through([...SMALL], splitArticlesStream())).toEqual(splitArticles(SMALL));
  });

  it("gives what splitArticles gives, however a random feed is cut", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.nat(), { maxLength: 60 }),
        async (feedSeed, points) => {
          const { text } = generateFeed(3000, feedSeed);
          const pieces = cut(
            text,
            points.map((p) => p % (text.length + 1)),
          );
          expect(await through(pieces, splitArticlesStream())).toEqual(splitArticles(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives nothing for an empty or blank feed, and ignores empty chunks", async () => {
    expect(await through([], splitArticlesStream())).toEqual([]);
    expect(await through(["", " \n", "", "-----\n\f"], splitArticlesStream())).toEqual([]);
  });

  it("errors on chunks that are neither text nor bytes, or that mix the two, and throws on bad options at once", async () => {
    const bytes = new TextEncoder().encode("A\n\nB.");
    await expect(through([42], splitArticlesStream() as never)).rejects.toThrow(
      "Expected text or bytes (a Uint8Array), got number.",
    );
    await expect(through([bytes, "C"], splitArticlesStream() as never)).rejects.toThrow(
      "Expected bytes, as the stream began, got text.",
    );
    await expect(through(["C", bytes], splitArticlesStream() as never)).rejects.toThrow(
      "Expected text, as the stream began, got bytes.",
    );
    expect(() => splitArticlesStream({ paragraphMode: "x" as "auto" })).toThrow(TypeError);
  });

  it("takes a 5 MB article in 1 kB chunks", async () => {
    const paragraph = "A line of body text that goes on for a while, as wire copy does. ";
    const body = Array.from({ length: 5_000_000 / 2 / paragraph.length }, () => paragraph);
    // Half of it one long line, half of it short lines.
    const text = `Long Story\n\n${body.join("")}\n\n${body.join("\n")}\n\nSource: AFP`;
    const chunks = cut(
      text,
      Array.from({ length: Math.ceil(text.length / 1024) }, (_, i) => i * 1024),
    );
    const [article, ...rest] = await through(chunks, splitArticlesStream());
    expect(rest).toEqual([]);
    expect(article === text).toBe(true);
  });
});

describe("safeParseArticlesStream", () => {
  it("gives what safeParseArticles gives, from bytes cut inside characters, labels and CRLF pairs", async () => {
    const bytes = new TextEncoder().encode(SMALL);
    const expected = safeParseArticles(SMALL).map(plain);
    expect(expected.map((r) => r.success)).toEqual([true, true, true, true, true]);
    for (let at = 1; at < bytes.length; at++) {
      const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
        start(controller) {
          controller.enqueue(bytes.subarray(0, at));
          controller.enqueue(bytes.subarray(at));
          controller.close();
        },
      });
      const results = await collect(
        source.pipeThrough(new TextDecoderStream()).pipeThrough(safeParseArticlesStream()),
      );
      expect(results.map(plain)).toEqual(expected);
    }
  });

  it("gives a document with no title its warning and goes on", async () => {
    const results = await through(
      ["Good\n\nBody.\n---", "--\nSource: AFP\n-----\nAlso Good\n\nBody."],
      safeParseArticlesStream(),
    );
    expect(results.map((r) => r.success && [r.data.headline, r.data.source])).toEqual([
      ["Good", null],
      [null, "AFP"],
      ["Also Good", null],
    ]);
    expect(results.map((r) => r.success && r.warnings.map((w) => w.code))).toEqual([
      [],
      ["no-headline", "no-body"],
      [],
    ]);
  });

  it("gives what safeParseArticles gives on a 50 MB feed, fed as bytes in random chunks", async () => {
    const { text, articles } = generateFeed(50 * 1024 * 1024, seed);
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(50 * 1024 * 1024);

    const whole = digest(safeParseArticles(text));
    const chunks = byteChunks(bytes, random(1), 64 * 1024);
    const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
      pull(controller) {
        const chunk = chunks.shift();
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await digestStream(
      source.pipeThrough(new TextDecoderStream()).pipeThrough(safeParseArticlesStream()),
    );
    expect(streamed, withSeed()).toEqual(whole);
    expect(whole.count, withSeed()).toBe(articles);
    expect(whole.failed, withSeed()).toBe(0);
  }, 120_000);
});

interface Digest {
  count: number;
  failed: number;
  sha256: string;
}

function digest(results: Iterable<SafeParseArticleResult>): Digest {
  const hash = createHash("sha256");
  let count = 0;
  let failed = 0;
  for (const result of results) {
    hash.update(`${JSON.stringify(plain(result))}\n`);
    count++;
    if (!result.success) failed++;
  }
  return { count, failed, sha256: hash.digest("hex") };
}

async function digestStream(stream: ReadableStream<SafeParseArticleResult>): Promise<Digest> {
  const hash = createHash("sha256");
  let count = 0;
  let failed = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    hash.update(`${JSON.stringify(plain(value))}\n`);
    count++;
    if (!value.success) failed++;
  }
  return { count, failed, sha256: hash.digest("hex") };
}

import { describe, expect, it } from "vitest";
import {
  aggregatorDialect,
  createParser,
  enLocale,
  parseArticle,
  safeParseArticlesStream,
  splitArticlesStream,
} from "../src/index.js";

// The streams take bytes as parseArticle takes them: UTF-8, UTF-16 with a
// byte order mark, windows-1252 with a not-utf8 warning; and a parser built
// with createParser has the feed functions too.

async function through<O>(
  chunks: readonly (string | Uint8Array)[],
  transform: TransformStream<string | Uint8Array, O>,
): Promise<O[]> {
  const source = new ReadableStream<string | Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  const out: O[] = [];
  for await (const item of source.pipeThrough(transform)) out.push(item);
  return out;
}

/** One byte per character: Latin-1 (or windows-1252) bytes written as a string. */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
/** UTF-16 little-endian code units, as bytes. */
const utf16le = (text: string) =>
  new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer);

/** `bytes` cut into pieces of `size` bytes. */
const pieces = (bytes: Uint8Array, size: number) =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
    bytes.subarray(i * size, (i + 1) * size),
  );

const FEED = "Café Talks\n\nNegotiators met — again.\n\n-----\n\nZweiter Tag\n\nGrüße aus Köln.\n";

describe("streams of bytes", () => {
  it("UTF-8 cut inside every character gives the texts the whole feed gives", async () => {
    const bytes = new TextEncoder().encode(FEED);
    for (const size of [1, 2, 3, 5, 7]) {
      expect(await through(pieces(bytes, size), splitArticlesStream())).toEqual([
        "Café Talks\n\nNegotiators met — again.",
        "Zweiter Tag\n\nGrüße aus Köln.",
      ]);
    }
  });

  it("UTF-16 with a byte order mark, the mark itself cut in two", async () => {
    const le = new Uint8Array([0xff, 0xfe, ...utf16le("Één\n\nTwee.")]);
    expect(await through(pieces(le, 1), splitArticlesStream())).toEqual(["Één\n\nTwee."]);
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) be.set([le[i + 1] as number, le[i] as number], i);
    expect(await through(pieces(be, 3), splitArticlesStream())).toEqual(["Één\n\nTwee."]);
  });

  it("windows-1252 as parseArticle reads it, each result with the not-utf8 warning", async () => {
    // "Caf\xe9" and "\x93quoted\x94": bytes that are no UTF-8.
    const bytes = latin1("Caf\xe9 Talks\n\nThey said \x93yes\x94.\n");
    const whole = parseArticle(bytes);
    expect(whole.headline).toBe("Café Talks");
    const results = await through(pieces(bytes, 4), safeParseArticlesStream());
    expect(
      results.map((r) => [r.data?.headline, r.data?.sections, r.warnings?.map((w) => w.code)]),
    ).toEqual([
      ["Café Talks", [{ heading: null, paragraphs: ["They said “yes”."] }], ["not-utf8"]],
    ]);
  });

  it("an article read whole before the first byte that is no UTF-8 has no warning", async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("One\n\nFirst body.\n\n-----\n\n"),
      ...latin1("Two\n\nCaf\xe9.\n"),
    ]);
    const results = await through(
      [bytes.subarray(0, 25), bytes.subarray(25)],
      safeParseArticlesStream(),
    );
    expect(results.map((r) => [r.data?.headline, r.warnings?.map((w) => w.code)])).toEqual([
      ["One", []],
      ["Two", ["not-utf8"]],
    ]);
  });
});

describe("a parser's feed functions", () => {
  const parser = createParser({ dialects: [aggregatorDialect], locales: [enLocale] });

  it("split and parse a feed with the parser's own dialects and locales", () => {
    const feed =
      "One\n\nBody.\n\nSource: AFP\nOriginal: example.com/1\n\nTwo\n\nBody.\n\nQuelle: dpa";
    expect(parser.splitArticles(feed)).toEqual([
      "One\n\nBody.\n\nSource: AFP\nOriginal: example.com/1",
      "Two\n\nBody.\n\nQuelle: dpa",
    ]);
    // English labels only: "Quelle" is no label, and its line stays in the body.
    expect(
      parser.safeParseArticles(feed).map((r) => [r.data?.source, r.data?.sections[0]?.paragraphs]),
    ).toEqual([
      ["AFP", ["Body."]],
      [null, ["Body.", "Quelle: dpa"]],
    ]);
    expect(parser.safeParseArticles(feed).map((r) => r.data?.dialect)).toEqual([
      "aggregator",
      "aggregator",
    ]);
  });

  it("streams, of text or bytes, giving what the whole feed gives", async () => {
    const feed = "One\n\nBody.\n-----\nTwo\n\nBody.";
    expect(
      await through(["One\n\nBo", "dy.\n---", "--\nTwo\n\nBody."], parser.splitArticlesStream()),
    ).toEqual(parser.splitArticles(feed));
    const results = await through(
      pieces(new TextEncoder().encode(feed), 3),
      parser.safeParseArticlesStream(),
    );
    expect(results.map((r) => r.data?.headline)).toEqual(["One", "Two"]);
  });

  it("throw TypeError for a feed that is no text or malformed options", () => {
    expect(() => parser.splitArticles(42 as never)).toThrow(
      "Expected the feed as a string, got number.",
    );
    expect(() => parser.safeParseArticlesStream({ paragraphMode: "x" as "auto" })).toThrow(
      TypeError,
    );
  });
});

// The checks every runtime runs against the installed package, through the
// module namespace it was loaded with (ESM `import` or CommonJS `require`).
// Plain JavaScript with only `node:assert`, which Node, Bun and Deno all have.
import assert from "node:assert/strict";

/**
 * The public names the checks use, in one place: a renamed export is a
 * one-line change here.
 */
export const API = {
  parseArticle: "parseArticle",
  safeParseArticle: "safeParseArticle",
  parseArticles: "safeParseArticles",
  splitArticles: "splitArticles",
  splitArticlesStream: "splitArticlesStream",
  parseArticlesStream: "safeParseArticlesStream",
  articleSchema: "articleSchema",
};

function pick(lib) {
  const api = {};
  for (const [use, name] of Object.entries(API)) {
    assert.ok(name in lib, `the package exports ${name}`);
    api[use] = lib[name];
  }
  return api;
}

// A text stream cut into small chunks, so articles and lines straddle them.
function chunked(text, size) {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= text.length) return controller.close();
      controller.enqueue(text.slice(at, at + size));
      at += size;
    },
  });
}

async function collect(stream) {
  const out = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out;
    out.push(value);
  }
}

/**
 * Runs every check; throws on the first that fails.
 *
 * @param lib - the package's module namespace.
 * @param seed - fixtures/seed-article.txt.
 * @param expected - fixtures/seed-article.expected.json, parsed (the Article without spans).
 * @returns the number of checks passed.
 */
export async function check(lib, seed, expected) {
  const api = pick(lib);
  let passed = 0;
  const ok = () => passed++;

  // The seed, as text.
  const article = api.parseArticle(seed);
  const { spans, ...parts } = article;
  assert.deepEqual(parts, expected);
  assert.equal(seed.slice(spans.headline?.start, spans.headline?.end), expected.headline);
  ok();

  // The same as UTF-8 bytes; windows-1252 bytes with their warning.
  assert.deepEqual(api.parseArticle(new TextEncoder().encode(seed)), article);
  const latin1 = api.safeParseArticle(
    new Uint8Array([0x54, 0x0a, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x2e]), // "T\n\nCaf\xe9."
  );
  assert.equal(latin1.success, true);
  assert.deepEqual(latin1.data.sections[0].paragraphs, ["Café."]);
  assert.deepEqual(
    latin1.warnings.map((w) => w.code),
    ["not-utf8"],
  );
  ok();

  // Failure as data.
  const empty = api.safeParseArticle("");
  assert.equal(empty.success, false);
  assert.equal(empty.error.issues[0].code, "empty-input");
  ok();

  // A feed of three articles, split whole and as a stream cut every 7 characters.
  const second = "Second Story\n\nIt happened again.";
  const third = "Third Story\n\nAnd once more.\n\nSource: rfi";
  const feed = `${seed}\n\n-----\n\n${second}\n\n-----\n\n${third}\n`;
  const texts = api.splitArticles(feed);
  assert.equal(texts.length, 3);
  assert.equal(texts[1], second);
  assert.deepEqual(
    api.parseArticles(feed).map((r) => r.success && r.data.headline),
    [expected.headline, "Second Story", "Third Story"],
  );
  ok();
  assert.deepEqual(await collect(chunked(feed, 7).pipeThrough(api.splitArticlesStream())), texts);
  const streamed = await collect(chunked(feed, 7).pipeThrough(api.parseArticlesStream()));
  assert.deepEqual(
    streamed.map((r) => r.success && r.data.source),
    [expected.source, null, "rfi"],
  );
  ok();

  // The exported schema accepts what the parser made and refuses what it did not.
  assert.deepEqual(api.articleSchema.parse(article), article);
  assert.equal(api.articleSchema.safeParse({ ...article, headline: 42 }).success, false);
  ok();
  return passed;
}

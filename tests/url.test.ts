import fc from "fast-check";
import { expect, it } from "vitest";
import { normalizeUrl, plainWebLink, throughUrlParser } from "../src/fields/url.js";
import { propertyRuns } from "./support/seed.js";

// The plain-link fast path must give what the WHATWG URL parser gives, or
// stand aside (null) and let the parser read the link.
propertyRuns(20_000);

// Links near every edge the fast path draws: case, encoded names, numbers,
// ports, users, dot segments, `%2e`, characters one parser or the other encodes.
/** Mostly `plain`, sometimes `odd`: most links take the fast path, the rest try its edges. */
const mostly = <T>(plain: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: plain, weight: 6 }, { arbitrary: odd, weight: 1 });
const label = mostly(
  fc.oneof(
    fc.constantFrom("example", "www", "news", "a", "b-c", "-x", "x-", "ab--cd", "0", "12"),
    fc.stringMatching(/^[a-z0-9-]{1,8}$/),
  ),
  fc.constantFrom(
    "xn--a",
    "xn--ab",
    "xn--",
    "xn--mgb",
    "XN--a",
    "123",
    "0x7f",
    "Example",
    "é",
    "_",
    "",
  ),
);
const topLevel = mostly(
  fc.constantFrom("com", "org", "uk", "io", "museum"),
  fc.constantFrom("xn--p1ai", "c", "1", "COM", "0x1f", ""),
);
const host = fc
  .tuple(fc.array(label, { minLength: 0, maxLength: 3 }), topLevel)
  .map(([labels, top]) => [...labels, top].join("."));
const piece = mostly(
  fc.constantFrom(..."abzAZ09-._~!$&()*+,;=:@/", "%41", "%7E", "%2f", "."),
  fc.constantFrom(..."'\"\\ <>`{}|^[]%?#", "%2e", "%2E", "%zz", "..", "é", "\t"),
);
const chars = fc.array(piece, { maxLength: 10 }).map((c) => c.join(""));
const link = fc
  .tuple(
    mostly(
      fc.constantFrom("http://", "https://"),
      fc.constantFrom("HTTP://", "https:/", "ftp://", "https://user@", "https:///"),
    ),
    host,
    mostly(fc.constant(""), fc.constantFrom(":80", ":8080", ":", ".")),
    fc.option(fc.array(chars, { maxLength: 4 }).map((segments) => `/${segments.join("/")}`)),
    fc.option(chars.map((q) => `?${q}`)),
    fc.option(chars.map((f) => `#${f}`)),
  )
  .map(([scheme, h, port, path, query, fragment]) =>
    [scheme, h, port, path ?? "", query ?? "", fragment ?? ""].join(""),
  );

it("a plain link reads as the URL parser reads it", () => {
  let plain = 0;
  let runs = 0;
  fc.assert(
    fc.property(link, (v) => {
      runs++;
      const fast = plainWebLink(v);
      if (fast === null) return;
      plain++;
      expect(fast).toBe(throughUrlParser(v));
    }),
  );
  // The property says something only if many links take the fast path.
  expect(plain).toBeGreaterThan(runs / 20);
});

it("takes the plain links of articles, the `/` of an empty path added", () => {
  expect(plainWebLink("https://www.bbc.co.uk/news/business-123")).toBe(
    "https://www.bbc.co.uk/news/business-123",
  );
  expect(plainWebLink("http://example.com")).toBe("http://example.com/");
  expect(plainWebLink("https://a.example.org/x?id=3&b=%41#top")).toBe(
    "https://a.example.org/x?id=3&b=%41#top",
  );
});

it("leaves to the URL parser what it would change", () => {
  for (const v of [
    "HTTPS://example.com/",
    "https://Example.com/",
    "https://xn--mgbh0fb.xn--kgbechtv/",
    "https://example.com:443/",
    "https://user@example.com/",
    "https://example.com/a/../b",
    "https://example.com/a/./b",
    "https://example.com/a/%2e%2e/b",
    "https://example.com/a b",
    "https://example.com/it's",
    "https://example.com/{x}",
    "https://example.com?q=1",
    "https://example.com/#a#b",
    "https://127.0.0.1/",
    "https://localhost/",
  ]) {
    expect(plainWebLink(v), v).toBeNull();
  }
  // The parser then reads them as before.
  expect(normalizeUrl("https://Example.com/a/../b")).toBe("https://example.com/b");
  expect(normalizeUrl("https://example.com?q=1")).toBe("https://example.com/?q=1");
  expect(normalizeUrl("https://example.com/#a#b")).toBe("https://example.com/#a%23b");
});

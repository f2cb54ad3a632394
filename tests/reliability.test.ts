// Regression tests for what a fuzz audit broke: each input is the smallest
// one found, and each expected value is written by hand from reading it.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import schemaText from "../schema.json?raw";
import {
  type Article,
  articleIssueSchema,
  explainArticle,
  parseArticle,
  safeParseArticle,
} from "../src/index.js";
import { expectRoundTrip, slice } from "./support/round-trip.js";

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(schemaText) as Record<string, unknown>);

describe("safeParseArticle never throws", () => {
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  it.each([
    [
      "a proxy whose every get throws",
      new Proxy(
        {},
        {
          get: () => {
            throw new Error("boom");
          },
        },
      ),
    ],
    ["a revoked proxy", revocable.proxy],
    [
      "a throwing getPrototypeOf trap",
      new Proxy(
        {},
        {
          getPrototypeOf: () => {
            throw new Error("no");
          },
        },
      ),
    ],
    [
      "a Symbol.toStringTag getter that throws",
      {
        get [Symbol.toStringTag]() {
          throw new Error("tag");
        },
      },
    ],
  ])("gives invalid-input for %s", (_, input) => {
    const result = safeParseArticle(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.code)).toEqual(["invalid-input"]);
    expect(explainArticle(input).result.success).toBe(false);
  });

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["an object with no prototype", Object.create(null)],
    ["a string", "nope"],
  ])("gives a valid invalid-options issue when an option getter throws %s", (_, thrown) => {
    const options = {
      get paragraphMode(): "auto" {
        throw thrown;
      },
    };
    const result = safeParseArticle("Title\n\nBody.", options);
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues.map((i) => i.code)).toEqual(["invalid-options"]);
    for (const i of issues) expect(articleIssueSchema.safeParse(i).success).toBe(true);
  });

  it("reads a transparent proxy of a Uint8Array, or refuses it as invalid-input", () => {
    const bytes = new TextEncoder().encode("Title\n\nBody.");
    const result = safeParseArticle(new Proxy(bytes, {}));
    if (result.success) expect(result.data.headline).toBe("Title");
    else expect(result.error.issues.map((i) => i.code)).toEqual(["invalid-input"]);
  });
});

describe("no text is lost from a wire header", () => {
  it("keeps a link line that is no usable URL in the trailer, whole line spanned, with a warning", () => {
    const text = "-- Talks Resume\n-- http://intranet/story/1\n\nBody text.";
    const result = safeParseArticle(text);
    expect(result.success).toBe(true);
    const article = result.data as Article;
    expect(article.originalUrl).toBeNull();
    expect(article.trailer).toEqual([{ key: null, label: "--", value: "http://intranet/story/1" }]);
    expect(slice(text, article.spans.trailer[0])).toBe("-- http://intranet/story/1");
    expect(result.warnings?.map((w) => w.code)).toContain("invalid-url");
    expectRoundTrip(text);
  });

  it("spans an extra wire-header line whole, `-- ` included", () => {
    const text =
      "-- Talks resume in Florida\n-- Exclusive to subscribers\n\nThe talks resumed on Monday.";
    const article = parseArticle(text);
    expect(article.trailer).toEqual([
      { key: null, label: "--", value: "Exclusive to subscribers" },
    ]);
    expect(slice(text, article.spans.trailer[0])).toBe("-- Exclusive to subscribers");
  });
});

describe("the Article satisfies schema.json", () => {
  it.each([
    ["brackets", "https://example.com/search?ids[]=1", "https://example.com/search?ids%5B%5D=1"],
    ["a bar", "https://example.com/a|b", "https://example.com/a%7Cb"],
    ["a caret", "https://example.com/search?q=a^b", "https://example.com/search?q=a%5Eb"],
    ["a stray percent", "https://example.com/search?q=%zz", "https://example.com/search?q=%25zz"],
    ["a second hash", "https://example.com/a#b#c", "https://example.com/a#b%23c"],
  ])("percent-encodes %s in originalUrl", (_, url, expected) => {
    const article = parseArticle(`Title\n\nBody.\n\nOriginal: ${url}`);
    expect(article.originalUrl).toBe(expected);
    expect(validate(JSON.parse(JSON.stringify(article))), JSON.stringify(validate.errors)).toBe(
      true,
    );
  });

  it("fills no originalUrl from a host that RFC 3986 does not allow", () => {
    const article = parseArticle("Title\n\nBody.\n\nOriginal: http://www{.reuters.com/article/1");
    expect(article.originalUrl).toBeNull();
    expect(validate(JSON.parse(JSON.stringify(article)))).toBe(true);
  });

  it("leaves valid percent escapes as they are", () => {
    const article = parseArticle("Title\n\nBody.\n\nOriginal: https://example.com/caf%C3%A9?q=%20");
    expect(article.originalUrl).toBe("https://example.com/caf%C3%A9?q=%20");
  });
});

describe("the repairMojibake option", () => {
  const repaired = (body: string) => {
    const result = safeParseArticle(`T\n\n${body}`, { repairMojibake: true });
    return {
      paragraphs: result.data?.sections[0]?.paragraphs,
      codes: result.warnings?.map((w) => w.code),
    };
  };

  it.each([
    // A no-break space inside a paragraph reads as a plain space.
    ["a no-break space", "Un caf\u00c3\u00a9\u00a0: bon.", "Un café : bon."],
    ["an ellipsis", "Un caf\u00c3\u00a9\u2026", "Un café…"],
    ["a right quote", "Le caf\u00c3\u00a9\u2019s.", "Le café’s."],
    ["a character of U+0080–U+00BF", "Il fait 20\u00c2\u00b0\u00b0.", "Il fait 20°°."],
  ])("repairs a sequence followed by %s, and warns", (_, broken, expected) => {
    expect(repaired(broken)).toEqual({ paragraphs: [expected], codes: ["mojibake"] });
  });

  it("warns with the option off", () => {
    const result = safeParseArticle("T\n\nUn caf\u00c3\u00a9\u00a0: bon.");
    expect(result.warnings?.map((w) => w.code)).toEqual(["mojibake"]);
    expect(result.warnings?.[0]?.span).toEqual({ start: 9, end: 11 });
  });

  it("leaves sequences that are no UTF-8 as they are, with no warning", () => {
    // `â€ ` is E2 80 and a space: a three-byte lead with one continuation;
    // `À€` is C0 80, an overlong NUL.
    expect(repaired("Un â€ b. x\u00c0\u20acy.")).toEqual({
      paragraphs: ["Un â€ b. x\u00c0\u20acy."],
      codes: [],
    });
  });
});

describe("notes are taken before headings are chosen", () => {
  it("keeps a lone title-case block as the body", () => {
    const article = parseArticle("Title\n\nSome Heading Here\n\n(Reporting by Jane Doe.)");
    expect(article.sections).toEqual([{ heading: null, paragraphs: ["Some Heading Here"] }]);
    expect(article.notes).toEqual([{ kind: "credit", text: "(Reporting by Jane Doe.)" }]);
  });

  it("never ends the body on a heading", () => {
    const article = parseArticle("Title\n\nIntro.\n\nWhat Comes Next\n\n(Reporting by Jane Doe.)");
    expect(article.sections).toEqual([
      { heading: null, paragraphs: ["Intro.", "What Comes Next"] },
    ]);
  });
});

describe("spans are trimmed", () => {
  it("leaves trailing spaces out of a paragraph above a note", () => {
    const text = "Title\n\nShares rose.\n\nAnalysts were surprised.  \n(Reporting by Jane Doe)";
    const article = parseArticle(text);
    const spans = article.spans.sections[0]?.paragraphs ?? [];
    expect(spans.map((s) => slice(text, s))).toEqual(["Shares rose.", "Analysts were surprised."]);
    expect(slice(text, article.spans.notes[0])).toBe("(Reporting by Jane Doe)");
  });

  it("ends chained run-in notes at their brackets, not at CRLF", () => {
    const text = "Title\r\n\r\nShares rose. (Reporting by Jane Doe) (Editing by Bob Roe)\r\n";
    const article = parseArticle(text);
    expect(article.spans.notes.map((s) => slice(text, s))).toEqual([
      "(Reporting by Jane Doe)",
      "(Editing by Bob Roe)",
    ]);
    expect(slice(text, article.spans.sections[0]?.paragraphs[0])).toBe("Shares rose.");
  });
});

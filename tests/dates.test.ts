import { describe, expect, it } from "vitest";
import { type Article, parseArticle, type TrailerField } from "../src/index.js";

// Stated dates (docs/rules.md, "Fields": `publishedAt` takes a value when it
// parses as a date), through a `Published:` trailer line. Expected instants are
// worked out by hand from the stated offset.

const published = (value: string) => {
  const a = parseArticle(`Talks Resume\n\nThe envoys met again.\n\nPublished: ${value}`);
  return { at: a.publishedAt, text: a.publishedAtText, trailer: a.trailer };
};

describe("stated dates", () => {
  it.each([
    ["2025-11-30T10:10:00+08:00", "2025-11-30T02:10:00.000Z"],
    ["2025-11-30 10:10 -0530", "2025-11-30T15:40:00.000Z"],
    ["2025-11-30 23:30 +0100", "2025-11-30T22:30:00.000Z"],
    ["Mon Oct 23, 2006 6:42pm EDT", "2006-10-23T22:42:00.000Z"],
    ["23 October 2006 18:42 GMT", "2006-10-23T18:42:00.000Z"],
  ])("reads %s as %s", (value, iso) => {
    expect(published(value)).toEqual({
      at: iso,
      text: value,
      trailer: [{ key: "publishedAt", label: "Published", value }],
    });
  });

  it.each([
    ["an unknown zone", "2025-11-30 10:10 XYZ"],
    ["31 April", "2025-04-31"],
    ["hour 25", "2025-11-30 25:10 +0100"],
    ["13pm", "Oct 23, 2006 13:42pm EDT"],
  ])("skips %s, keeping the line in the trailer", (_, value) => {
    expect(published(value)).toEqual({
      at: null,
      text: null,
      trailer: [{ key: "publishedAt", label: "Published", value }],
    });
  });
});

const body = (a: Article) => a.sections.flatMap((s) => s.paragraphs);
const field = (key: TrailerField["key"], label: string, value: string): TrailerField => ({
  key,
  label,
  value,
});

describe("publishedAt", () => {
  it("comes from a labelled Published: line under the headline", () => {
    const a = parseArticle("Talks Resume\nPublished: 2025-11-30 10:10\n\nThey met.");
    expect(a.publishedAtText).toBe("2025-11-30 10:10");
    expect(a.publishedAt).toBe("2025-11-30T10:10:00");
    expect(body(a)).toEqual(["They met."]);
  });

  it("comes from a Published: line in the trailer, with a zone", () => {
    const a = parseArticle("Talks Resume\n\nThey met.\n\nPublished: Nov 30, 2025 10:10 GMT");
    expect(a.publishedAt).toBe("2025-11-30T10:10:00.000Z");
    expect(a.trailer).toEqual([field("publishedAt", "Published", "Nov 30, 2025 10:10 GMT")]);
  });

  it("comes from a Chinese 发布时间 line", () => {
    const a = parseArticle(
      "会谈取得进展\n\n双方举行会谈。\n\n发布时间：2025年11月30日 10:10\n来源：新华社",
    );
    expect(a.publishedAt).toBe("2025-11-30T10:10:00");
    expect(a.source).toBe("新华社");
  });

  it("converts a wire timestamp in EST to UTC across midnight", () => {
    const a = parseArticle(
      "-- Sales Up\n-- \n-- Mon Oct 30, 2006 7:48pm EST\n-- http://www.reuters.com/a\n\n \n\n Sales rose. ",
    );
    expect(a.publishedAt).toBe("2006-10-31T00:48:00.000Z");
    expect(a.byline).toBeNull();
  });

  it("leaves publishedAt null for a Published: line that is no date", () => {
    const a = parseArticle("Talks Resume\n\nThey met.\n\nSource: rfi\nPublished: recently");
    expect(a.publishedAt).toBeNull();
  });
});

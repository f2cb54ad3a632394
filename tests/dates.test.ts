import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.js";

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

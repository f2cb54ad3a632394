import { describe, expect, it } from "vitest";
import { explainArticle, formatArticle, parseArticle, safeParseArticle } from "../src/index.js";
import { WEAK_TITLE_PAGE } from "./support/pages.js";

// Copied web pages, written by hand in the shapes browsers give: menus and
// share bars around an article, one line break between blocks. Expected values
// are read off the text.

const MENU = ["Home", "World", "Business", "Sport", "Culture", "Menu", "Search", "Log in"];
const PROSE_1 =
  "Negotiators met again on Sunday in Geneva, officials from both sides said, after a pause of two weeks.";
const PROSE_2 =
  "The talks are expected to last until Wednesday, and a statement may follow on Thursday morning.";
const PROSE_3 =
  "Neither side would say what had changed since the last round, but both spoke of a new tone in the room.";
const FOOTER = ["Most read", "Contact us", "Privacy policy", "Terms of use"];

const page = (head: string[]) =>
  [...MENU, ...head, "Share", "Tweet", "Email", PROSE_1, PROSE_2, PROSE_3, ...FOOTER].join("\n");

describe("a copied page", () => {
  it("is recognised by its furniture and takes the title above the prose, not the menu", () => {
    const a = parseArticle(page(["Talks resume in Geneva as envoys meet again", "By Jane Doe"]));
    expect(a.dialect).toBe("web-page");
    expect(a.headline).toBe("Talks resume in Geneva as envoys meet again");
    expect(a.byline).toBe("Jane Doe");
    expect(a.sections).toEqual([{ heading: null, paragraphs: [PROSE_1, PROSE_2, PROSE_3] }]);
  });

  it("keeps every line it does not read as the article as a boilerplate note, in place", () => {
    const a = parseArticle(page(["Talks resume in Geneva as envoys meet again"]));
    const notes = a.notes.map((n) => n.text);
    expect(notes).toEqual([...MENU, "Share", "Tweet", "Email", ...FOOTER]);
    expect(a.notes.every((n) => n.kind === "boilerplate")).toBe(true);
  });

  it("reads a standfirst, a byline with a handle and a dated line under the title", () => {
    const a = parseArticle(
      page([
        "Xbox review: a console that keeps up with gaming PCs",
        "But only hardcore gamers will appreciate it.",
        "Devindra Hardawar, @devindra",
        "11.03.17 in Gadgetry",
      ]),
    );
    expect(a.headline).toBe("Xbox review: a console that keeps up with gaming PCs");
    expect(a.standfirst).toBe("But only hardcore gamers will appreciate it.");
    expect(a.byline).toBe("Devindra Hardawar");
    expect(a.bylineRole).toBe("@devindra");
  });

  it("splits a byline from the date run into it", () => {
    const a = parseArticle(
      page(["United States to Lift Sudan Sanctions", "By JEFFREY GETTLEMAN JAN. 13, 2017"]),
    );
    expect(a.byline).toBe("JEFFREY GETTLEMAN");
    expect(a.publishedAt).toBe("2017-01-13");
    expect(a.publishedAtText).toBe("JAN. 13, 2017");
  });

  it("splits a byline from a date after a dash, with its time and zone", () => {
    const a = parseArticle(
      page(["Apple unveils a headset", "Alex Heath - Apr 16, 2015 8:02 pm UTC"]),
    );
    expect(a.byline).toBe("Alex Heath");
    expect(a.publishedAt).toBe("2015-04-16T20:02:00.000Z");
  });

  it("keeps a name that is also a month as a name: June of Laura June Topolsky", () => {
    const a = parseArticle(
      page(["The deck of cards that made tarot famous", "Laura June Topolsky July 10, 2015"]),
    );
    expect(a.byline).toBe("Laura June Topolsky");
    expect(a.publishedAt).toBe("2015-07-10");
  });

  it("reads a Published line's date, and an Updated line with words after a dash", () => {
    const a = parseArticle(
      page(["Talks resume in Geneva as envoys meet again", "Published 3 February 2025"]),
    );
    expect(a.publishedAt).toBe("2025-02-03");
    expect(a.publishedAtText).toBe("3 February 2025");
    const b = parseArticle(
      page(["Talks resume in Geneva as envoys meet again", "Updated: March 5, 2025 - Opinion"]),
    );
    expect(b.publishedAt).toBe("2025-03-05");
    expect(b.notes.map((n) => n.text)).toEqual(expect.arrayContaining(["Updated:", "- Opinion"]));
  });

  it("finds the title under a cookie notice that opens the prose, by the byline under it", () => {
    const cookie =
      "We use cookies and similar technologies to improve your browsing experience, personalize content and ads, and analyze our traffic.";
    const text = [
      ...MENU,
      cookie,
      "Accept and continue",
      "How does the brain turn unconscious information into thought?",
      "By Ana Sandoiu",
      PROSE_1,
      PROSE_2,
      PROSE_3,
      ...FOOTER,
    ].join("\n");
    const a = parseArticle(text);
    expect(a.headline).toBe("How does the brain turn unconscious information into thought?");
    expect(a.byline).toBe("Ana Sandoiu");
    expect(a.sections[0]?.paragraphs).toEqual([PROSE_1, PROSE_2, PROSE_3]);
    expect(a.notes.map((n) => n.text)).toContain(cookie);
  });

  it("warns guessed-headline when no line above the prose reads clearly as a title", () => {
    const text = WEAK_TITLE_PAGE;
    const result = safeParseArticle(text);
    expect(result.success && result.data.dialect).toBe("web-page");
    expect(result.success && result.warnings.map((w) => w.code)).toEqual(["guessed-headline"]);
  });

  it("explains the page's decisions with their rules", () => {
    const { decisions } = explainArticle(
      page(["Talks resume in Geneva as envoys meet again", "By Jane Doe"]),
    );
    expect(decisions[0]).toMatchObject({ part: "dialect", rule: "furniture-around-prose" });
    const rules = decisions.map((d) => `${d.part}:${d.rule}`);
    expect(rules).toContain("headline:title-above-prose");
    expect(rules).toContain("byline:page-byline");
    expect(rules).toContain("note:before-title");
    expect(rules).toContain("note:after-article");
  });

  it("is written back as a page that reads back as the same Article", () => {
    const a = parseArticle(
      page([
        "Talks resume in Geneva as envoys meet again",
        "Envoys spoke of a new tone.",
        "By Jane Doe",
      ]),
    );
    const { spans: _, ...again } = parseArticle(formatArticle(a));
    const { spans: __, ...first } = a;
    expect(again).toEqual(first);
  });
});

describe("texts that are no copied page", () => {
  it("stay with the layouts they were: blank-line paragraphs are no browser copy", () => {
    const text = `Talks resume\n\n${PROSE_1}\n\n${PROSE_2}\n\nSource: rfi`;
    expect(parseArticle(text).dialect).toBe("aggregator");
  });

  it("stay with their layout when hard-wrapped in short lines, however many in a row", () => {
    const wrapped = [
      "Talks resume",
      "",
      "Negotiators met again on",
      "Sunday in Geneva after two",
      "weeks, officials said.",
      "",
      "The talks are expected to",
      "last until Wednesday, and",
      "a statement may follow.",
      "",
      "Neither side would say what",
      "had changed since the last",
      "round of the talks began.",
      "",
      "Both spoke of a new tone",
      "in the room on Sunday and",
      "of hopes for next week.",
    ].join("\n");
    expect(parseArticle(wrapped).dialect).not.toBe("web-page");
  });

  it("with page furniture but no line that could be a title, read as the shared layout and say so", () => {
    const text = ["Home", "World", "Business", "Sport", "Culture", "Menu", "Search", "Login"]
      .concat([PROSE_1, PROSE_2, PROSE_3, "About", "Contact", "Privacy", "Terms"])
      .join("\n");
    const a = parseArticle(text);
    expect(a.dialect).toBe("aggregator");
    expect(a.headline).toBe("Home");
  });

  it("are never a page when the caller says the text is hard-wrapped blocks", () => {
    expect(
      parseArticle(page(["Talks resume in Geneva"]), { paragraphMode: "blocks" }).dialect,
    ).not.toBe("web-page");
  });

  it("forced to the page layout with no furniture, read as the shared layout and say so", () => {
    const a = parseArticle(`Talks resume\n\n${PROSE_1}`, { dialect: "web-page" });
    expect(a.dialect).toBe("aggregator");
    expect(a.headline).toBe("Talks resume");
  });

  it("warn unrecognised-layout when the first line reads as no title", () => {
    const result = safeParseArticle(`${PROSE_1}\n\n${PROSE_2}`);
    expect(result.success && result.warnings.map((w) => w.code)).toEqual(["unrecognised-layout"]);
  });

  it("warn unrecognised-layout for one paragraph a line that opens with a sentence, or with markup", () => {
    const story = [
      "WASHINGTON (CNN) -- The talks resumed on Monday after a pause of two weeks.",
      "Officials from both sides met in the capital.",
      "A statement is expected on Thursday.",
    ].join("\n\n");
    const first = safeParseArticle(story);
    expect(first.success && first.data.dialect).toBe("lines");
    expect(first.success && first.warnings.map((w) => w.code)).toEqual(["unrecognised-layout"]);
    const record = safeParseArticle("<title>Talks</title>\n\nThe talks resumed.");
    expect(record.success && record.warnings.map((w) => w.code)).toEqual(["unrecognised-layout"]);
  });

  it("refuse several export documents with several-articles, naming safeParseArticles", () => {
    const result = safeParseArticle(
      " HD\n Mill to expand. \n PD\n7 April 2000\n LP\n The mill will grow. \n HD\n Second. \n PD\n8 April 2000\n LP\n It grew. \n",
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("several-articles");
    expect(result.error?.issues[0]?.message).toContain("safeParseArticles");
  });
});

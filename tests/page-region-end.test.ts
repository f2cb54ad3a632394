import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.js";

// Where a copied page's article ends: before a menu cut from one template, and
// before a long run of furniture when teasers or comments follow it, each
// paragraph under a title or a name; not before a box of links inside the
// article, past which its paragraphs run on. Pages written by hand.

const MENU = ["Home", "World", "Business", "Sport", "Culture", "Menu", "Search", "Log in"];
const TITLE = "Danube floods close two bridges in Vienna";
// Four paragraphs of about 45 words: an article's worth of prose (over 150 words).
const ARTICLE = [
  "Flood waters rose again on Tuesday along the Danube, and the city closed two bridges in Vienna as a precaution, officials said, after a night of rain in the hills upstream that filled the tributaries faster than engineers had expected when they met on Monday evening.",
  "The river is expected to crest on Thursday, when engineers will decide whether the bridges can open again to traffic, and the mayor said that schools near the banks would stay closed until then, with buses sent along the ring road instead of the quays.",
  "Residents of the low streets near the river were told to move their cars and to keep away from the banks until the waters fall, and the fire brigade filled sandbags through the night in the squares of the old town to protect the cellars of the houses.",
  "The last flood of this size came in the summer of 2013, when the water stood for a week in the parks along the river, and the city has since built walls that it hopes will hold back a river higher than the one expected this week, an official said.",
];
const SHARES = [
  "Share this:",
  "Click to share on Facebook (Opens in new window)",
  "Click to share on Twitter (Opens in new window)",
  "Click to share on Reddit (Opens in new window)",
  "Click to email this to a friend (Opens in new window)",
];
const FORM = [
  "Comments",
  "Sign in to post a comment.",
  "Top",
  "Latest",
  "Refresh",
  "Report",
  "Cancel",
  "Close",
  "Recommended for You",
];
const TEASERS = [
  "Chess Champion Retires After Forty Years",
  "The champion said on Monday that he would play his last game in the spring, after a career that took him to every great tournament of the last four decades and to two world titles.",
  "Harbour Reopens After Storm Damage Repaired",
  "Ships returned to the harbour on Tuesday after divers finished the repairs to the sea wall that the storm had broken in two places last month, the port authority said in a statement.",
  "New Library Opens Its Doors To Readers",
  "The library, built on the site of the old station, opened on Saturday with a collection of more than a million books and a reading room that looks out over the river and the hills.",
];

const body = (lines: string[]) =>
  parseArticle(lines.join("\n")).sections.flatMap((s) => s.paragraphs);

describe("the end of a copied page's article", () => {
  it("comes before a share menu whose lines are cut from one template", () => {
    const paragraphs = body([...MENU, TITLE, ...ARTICLE, ...SHARES, "Most read", "Contact us"]);
    expect(paragraphs).toEqual(ARTICLE);
  });

  it("comes before a long run of furniture that teasers follow, each under its title", () => {
    const paragraphs = body([...MENU, TITLE, ...ARTICLE, ...FORM, ...TEASERS, "Contact us"]);
    // The form's first lines, before its run grows long, stay with the article.
    expect(paragraphs.slice(0, 4)).toEqual(ARTICLE);
    for (const teaser of TEASERS) expect(paragraphs).not.toContain(teaser);
  });

  it("does not come at a box of links inside the article when its paragraphs run on past it", () => {
    const BOX = FORM.slice(0, 8);
    const more = ARTICLE.map((p) => p.replace("Danube", "river"));
    const paragraphs = body([...MENU, TITLE, ...ARTICLE, ...BOX, ...more, "Contact us"]);
    expect(paragraphs.slice(0, 4)).toEqual(ARTICLE);
    expect(paragraphs.slice(-4)).toEqual(more);
  });

  it("keeps a gallery's counted items out of the body, as notes", () => {
    const gallery = [1, 2, 3, 4, 5, 6].flatMap((k) => [
      `${k}/6 Harbour pictures of the week`,
      `Boats in the harbour on day ${k} of the storm, as the waves broke over the sea wall and the crews waited for the wind to drop before they went out again.`,
      "Getty Images",
    ]);
    const result = parseArticle(
      [...MENU, TITLE, ...ARTICLE, "In pictures", ...gallery, "Contact us"].join("\n"),
    );
    const paragraphs = result.sections.flatMap((s) => s.paragraphs);
    expect(paragraphs).toEqual(ARTICLE);
    const notes = result.notes.map((n) => n.text);
    for (const line of gallery) expect(notes).toContain(line);
  });
});

import { describe, expect, it } from "vitest";
import { parseArticle, safeParseArticle } from "../src/index.js";

// How a copied page's title is told from the other title-like lines around
// its article: related links, teasers, kickers, captions. Pages written by
// hand; the expected title is read off each.

const MENU = ["Home", "World", "Business", "Sport", "Culture", "Menu", "Search", "Log in"];
const FOOTER = ["Most read", "Contact us", "Privacy policy", "Terms of use"];
// An article about floods on the Danube, its words those of its title.
const FLOOD_1 =
  "Flood waters rose again on Tuesday along the Danube, and the city closed two bridges in Vienna as a precaution, officials said.";
const FLOOD_2 =
  "The river is expected to crest on Thursday, when engineers will decide whether the bridges can open again to traffic.";
const FLOOD_3 =
  "Residents of the low streets near the river were told to move cars and to keep away from the banks until the waters fall.";
const ARTICLE = [FLOOD_1, FLOOD_2, FLOOD_3];

const headlineOf = (lines: string[]) => {
  const result = safeParseArticle(lines.join("\n"));
  if (!result.success) throw new Error("no article");
  return {
    headline: result.data.headline,
    warned: result.warnings.some((w) => w.code === "guessed-headline"),
  };
};

describe("a copied page's title", () => {
  it("is the line whose words the article repeats, not a related link nearer the prose", () => {
    const { headline } = headlineOf([
      ...MENU,
      "Danube floods close two bridges in Vienna",
      "Share",
      "Tweet",
      "Email",
      "Related",
      "Chess champion retires after forty years at the board",
      "Share",
      ...ARTICLE,
      ...FOOTER,
    ]);
    expect(headline).toBe("Danube floods close two bridges in Vienna");
  });

  it("is the line the page prints again beside its section name, past a list of other stories", () => {
    const { headline } = headlineOf([
      "World|Danube floods close two bridges in Vienna",
      ...MENU,
      "Most popular now",
      "Chess champion retires after forty years at the board",
      "Markets rally as oil prices fall for a third day",
      "Local elections see turnout rise in the north",
      "Menu",
      "Sections",
      "Danube floods close two bridges in Vienna",
      "By Jane Doe",
      "Share",
      ...ARTICLE,
      ...FOOTER,
    ]);
    expect(headline).toBe("Danube floods close two bridges in Vienna");
  });

  it("is a line inside the prose when the page prints it twice and the article speaks of it", () => {
    const notice =
      "The author chose to keep this story unlisted, which means only people with a link to it can read it here.";
    const { headline } = headlineOf([
      "Ready to publish?",
      "Sign in",
      "Next story",
      "Next story",
      "Home",
      "Menu",
      notice,
      "Danube floods close two bridges in Vienna",
      "Share",
      "Tweet",
      "Email",
      "Danube floods close two bridges in Vienna",
      ...ARTICLE,
      ...FOOTER,
    ]);
    expect(headline).toBe("Danube floods close two bridges in Vienna");
  });

  it("is found past a long notice that opens the prose when its date stands right under it", () => {
    const notice =
      "We use cookies and similar technologies to improve your browsing experience, to personalize content and ads, and to analyze our traffic. By using our site you agree to our use of cookies, as described in our privacy policy, which you can read at any time.";
    const { headline } = headlineOf([
      ...MENU,
      "Health news since 2003",
      "Search",
      notice,
      notice.replace("cookies", "trackers"),
      notice.replace("agree", "consent"),
      notice.replace("privacy", "data"),
      "Register for a free account",
      "Danube floods close two bridges in Vienna",
      "March 4, 2025",
      ...ARTICLE,
      ...FOOTER,
    ]);
    expect(headline).toBe("Danube floods close two bridges in Vienna");
  });

  it("is no photo caption, a sentence with its credit after it, even one right above the prose", () => {
    const { headline } = headlineOf([
      ...MENU,
      "Danube floods close two bridges in Vienna",
      "4 March 2025 at 07:19",
      "Share",
      "Tweet",
      "Email",
      "A man looks at the river in Vienna, on 4 March 2025. (Photo Jane Doe. AFP)",
      ...ARTICLE,
      ...FOOTER,
    ]);
    expect(headline).toBe("Danube floods close two bridges in Vienna");
  });

  it("is the line right over the byline, not the kicker above it", () => {
    const { headline } = headlineOf([
      ...MENU,
      "Danube diary",
      "Waters close bridges: Vienna waits for the crest",
      "By Jane Doe — 4 March 2025",
      "Share",
      ...ARTICLE,
      ...FOOTER,
    ]);
    expect(headline).toBe("Waters close bridges: Vienna waits for the crest");
  });

  it("between a date above and a standfirst below, inside the prose, over teasers above it", () => {
    const teaser =
      "Hidden secrets of the chess world: do you like the old masters or the new? Find out inside our weekly quiz for readers.";
    const { headline } = headlineOf([
      ...MENU,
      "Chess champion retires after forty years at the board, Dr. Jane Roe",
      teaser,
      "Log out",
      "Sign in",
      "Tuesday, March 4, 2025 11:57 AM UTC",
      "Danube floods: Vienna closes two bridges and waits for the crest",
      "City engineers talk of a rare spring flood. The river may crest on Thursday",
      "Jane Doe",
      ...ARTICLE,
      ...FOOTER,
    ]);
    expect(headline).toBe("Danube floods: Vienna closes two bridges and waits for the crest");
  });

  it("is the article's title when a teaser list stands between, and a close call is warned", () => {
    const result = headlineOf([
      ...MENU,
      "Danube floods close two bridges in Vienna",
      "You may also like",
      "Chess Champion Retires After Forty Years At The Board",
      "Markets Rally As Oil Prices Fall For A Third Day",
      "Read on",
      "New Bridges For Old Towns: The Plan In Numbers",
      "Newsletter",
      "Your guide to the news delivered to your inbox daily.",
      "Jane Doe",
      ...ARTICLE,
      ...FOOTER,
    ]);
    expect(result.headline === "Danube floods close two bridges in Vienna" || result.warned).toBe(
      true,
    );
  });
});

describe("what the title's topic rule does not change", () => {
  it("keeps a title whose words the article does not repeat when nothing else could be one", () => {
    const a = parseArticle(
      [...MENU, "An afternoon by the water", "By Jane Doe", "Share", ...ARTICLE, ...FOOTER].join(
        "\n",
      ),
    );
    expect(a.headline).toBe("An afternoon by the water");
    expect(a.byline).toBe("Jane Doe");
  });
});

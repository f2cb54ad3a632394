import type { Locale } from "../schema/locale.js";
import { enDateWords } from "./dates/en.js";

/**
 * English labels. Data only: the matching rules live in `trailer.ts`.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { locales } from "syndicated-article";
 *
 * locales.en.labels.source; // ["Source", "Sources", "Via"]
 * ```
 */
export const en = {
  language: "en",
  labels: {
    source: ["Source", "Sources", "Via"],
    originalUrl: [
      ..."Original|Original link|Original URL|Original article|Link|URL|View original content".split(
        "|",
      ),
      "View original content to download multimedia",
      "View source version on businesswire.com",
      "View source version on accesswire.com",
    ],
    disclaimer: ["Statement", "Disclaimer"],
    originalTitle: ["Original title", "Original headline"],
    editor: ["Editor", "Edited by", "Responsible editor"],
    byline: ["Author", "Reporter", "Written by"],
    publishedAt: ["Published", "Published at", "Date"],
    section: ["Section"],
    wordCount: ["Length", "Word count"],
    copyright: ["Copyright"],
    id: ["Document ID"],
    language: ["Language"],
    topics: ["Topics", "Subjects"],
    places: ["Places"],
    keywords: ["Keywords"],
    category: ["Category"],
    // A press release's contact blocks: the label, then names, e-mail, phone.
    contact: [
      ..."Contact|Contacts|Media Contact|Media Contacts|Press Contact|Press Contacts|Media".split(
        "|",
      ),
      ..."Press|Investors|Investor Contact|Investor Contacts|Investor Relations|Media Inquiries".split(
        "|",
      ),
      ..."Media Relations|For more information|Company Contact|Agency Contact".split("|"),
    ],
  },
  bylinePrefixes: ["By"],
  stopwords: [
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "from",
    "by",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "it",
    "its",
    "this",
    "that",
    "which",
    "who",
    "he",
    "she",
    "they",
    "we",
    "you",
    "i",
    "not",
    "will",
    "would",
    "said",
    "says",
    "there",
    "their",
    "his",
    "her",
    "than",
    "also",
    "more",
  ],
  smallWords: [
    ..."a an the and or but nor for of on in at to by with from as vs vs. via into onto over per than".split(
      " ",
    ),
    ..."up off out amid after about against between during under upon within without is are was be its".split(
      " ",
    ),
  ],
  dates: enDateWords,
  // A fixed list: a capitalised word before a dash or colon is too often part
  // of the headline itself (`G7-Japan talks`, `Biden: U.S. needs more stimulus`).
  slugs: [
    ..."UPDATE # | WRAPUP # | RPT | REFILE | CORRECTED | CORRECTION | FACTBOX | FACTSHEET | INSTANT VIEW".split(
      " | ",
    ),
    ..."SNAP ANALYSIS | TIMELINE | ANALYSIS | EXCLUSIVE | SPECIAL REPORT | BREAKINGVIEWS | COLUMN".split(
      " | ",
    ),
    ..."INTERVIEW | PREVIEW | BRIEF | TABLE | GRAPHIC | Q&A | QUOTEBOX | SCENARIOS | NEWSMAKER".split(
      " | ",
    ),
    ..."FEATURE | INSIGHT | BUZZ | DIARY | WITNESS | EXPLAINER | HIGHLIGHTS | TAKE A LOOK | UPDATED".split(
      " | ",
    ),
    ..."BREAKING | Update # | Wrapup # | Factbox | Instant View | Snap Analysis | Timeline | Analysis".split(
      " | ",
    ),
    ..."Exclusive | Special Report | Breakingviews | Column | Interview | Preview | Explainer".split(
      " | ",
    ),
    ..."Insight | Newsmaker | Corrected".split(" | "),
  ],
  noteVerbs: [
    ..."adds updates corrects recasts repeats changes refiles fixes removes inserts rewrites".split(
      " ",
    ),
    ..."writes through|amends|clarifies|deletes|advances|moves|new throughout|releads|tops".split(
      "|",
    ),
    ..."combines restores resends retransmits replaces".split(" "),
  ],
  // Named in datelines (`WASHINGTON (AP) — `, `Paris (AFP) - `) and on the line under a byline.
  agencies: [
    ..."Associated Press|The Associated Press|AP|AFP|Agence France-Presse|Reuters|Xinhua".split(
      "|",
    ),
    ..."Xinhua News Agency|Bloomberg|dpa|UPI|ANSA|EFE|Kyodo|Yonhap|PTI|IANS|ANI|CNN".split("|"),
  ],
  // The role a byline names after a comma: `By Jane Doe, Political Correspondent`.
  bylineRoles: [
    ..."correspondent correspondents editor editors reporter reporters writer writers".split(" "),
    ..."columnist contributor analyst critic journalist producer commentator".split(" "),
  ],
  pageLines: [
    ..."Skip to main content|Skip to content|Skip to navigation|Advertisement".split("|"),
    ..."Share this article|Share this story|Share this page|Share|Share on Facebook".split("|"),
    ..."Share on Twitter|Share on X|Share on LinkedIn|Share on WhatsApp|Share on Pinterest".split(
      "|",
    ),
    ..."Share via Email|Share by email|Copy link|Link copied|Print this article".split("|"),
    ..."Sign up for our newsletter|Subscribe to our newsletter|Read more|Related articles".split(
      "|",
    ),
    ..."Related stories|Related topics|Most read|Continue reading|Show comments".split("|"),
  ],
  pageLabels: ["Read more", "Related", "See also", "Read also", "Also read"],
  captionLabels: [
    ..."Photo|Photos|Photograph|Picture|Image|Caption|Image caption|Image source".split("|"),
    ..."Image credit|Photo credit|Photo caption|Logo".split("|"),
  ],
  pressWires: [
    ..."PRNewswire|PR Newswire|BUSINESS WIRE|Business Wire|GLOBE NEWSWIRE|GlobeNewswire".split("|"),
    ..."ACCESSWIRE|ACCESS Newswire|CNW|Canada NewsWire|PRWeb|EQS Newswire|Newsfile".split("|"),
  ],
  pressSource: ["SOURCE"],
  pressAbout: ["About"],
  creditEndings: [
    "contributed to this report",
    "contributed reporting",
    "contributed to this story",
  ],
  creditWords: [
    ..."reporting writing editing compiled compilation edited produced research researched".split(
      " ",
    ),
    ..."translated translation graphics photo photos video written".split(" "),
  ],
} as const satisfies Locale;

// The shape of the hand-written expected values for the corpus datasets. Every value was
// written by reading the file, following the layout its dataset's README states; see README.md
// in this folder for the choices made where the layout leaves room.

/** A dateline as the layout states it: the place and the agency, either may be missing. */
export interface ExpectedDateline {
  place: string | null;
  agency: string | null;
}

/** What a dataset's layout says one document holds. */
export interface ExpectedDocument {
  /** File name inside the dataset folder. */
  file: string;
  /** 0-based document index within the file, after splitting. */
  index: number;
  /** The headline as written (trimmed; hard-wrapped lines joined with one space), `null` when the layout says there is none. */
  headline: string | null;
  /** The author's name (a `By ` before it dropped), `null` when none is stated. */
  byline: string | null;
  /** ISO 8601: `2010-01-11` for a bare date, UTC with `.000Z` when a time and zone are stated. */
  publishedAt: string | null;
  /** The publication or source name, `null` when none is stated. */
  source: string | null;
  /** BCP 47, where the document states its language. */
  language?: string | null;
  /** The section as written, where a section field is stated. */
  section?: string | null;
  /** The stated word count. */
  wordCount?: number | null;
  /** The (first) copyright notice, lines joined with one space. */
  copyright?: string | null;
  /** Every copyright notice inside the document's range, in order (Nexis). */
  copyrights?: string[];
  /** A stated document id. */
  id?: string | null;
  /** The dateline, where the layout states one. */
  dateline?: ExpectedDateline | null;
  /** The role word after the name(s), where the layout separates one (Yonhap 기자, 특파원). */
  bylineRole?: string;
  /** Deck lines (subheadlines) between the headline and the body, as written. */
  decks?: string[];
  /** A desk slug the project's headline rules would cut from the headline (`UPDATE 1`). */
  slug?: string;
  /** `true` when the whole headline is wrapped in one pair of quotes that the layout keeps. */
  quoted?: boolean;
  /** A stated link to the original (Nexis exports that carry one). */
  originalUrl?: string;
  /** Subheads, in order, as written (they are not counted in `paragraphs`). */
  subheads?: string[];
  /** Number of body paragraphs per the layout. */
  paragraphs: number;
  /** The first few words of the first body paragraph ("" when there is no body). */
  firstWords: string;
  /** The last few words of the last body paragraph ("" when there is no body). */
  lastWords: string;
  /** AmCAT's expected values where they differ from the layout's reading (amcat-lexisnexis-test.txt). */
  amcat?: {
    headline?: string | null;
    byline?: string | null;
    publishedAt?: string | null;
    source?: string | null;
    paragraphs?: number;
  };
}

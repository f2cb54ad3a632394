// What the dateline rules report, and how far into a paragraph they look:
// shared by the agency, Chinese and press-release rules.

/** A dateline split off the first paragraph. */
export interface DatelineMatch {
  /** The dateline as written, with the dash and spaces after it. */
  text: string;
  place: string | null;
  agency: string | null;
  /** A byline run into the dateline (`By  Paritosh Bansal NEW YORK …`, `홍길동 기자 = `). */
  byline: string | null;
  /** The byline's role word, kept out of `byline` (`기자`, `记者`), or null. */
  role: string | null;
  /** The date a press release's dateline states (`Feb. 3, 2025`), at offset `at` of `text`. */
  date: { text: string; at: number } | null;
  /** Length of `text`: where the paragraph proper starts. */
  length: number;
  /** The rule that found it. */
  rule: "agency-dateline" | "agency-dateline-cjk" | "place-agency-dateline" | "press-wire-dateline";
}

/** How far into a paragraph a dateline may reach. */
export const MAX_DATELINE = 160;

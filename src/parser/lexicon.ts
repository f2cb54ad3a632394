import type { DateWords } from "../fields/read-date.js";
import type { FieldKey } from "../schema/field-keys.js";
import type { LabelTable, Locale } from "../schema/locale.js";

/**
 * The locales a parser was given, compiled into the lookups the stages use:
 * maps and sets for words, regular expressions for word lists that open a
 * line. Built once per set of locales and reused for every text.
 */
export interface Lexicon {
  /** Folded label → key. */
  readonly keys: ReadonlyMap<string, FieldKey>;
  /** Longest label, in characters: bounds the search for a label's colon. */
  readonly maxLabelLength: number;
  /** Words that open a byline with no colon, folded: `by`, `记者`. */
  readonly bylinePrefixes: ReadonlySet<string>;
  /** Byline words of scripts without spaces (`记者`), which may run into the name. */
  readonly cjkBylinePrefixes: readonly string[];
  /** Function words of every locale, folded: how much of a line reads as running text. */
  readonly stopwords: ReadonlySet<string>;
  /** Words a title leaves in lower case. */
  readonly smallWords: ReadonlySet<string>;
  /** Month word (lower case, no final dot) → 1–12. */
  readonly months: ReadonlyMap<string, number>;
  /** A desk slug and what follows it (`UPDATE 4-`, `FACTBOX: `), or null when no locale has slugs. */
  readonly slug: RegExp | null;
  /** A bracketed credit (`(Reporting by …`), or null. */
  readonly credit: RegExp | null;
  /** A bracketed editor's note (`(Adds …`), or null. */
  readonly editorsNote: RegExp | null;
  /** A CJK agency dateline (`新华社北京1月13日电（记者沈敏）`), or null. */
  readonly cjkDateline: RegExp | null;
  /** A place=agency wire line (`(서울=연합뉴스) `), or null. */
  readonly placeAgencyDateline: RegExp | null;
  /** Agency names, folded: what may stand in a dateline's brackets or under a byline. */
  readonly agencies: ReadonlySet<string>;
  /** The longest agency name, in characters. */
  readonly longestAgency: number;
  /** Byline role words (`기자`, `记者`), folded. */
  readonly bylineRoles: ReadonlySet<string>;
  /** A credit sentence (`… contributed to this report.`), or null. */
  readonly creditSentence: RegExp | null;
  /**
   * The end of a credit sentence (` contributed to this report.`), sticky, and
   * every length it can match: tried at those few offsets from the end of a
   * text, it rules most text out before `creditSentence` scans it.
   */
  readonly creditTail: { readonly regex: RegExp; readonly lengths: readonly number[] } | null;
  /** Whole lines of page furniture, folded. */
  readonly pageLines: ReadonlySet<string>;
  /** Labels of page-furniture lines with a value, folded. */
  readonly pageLabels: ReadonlySet<string>;
  /** Labels of captions and photo credits, folded. */
  readonly captionLabels: ReadonlySet<string>;
  /** Words a photo credit ends with (`摄`). */
  readonly captionEndings: readonly string[];
  /** Newswires of press-release datelines, folded. */
  readonly pressWires: ReadonlySet<string>;
  /** Words of a press release's closing source line, as written. */
  readonly pressSource: ReadonlySet<string>;
  /** Words of an `About <Company>` heading, folded. */
  readonly pressAbout: ReadonlySet<string>;
  /** The date words of every locale, for the date reader. */
  readonly dateWords: readonly DateWords[];
  /** The language tags, in order. */
  readonly languages: readonly string[];
}

/** Case- and space-insensitive form of a label, so `Original  Link` matches `original link`. */
export function foldLabel(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Longest first, so an alternation never stops at a shorter word's prefix.
function alternation(words: Iterable<string>, map: (word: string) => string = escapeWord): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(map)
    .join("|");
}

/**
 * The one place a regular expression is built from locale words: each word is
 * escaped and alternated inside a fixed, anchored frame. The safety test checks
 * the expressions the built-in locales compile to.
 */
function wordsRegex(source: string, flags?: string): RegExp {
  const compiled = new RegExp(source, flags);
  return compiled;
}

/**
 * Compiles locales, the earlier winning where two give one label different
 * keys. `extra` labels come before every locale.
 */
export function compileLexicon(locales: readonly Locale[], extra: LabelTable = {}): Lexicon {
  const keys = new Map<string, FieldKey>();
  let maxLabelLength = 0;
  const addLabels = (table: LabelTable) => {
    for (const key of Object.keys(table) as FieldKey[]) {
      for (const label of table[key] ?? []) {
        const folded = foldLabel(label);
        if (folded.length === 0 || keys.has(folded)) continue;
        keys.set(folded, key);
        if (folded.length > maxLabelLength) maxLabelLength = folded.length;
      }
    }
  };
  addLabels(extra);
  for (const locale of locales) addLabels(locale.labels);

  const all = (pick: (l: Locale) => readonly string[] | undefined) =>
    locales.flatMap((l) => pick(l) ?? []);
  const bylinePrefixes = new Set(all((l) => l.bylinePrefixes).map(foldLabel));
  const months = new Map<string, number>();
  for (const locale of locales) {
    for (const [word, month] of Object.entries(locale.dates?.months ?? {})) {
      if (!months.has(word)) months.set(word.toLowerCase(), month);
    }
  }
  const slugs = all((l) => l.slugs);
  const credits = all((l) => l.creditWords);
  const verbs = all((l) => l.noteVerbs);
  const agencies = all((l) => l.agencies);
  const leadEndings = all((l) => l.leadEndings);
  const roles = all((l) => l.bylineRoles);
  // `#` in a slug stands for an update number: `UPDATE 4`.
  const slugWords = alternation(slugs, (w) => escapeWord(w).replace("#", "\\d{1,2}"));
  const slug = slugs.length ? wordsRegex(`^(${slugWords})(?:-(?=\\S)| ?: ?)`) : null;
  const credit = credits.length
    ? wordsRegex(`^\\( ?(?:(?:additional|further) )?(?:${alternation(credits)}) by\\b`, "i")
    : null;
  const editorsNote = verbs.length ? wordsRegex(`^\\( ?(?:${alternation(verbs)})\\b`, "i") : null;
  // An agency, a place and a date (`新华社北京６月１９日电`, digits half or full
  // width), or a paper's short name and a lead ending (`南都讯`); then the
  // reporters, in brackets (`（记者　张三）`) or as names each followed by a space
  // after a role word (`记者刘凡　周昌和　`).
  // A lead ending closes the lead only before a space or a bracket: `据通讯社`
  // opens with no lead.
  const leads = leadEndings.length
    ? `|([\\u4e00-\\u9fff]{1,5}?)(?:${alternation(leadEndings)})(?=[ \\u3000（(])`
    : "";
  const reporters = roles.length
    ? `|[ \\u3000]*((?:${alternation(roles)})[ \\u3000]*(?:[\\u4e00-\\u9fff]{2,4}[ \\u3000]+){1,6})`
    : "";
  const cjkDateline = agencies.length
    ? wordsRegex(
        `^(?:(${alternation(agencies)})([\\u4e00-\\u9fff]{0,8}?)([0-9０-９]{1,2}月[0-9０-９]{1,2}日)电${leads})(?:[ \\u3000]?[（(]([^（）()]{0,40})[）)]${reporters})?[ \\u3000]*`,
      )
    : null;
  // `(서울=연합뉴스) `: a place, `=`, a known agency, in one pair of brackets.
  const placeAgencyDateline = agencies.length
    ? wordsRegex(`^\\(([^()=\\n]{1,40})=(${alternation(agencies)})\\)\\s*`)
    : null;
  const endings = all((l) => l.creditEndings);
  const creditSentence = endings.length
    ? wordsRegex(`^[^\\n]{3,240}? (?:${alternation(endings)})\\.?$`, "i")
    : null;
  // Case-insensitive matching outside unicode mode compares one code unit
  // with one, so each ending matches that many characters, and one more for
  // the space, another for the dot.
  const tailLengths = new Set(endings.flatMap((e) => [e.length + 1, e.length + 2]));
  const creditTail = endings.length
    ? {
        regex: wordsRegex(` (?:${alternation(endings)})\\.?$`, "iy"),
        lengths: [...tailLengths],
      }
    : null;
  return {
    keys,
    maxLabelLength,
    bylinePrefixes,
    cjkBylinePrefixes: [...bylinePrefixes].filter((w) => w.charCodeAt(0) > 0x2e80),
    smallWords: new Set(all((l) => l.smallWords).map((w) => w.toLowerCase())),
    stopwords: new Set(
      [...all((l) => l.stopwords), ...all((l) => l.smallWords)].map((w) => w.toLowerCase()),
    ),
    months,
    slug,
    credit,
    editorsNote,
    cjkDateline,
    placeAgencyDateline,
    agencies: new Set(agencies.map(foldLabel)),
    longestAgency: Math.max(0, ...agencies.map((a) => foldLabel(a).length)),
    bylineRoles: new Set(all((l) => l.bylineRoles).map(foldLabel)),
    creditSentence,
    creditTail,
    pageLines: new Set(all((l) => l.pageLines).map(foldLabel)),
    pageLabels: new Set(all((l) => l.pageLabels).map(foldLabel)),
    captionLabels: new Set(all((l) => l.captionLabels).map(foldLabel)),
    captionEndings: all((l) => l.captionEndings),
    pressWires: new Set(all((l) => l.pressWires).map(foldLabel)),
    pressSource: new Set(all((l) => l.pressSource)),
    pressAbout: new Set(all((l) => l.pressAbout).map(foldLabel)),
    dateWords: locales.flatMap((l) => (l.dates ? [l.dates as DateWords] : [])),
    languages: locales.map((l) => l.language),
  };
}

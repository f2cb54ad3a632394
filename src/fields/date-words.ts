import type { DateWords } from "./read-date.js";

// The date reader's use of a locale's date words: weekdays and fillers left
// out of a date, month words looked up, each word folded as the tables hold it.

/** The text without its weekday and filler words, so that only the date's own parts remain. */
export function withoutIgnoredWords(text: string, words: readonly DateWords[]): string {
  // Weekdays stand apart: `5日星期二`, `5일(화)10:30`, `2024.03.05(화)`.
  // Each rewrite only where its mark occurs: most dates hold none of them.
  let spaced = text;
  if (spaced.includes("日") || spaced.includes("일"))
    spaced = spaced.replace(/(\d[日일])(?=[\p{L}(])/gu, "$1 ");
  if (spaced.includes("(")) spaced = spaced.replace(/(\d)\(/g, "$1 (");
  if (spaced.includes(")")) spaced = spaced.replace(/\)(?=\S)/g, ") ");
  const { weekdays, fillers } = ignoredWords(words);
  const kept = spaced.split(" ").filter((token) => {
    const key = fold(token);
    const bare = key.startsWith("(") && key.endsWith(")") ? key.slice(1, -1) : key;
    return !(weekdays.has(key) || weekdays.has(bare) || fillers.has(key));
  });
  const joined = kept.join(" ");
  return joined.endsWith(",") ? joined.slice(0, -1) : joined;
}

// The weekdays and fillers of a list of word tables, as sets, built once per list.
const ignoredCache = new WeakMap<
  readonly DateWords[],
  { weekdays: Set<string>; fillers: Set<string> }
>();

function ignoredWords(words: readonly DateWords[]): {
  weekdays: Set<string>;
  fillers: Set<string>;
} {
  let found = ignoredCache.get(words);
  if (found === undefined) {
    found = {
      weekdays: new Set(words.flatMap((w) => w.weekdays ?? [])),
      fillers: new Set(words.flatMap((w) => w.fillers ?? [])),
    };
    ignoredCache.set(words, found);
  }
  return found;
}

export function monthOf(word: string, words: readonly DateWords[]): number | undefined {
  const key = fold(word);
  for (const w of words) {
    if (Object.hasOwn(w.months, key)) return w.months[key];
  }
  return undefined;
}

/** Lower case, without a final comma or dot: the form the word tables hold. */
function fold(word: string): string {
  let key = word.toLowerCase();
  if (key.endsWith(",")) key = key.slice(0, -1);
  return key.endsWith(".") ? key.slice(0, -1) : key;
}

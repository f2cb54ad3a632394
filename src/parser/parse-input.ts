import { composeArticle } from "../compose/article.js";
import type { DialectRules } from "../dialects/types.js";
import { scanLines } from "../lines/lines.js";
import { articleSchema } from "../schema/article.js";
import { type ArticleIssue, ArticleParseError, issue } from "../schema/issues.js";
import { type PlainCheck, plainCheckOf } from "../schema/plain-check.js";
import { checkCharacters } from "../text/characters.js";
import { decodeBytes, findMojibake, repairMojibake } from "../text/decode.js";
import type { Explanation, SafeParseArticleResult } from "./create-parser.js";
import { decisionsOf } from "./decisions.js";
import { layoutWarning } from "./layout-evidence.js";
import type { Resolved } from "./resolve.js";
import type { RuleName } from "./rule-names.js";

// One parse, stage after stage: the input decoded into text, the text into
// lines, the layout recognised (or forced), its parts classified, the
// Article composed and, unless the caller asked not to, checked by the schema.

/** Parses `input` with options already resolved; `explain` also gives the decisions. */
export function parseInput(
  input: string | Uint8Array,
  resolved: Resolved,
  dialects: readonly DialectRules[],
  explain: boolean,
): Explanation {
  let text: string;
  let warnings: ArticleIssue[] = [];
  if (typeof input === "string") text = input;
  else ({ text, warnings } = decodeBytes(input));
  const mojibake = findMojibake(text);
  if (mojibake !== -1) {
    if (resolved.repairMojibake) {
      text = repairMojibake(text);
      warnings.push(
        issue("mojibake", "warning", "Mojibake was repaired; spans point into the repaired text."),
      );
    } else {
      const message =
        "UTF-8 text that was read as windows-1252 (`â€™`, `Ã©`); the repairMojibake option repairs it.";
      warnings.push(issue("mojibake", "warning", message, { start: mojibake, end: mojibake + 2 }));
    }
  }
  const lines = scanLines(text);
  let dialect = resolved.dialect;
  let dialectRule: RuleName = "dialect-option";
  if (dialect === null) {
    let best = -1;
    for (const candidate of dialects) {
      // A layout whose strongest claim cannot beat the best so far is not
      // asked: its detection may read the whole text for nothing.
      if (candidate.strongest <= best) continue;
      const claim = candidate.detect(lines, resolved.lexicon, resolved.mode);
      if (claim !== null && claim.score > best) {
        best = claim.score;
        dialect = candidate;
        dialectRule = claim.rule;
      }
      // Claims are 0 to 1 and ties go to the earlier dialect: a full claim
      // cannot be beaten, and the layouts after it are not looked at.
      if (best >= 1) break;
    }
    if (dialect === null) {
      dialect = dialects[0] as DialectRules;
      dialectRule = "first-dialect";
    }
  }
  const classified = (dialect as DialectRules).classify(lines, {
    lexicon: resolved.lexicon,
    mode: resolved.mode,
    parseDate: resolved.parseDate,
  });
  if (classified.warnings) warnings.push(...classified.warnings);
  // A layout that found none of its marks reads the text as another does, and says which.
  const name = classified.readAs ?? (dialect as DialectRules).name;
  if (classified.failure !== null) {
    const decisions = explain ? decisionsOf(classified.parts, null, name, dialectRule) : [];
    return { result: failure(classified.failure, warnings), decisions };
  }
  const documents = (dialect as DialectRules).documents?.(lines) ?? 1;
  if (documents > 1) {
    const decisions = explain ? decisionsOf(classified.parts, null, name, dialectRule) : [];
    const message = `The text holds ${documents} documents of a ${name} export; safeParseArticles (or splitArticles) reads each as an Article of its own.`;
    return { result: failure(issue("several-articles", "error", message), warnings), decisions };
  }
  warnings.push(...checkCharacters(text));
  const unsure = layoutWarning(classified.parts, dialectRule);
  if (unsure !== null) warnings.push(unsure);
  const composed = composeArticle(classified.parts, name, resolved.parseDate, warnings, explain);
  const decisions = explain ? decisionsOf(classified.parts, composed.paths, name, dialectRule) : [];
  if (composed.failure !== null) return { result: failure(composed.failure, warnings), decisions };
  // The schema's plain structure is checked by hand first; zod reads the
  // Article whole only when that check is not sure, and names the issue.
  const checked =
    resolved.validate && !plainArticle()(composed.article)
      ? articleSchema.safeParse(composed.article)
      : null;
  if (checked !== null && !checked.success) {
    // The parser built something its own schema rejects: a bug, reported as data.
    const first = checked.error.issues[0];
    const where = first ? `${first.path.join(".")}: ${first.message}` : "unknown";
    const message = `The parser built an Article its own schema rejects (${where}); please report it.`;
    return { result: failure(issue("invalid-result", "error", message), warnings), decisions };
  }
  // The Article itself, not zod's copy of it: the schema transforms nothing and
  // the composer writes exactly its keys, so the two are equal, and the copy
  // dies young instead of doubling what a caller keeps.
  return { result: { success: true, data: composed.article, warnings }, decisions };
}

// Compiled from the schema on the first parse, not when the module loads.
let compiled: PlainCheck | null = null;
function plainArticle(): PlainCheck {
  compiled ??= plainCheckOf(articleSchema);
  return compiled;
}

function failure(error: ArticleIssue, warnings: ArticleIssue[]): SafeParseArticleResult {
  // The errors first, so `error.message` names what failed; warnings found
  // before the failure are kept.
  return { success: false, error: new ArticleParseError([error, ...warnings]) };
}

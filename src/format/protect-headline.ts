import { unquotedRange } from "../classify/quotes.js";
import { isMarkerText } from "../dialects/nexis-marks.js";

// Quote pairs to wrap a headline in when it would otherwise lose its own
// quotes on the way back in; the first that the headline does not use wins.
const WRAPPERS: readonly [string, string][] = [
  ["“", "”"],
  ["«", "»"],
  ["「", "」"],
  ["『", "』"],
];

/**
 * A headline as it must be written on a headline line to be read back the
 * same: one wrapped in a pair of quotes would lose them, one opening with a
 * Markdown `#` mark or a wire `--` would lose that, and one that is a Nexis
 * document marker would make the text an export, and one opening with a desk
 * slug of `slug` (`UPDATE 2-…`) would lose it to the slug; each is wrapped in a
 * further pair of quotes it does not use.
 */
export function protectHeadline(headline: string, slug: RegExp | null = null): string {
  const [s, e] = unquotedRange(headline, 0, headline.length);
  const risky =
    s !== 0 ||
    e !== headline.length ||
    /^(?:#{1,6}[ \t]|--(?:[ \t]|$))/.test(headline) ||
    isMarkerText(headline) ||
    slug?.test(headline) === true;
  if (!risky) return headline;
  const pair = WRAPPERS.find(
    ([open, close]) => !headline.includes(open) && !headline.includes(close),
  );
  return pair ? `${pair[0]}${headline}${pair[1]}` : headline;
}

import { isBlank, type Lines, lineText } from "../lines/lines.js";

// A page names its article more than once: the document's title, a
// breadcrumb, a share text print it again with a site or section name
// beside it (`Title | Site`, `Section|Title`, `Title - Site`). A line whose
// whole text stands on another line as one side of such a separator is
// the page's own title far more often than a teaser is.

/** Lines longer than this hold no title with a name beside it. */
const MAX_LINE = 300;
/** Bars set a name beside a title with or without spaces. */
const BARS = ["|", "｜"];
/** Dashes, dots and slashes do between spaces only: `Jean-Paul`, `1/2` are words. */
const SPACED = [" - ", " – ", " — ", " · ", " • ", " / "];

/** The sides of `text` between its separators, trimmed; one side when it holds none. */
function sidesOf(text: string): string[] {
  let sides = [text];
  for (const mark of [...BARS, ...SPACED]) {
    if (text.includes(mark)) sides = sides.flatMap((side) => side.split(mark));
  }
  return sides.map((side) => side.trim()).filter((side) => side.length > 0);
}

/** The sides of the lines that hold a separator, each with the first line it stands on. */
export class EchoedTitles {
  private readonly sides = new Map<string, number>();
  constructor(private readonly lines: Lines) {
    for (let i = 0; i < lines.start.length; i++) {
      if (isBlank(lines, i)) continue;
      const s = lines.start[i] as number;
      const e = lines.end[i] as number;
      if (e - s > MAX_LINE) continue;
      const sides = sidesOf(lineText(lines, s, e));
      if (sides.length < 2) continue;
      for (const side of sides) if (!this.sides.has(side)) this.sides.set(side, i);
    }
  }

  /** Whether the text of line `i` stands on another line beside a separator. */
  echoed(i: number): boolean {
    const lines = this.lines;
    const text = lineText(lines, lines.start[i] as number, lines.end[i] as number);
    const at = this.sides.get(text);
    return at !== undefined && at !== i;
  }
}

// The fuzz suite's inputs: every one is drawn from a mulberry32 stream of its
// own (scripts/prng.mjs), so one input can be made again from the run's seed
// and its number alone.

/** Helpers over one stream of numbers in [0, 1). */
export function picker(random) {
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const many = (min, max, make) => Array.from({ length: int(min, max) }, make);
  return { random, int, pick, chance, many };
}

const WORDS =
  "talks resumed on monday the ministry said shares rose fell percent market officials would respond analysts were surprised plant output board group".split(
    " ",
  );
const TITLE_WORDS =
  "Ministry Foreign Affairs Statement Markets Closed Higher What Comes Next Background Talks Resume Shares Rise".split(
    " ",
  );
const NAMES = ["Jane Doe", "Reuters Staff", "Paritosh Bansal", "Anna Berg", "張三", "Tan Duc"];
const PLACES = ["LONDON", "NEW YORK", "Paris", "BEIJING", "WASHINGTON, March 3"];
const AGENCIES = ["Reuters", "AFP", "AP", "Xinhua", "dpa"];
const DATES = [
  "Mon Oct 30, 2006 7:48pm EST",
  "2025-02-03",
  "3 February 2025",
  "January 11, 2010 Monday",
  "Mittwoch 31. August 2011",
  "yesterday",
  "2025-13-45",
];
// Date lines under a press release's headline.
const PRESS_DATES = [
  "February 03, 2025 10:00 AM Eastern Standard Time",
  "Feb. 3, 2025",
  "February 3, 2025 09:00 ET",
  "Monday, February 03, 2025",
  "July 4, 2025 12:00 PM Pacific Time",
  "3 February 2025 10:00 Central European Time",
];
export const URLS = [
  "http://www.reuters.com/article/1",
  "https://example.com/search?ids[]=1",
  "https://example.com/a|b^c%zz#x#y",
  "www.example.com/a/1",
  "http://intranet/story/1",
  "http://example.com:99999/x",
  "see below",
  "<https://example.com/x>",
  "javascript:alert(1)",
];
export const NOTES = [
  "(Reporting by Jane Doe)",
  "(Reporting by Jane Doe.)",
  "(Additional reporting by Anna Berg; Editing by Bob Roe)",
  "(Editing by Bob Roe)",
  "($1 = 0.78 euros)",
  "(Adds quote)",
  "(Corrects spelling of name)",
  "(Writing by X)",
];
const LABELS = [
  ["Source", () => "rfi"],
  ["Source", () => "officials said so."],
  ["Original", null],
  ["Date", null],
  ["Author", () => "John Roe"],
  ["Statement", () => "This article represents the views of the author."],
  ["Photo", () => "AFP"],
  ["Tags", () => "world, politics"],
  ["Language", () => "English"],
  ["Length", () => "355 words"],
  ["Section", () => "World"],
  ["Copyright", () => "(c) 2025 Reuters"],
  ["来源", () => "新华社"],
  ["责任编辑", () => "李四"],
  ["Quelle", () => "dpa"],
];
const RULES = ["___", "---", "-----", "———", "_____"];
const SLUGS = ["UPDATE 2-", "FACTBOX: ", "RPT-", "EXCLUSIVE-", ""];
const NOISE = ["", " ", "  ", "\t", "\u00a0", "\u3000", "\ufeff"];
export const BREAKS = ["\n", "\r\n", "\r"];

function sentence(p) {
  const words = p.many(3, 14, () => p.pick(WORDS));
  const s = words.join(" ");
  const plain = `${s.charAt(0).toUpperCase()}${s.slice(1)}${p.pick([".", ".", "?", "!", ":", ""])}`;
  if (p.chance(0.06)) return p.pick(SAID);
  return p.chance(0.08) ? `${p.pick(SAID)} ${plain}` : plain;
}

// Speech after a colon, in quotes or guillemets: on one line it may look like
// a labelled line (`He said: "no".`), which it is not.
const SAID = [
  'He said: "no".',
  'She said: "We will see."',
  "Il a dit : « non ».",
  "«Citation» dit-il.",
  "Er sagte: „Nein“.",
  "他说：“不”。",
  "They said: 'later'",
  "Analysts: «a surprise»",
];

export function titleCase(p) {
  return p.many(1, 5, () => p.pick(TITLE_WORDS)).join(p.pick([" ", " of ", " and "]));
}

/** A paragraph, now and then hard-wrapped over several lines. */
function paragraph(p) {
  const text = p.many(1, 4, () => sentence(p)).join(" ");
  if (!p.chance(0.3)) return text;
  const words = text.split(" ");
  const lines = [];
  for (let i = 0; i < words.length; i += p.int(2, 8)) lines.push(words.slice(i, i + 8).join(" "));
  return lines.filter(Boolean).join("\n");
}

export function labelLine(p) {
  const [label, value] = p.pick(LABELS);
  const v = value ? value() : label === "Date" ? p.pick(DATES) : p.pick(URLS);
  return `${label}${p.pick([": ", ":", " : ", "：", " ："])}${v}`;
}

/** Body blocks: paragraphs, headings, lists, notes, a dateline. */
function body(p, markdown) {
  const blocks = [];
  if (p.chance(0.2)) blocks.push(...p.many(1, 2, () => p.pick(NOTES)));
  const dateline = p.chance(0.4)
    ? `${p.pick(PLACES)} ${p.pick(["", `(${p.pick(AGENCIES)}) `])}${p.pick(["- ", "— ", "-- "])}`
    : "";
  blocks.push(dateline + paragraph(p));
  for (let n = p.int(0, 6); n > 0; n--) {
    const r = p.random();
    if (r < 0.15)
      blocks.push(markdown ? `${p.pick(["## ", "### "])}${titleCase(p)}` : titleCase(p));
    else if (r < 0.2) blocks.push(`**${titleCase(p)}**`);
    else if (r < 0.27)
      blocks.push(p.many(2, 4, () => `${p.pick(["- ", "* ", "1. "])}${sentence(p)}`).join("\n"));
    else if (r < 0.32) blocks.push(labelLine(p));
    else if (r < 0.36) blocks.push(p.pick(["___", "---", "By Jane Doe", "Associated Press"]));
    else blocks.push(paragraph(p));
  }
  if (p.chance(0.3)) blocks[blocks.length - 1] += p.many(1, 3, () => ` ${p.pick(NOTES)}`).join("");
  if (p.chance(0.35)) {
    // Wire copy may set a rule above its closing notes.
    if (p.chance(0.4)) blocks.push(p.pick(RULES));
    blocks.push(...p.many(1, 3, () => p.pick(NOTES)));
  }
  return blocks;
}

function headlineLine(p) {
  const title = p.chance(0.5) ? titleCase(p) : sentence(p);
  const quoted = p.pick(["", "", `"`, "“", "«"]);
  const close = { "": "", '"': '"', "“": "”", "«": "»" }[quoted];
  return `${p.pick(SLUGS)}${quoted}${title}${close}`;
}

// The lines a header may hold under its headline, in any language.
const BYLINE_WORDS = ["By", "By ", "Von", "Par", "Por", "Door", "记者", "作者", "BY"];
const HEADER_LABELS = [
  "Author",
  "Reporter",
  "作者",
  "记者",
  "来源",
  "Source",
  "Quelle",
  "Autor",
  "Auteur",
  "Date",
  "责任编辑",
  "Photo",
];
const HEADER_NAMES = [...NAMES, "Kevin Krolicki", "Hans Müller", "张三", "Marie Curie"];

/**
 * A header block: byline lines, labelled lines and date lines in several
 * languages and any order, each on a line of its own (several bylines too).
 */
function headerLines(p) {
  return p.many(1, 5, () => {
    const r = p.random();
    if (r < 0.4) return `${p.pick(BYLINE_WORDS)} ${p.pick(HEADER_NAMES)}`;
    if (r < 0.8) {
      const label = p.pick(HEADER_LABELS);
      const value = label === "Date" ? p.pick(DATES) : p.pick([...HEADER_NAMES, ...AGENCIES]);
      return `${label}${p.pick([": ", "：", " : ", ":"])}${value}`;
    }
    return p.pick([...DATES, ...PRESS_DATES]);
  });
}

/** Structured articles in each dialect's layout. */
const LAYOUTS = {
  aggregator(p) {
    const head = [p.chance(0.1) ? p.pick(["## ", "# ", "##"]) : headlineLine(p)];
    if (p.chance(0.3)) head.push(`By ${p.pick(NAMES)}`);
    if (p.chance(0.15)) head.push(`${p.pick(["来源", "作者"])}：${p.pick(NAMES)}`);
    if (p.chance(0.25)) head.push(...headerLines(p));
    const trailer = p.many(0, 4, () => labelLine(p));
    return [head.join("\n"), ...body(p, false), trailer.join(p.chance(0.8) ? "\n" : "\n\n")];
  },
  "wire-dump"(p) {
    const head = [`-- ${headlineLine(p)}`];
    for (let n = p.int(1, 4); n > 0; n--) {
      head.push(
        `--${p.pick([
          ` By ${p.pick(NAMES)}`,
          ` ${p.pick(DATES)}`,
          ` ${p.pick(URLS)}`,
          " Exclusive to subscribers",
          "",
        ])}`,
      );
    }
    return [head.join("\n"), ...body(p, false), p.many(0, 2, () => labelLine(p)).join("\n")];
  },
  markdown(p) {
    const head = [`# ${headlineLine(p)}`];
    if (p.chance(0.25)) head.push(...headerLines(p));
    return [head.join("\n"), ...body(p, true), p.many(0, 2, () => labelLine(p)).join("\n")];
  },
  lines(p) {
    const lines = [headlineLine(p), ...p.many(3, 10, () => sentence(p))];
    if (p.chance(0.3)) lines.push(p.pick(NOTES));
    if (p.chance(0.3)) lines.push(labelLine(p));
    return [lines.join("\n")];
  },
  "press-release"(p) {
    // A subtitle and a date line may stand between the headline and the
    // wire's dateline, in any of its four shapes.
    const lead = [];
    if (p.chance(0.4)) lead.push(titleCase(p));
    if (p.chance(0.4)) lead.push(p.pick(PRESS_DATES));
    const place = p.pick(["NEW YORK", "CUPERTINO, Calif.", "TORONTO", "NEW YORK, NY", "Paris"]);
    const date = p.pick(["Feb. 3, 2025", "February 03, 2025", "3 February 2025", "Jan 5 2025"]);
    const dateline = p.pick([
      `${place}, ${date} /PRNewswire/ -- `,
      `${place}, ${date} /PRNewswire-FirstCall/ `,
      `${place}, ${date} (GLOBE NEWSWIRE) -- `,
      `${place}--(BUSINESS WIRE)--`,
      `${place} / ACCESSWIRE / ${date} / `,
    ]);
    const [first, ...rest] = body(p, false);
    const blocks = [headlineLine(p), ...lead, `${dateline}${first}`, ...rest];
    if (p.chance(0.5))
      blocks.push(`About ${p.pick(["Acme Corp", "ACME INC.", "Acme"])}`, paragraph(p));
    if (p.chance(0.4)) blocks.push(p.pick(["###", "# # #", "-30-"]));
    if (p.chance(0.4)) blocks.push(`SOURCE ${p.pick(["Acme Corp", "Acme Inc."])}`);
    if (p.chance(0.3)) blocks.push(`View source version on businesswire.com: ${p.pick(URLS)}`);
    if (p.chance(0.5))
      blocks.push(
        [
          p.pick(["Contacts", "Contact:", "Media Contact:"]),
          p.pick(NAMES),
          "jane@example.com",
        ].join("\n"),
      );
    return blocks;
  },
  factiva(p) {
    const out = [];
    const field = (code, ...value) => out.push(`${" ".repeat(p.int(0, 3))}${code}`, ...value);
    field("HD", ` ${sentence(p)} `);
    if (p.chance(0.6)) field("BY", ` By ${p.pick(NAMES)}. `);
    field("WC", `${p.int(1, 4000)} words`);
    field("PD", p.pick(["7 April 2000", "31 December 2021", "2 May 1999", "never"]));
    if (p.chance(0.5)) field("ET", `${p.int(0, 23)}:${String(p.int(0, 59)).padStart(2, "0")} GMT`);
    field("SN", p.pick(["Reuters News", "Gazeta Mercantil"]));
    if (p.chance(0.5)) field("SC", "GMES");
    field("LA", p.pick(["English", "German", "Klingon"]));
    if (p.chance(0.7)) field("CY", "(c) 2000 Reuters", "");
    field("LP", ...p.many(1, 3, () => ` ${paragraph(p)} `).flatMap((t) => [t, ""]));
    if (p.chance(0.7))
      field("TD", ...p.many(1, 4, () => ` ${paragraph(p)} `).flatMap((t) => [t, ""]));
    if (p.chance(0.5)) field("IN", "i471 : Paper Mills | ipap : Paper/Packaging");
    field("AN", `Document ${p.pick(["abcd000020010101dw1234567", "x"])}`);
    return [`\n${out.join("\n")}\n`];
  },
};

/** Joins blocks with blank lines, then roughens the text: line ends, padding, stray blanks. */
function render(p, blocks) {
  const brk = p.pick(BREAKS);
  const lines = blocks
    .filter((b) => b !== "")
    .join("\n\n")
    .split("\n");
  const out = lines.map((line) => {
    if (!p.chance(0.15)) return line;
    return `${p.pick(NOISE)}${line}${p.pick(NOISE)}`;
  });
  // Now and then every line end is drawn on its own: lone CRs among LFs and CRLFs.
  if (p.chance(0.1)) return out.map((line, i) => (i === 0 ? line : p.pick(BREAKS) + line)).join("");
  return out.join(p.chance(0.9) ? brk : p.pick(BREAKS));
}

export function structured(p) {
  const layout = p.pick(Object.keys(LAYOUTS));
  return { layout, text: render(p, LAYOUTS[layout](p)) };
}

/** Characters that mean something to some stage. */
export const CHARS = [
  ..."aZ .,:;-—()[]{}#*_\"'“”«»|^%\t",
  "\n",
  "\r",
  "\r\n",
  "\u00a0",
  "\u0085",
  "\u2028",
  "\ufeff",
  "\u3000",
  "：",
  "（",
  "）",
  "中",
  "é",
  "Ã©",
  "â€™",
  "â€",
  "Ã",
  "\ud800",
  "\udc00",
  "😀",
  "\u0000",
  "\u001b",
  "\f",
];

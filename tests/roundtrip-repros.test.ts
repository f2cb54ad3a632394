// Regression tests for the round trip (format, then parse again), from a fuzz
// audit and the project's fuzz suite: each input is the smallest one found,
// each expected value written by hand from reading it.
import { describe, expect, it } from "vitest";
import { formatArticle, type ParseOptions, parseArticle, safeParseArticle } from "../src/index.js";
import { expectReadsBackWith, expectRoundTrip, slice } from "./support/round-trip.js";

describe("the round trip is exact", () => {
  it("writes extra wire lines back as wire lines", () => {
    const text =
      "-- Talks resume in Florida\n-- Exclusive to subscribers\n\nThe talks resumed on Monday.";
    expect(expectRoundTrip(text)).toContain("\n-- Exclusive to subscribers\n");
  });

  it("keeps the wire link when the trailer's Original line is unusable", () => {
    const text =
      "-- Talks resume\n-- http://www.reuters.com/article/1\n\nThe talks resumed on Monday.\n\nOriginal: see below";
    expect(parseArticle(text).originalUrl).toBe("http://www.reuters.com/article/1");
    expectRoundTrip(text);
  });

  it("keeps the wire date when the trailer's Date line is unusable", () => {
    const text =
      "-- Talks resume\n-- Mon Oct 30, 2006 7:48pm EST\n\nThe talks resumed on Monday.\n\nDate: yesterday";
    expect(parseArticle(text).publishedAtText).toBe("Mon Oct 30, 2006 7:48pm EST");
    expectRoundTrip(text);
  });

  it("keeps the wire date where a date line before the stated one reads only with the caller's reader", () => {
    // `yesterday` is no date to the built-in reader, so the trailer's second
    // line seems to state the Article's date; the caller's reader reads the
    // first, and without the wire line it would take the Article's date.
    const parseDate = (text: string) => (text === "yesterday" ? "2026-11-30" : null);
    const text =
      "-- Talks resume\n-- Mon Oct 30, 2006 7:48pm EST\n\nThe talks resumed on Monday.\n\nDate: yesterday\nDate: Mon Oct 30, 2006 7:48pm EST";
    const article = parseArticle(text, { parseDate });
    expect(article.publishedAtText).toBe("Mon Oct 30, 2006 7:48pm EST");
    expect(article.trailer.map((f) => f.value)).toEqual([
      "yesterday",
      "Mon Oct 30, 2006 7:48pm EST",
    ]);
    // The date goes back on its wire header line: under a headline, a date line
    // is not read where the trailer holds a date line of its own.
    const written = expectReadsBackWith(article, { parseDate });
    expect(written).toContain("-- Talks resume\n--\n-- Mon Oct 30, 2006 7:48pm EST\n\n");
    expect(parseArticle(written, { parseDate }).publishedAt).toBe("2006-10-31T00:48:00.000Z");
  });

  it("writes a date only the caller's reader reads on a wire header line, whatever layout was forced", () => {
    // `yesterday` is no date to the writer's own check: under the headline it
    // would read back as a paragraph; on the wire line the caller's reader takes it.
    const parseDate = (text: string) => (text === "yesterday" ? "2026-11-30" : null);
    const text =
      "-- Talks resume\n-- By Anna Berg\n-- yesterday\n\nNEW YORK -- The talks resumed on Monday.";
    const plain = parseArticle(text, { parseDate });
    const forced = parseArticle(text, { parseDate, dialect: "press-release" });
    expect([plain.publishedAt, forced.publishedAt]).toEqual(["2026-11-30", "2026-11-30"]);
    const written = formatArticle(forced);
    expect(written).toContain("-- yesterday\n");
    expect(formatArticle(plain)).toBe(written);
    expect(formatArticle(parseArticle(written, { parseDate }))).toBe(written);
  });

  it("keeps a byline whose first word is in the dateline", () => {
    const text = "Shares Rise\nBy Reuters Staff\n\nLONDON (Reuters) - Shares rose on Monday.";
    expect(parseArticle(text).byline).toBe("Reuters Staff");
    expectRoundTrip(text);
  });

  it("keeps a byline beside a different Author line", () => {
    const text = "Shares Rise\nBy Jane Doe\n\nShares rose on Monday.\n\nAuthor: John Roe";
    expect(parseArticle(text).byline).toBe("Jane Doe");
    expectRoundTrip(text);
  });

  it("keeps a hard-wrapped title-case block a paragraph", () => {
    const text =
      "Title\n\nIntro text here.\n\nMinistry of Foreign\nAffairs Statement\n\nThe ministry said it would respond.";
    expect(parseArticle(text).sections).toEqual([
      {
        heading: null,
        paragraphs: [
          "Intro text here.",
          "Ministry of Foreign Affairs Statement",
          "The ministry said it would respond.",
        ],
      },
    ]);
    expectRoundTrip(text);
  });

  it("keeps a wrapped last paragraph that opens with Source: in the body", () => {
    const text = "Title\n\nIntro text here.\n\nSource: officials said\nthe talks would go on";
    expect(parseArticle(text).source).toBeNull();
    expectRoundTrip(text);
  });

  it("keeps a wrapped block that opens with ## a paragraph", () => {
    const text = "Title\n\nIntro.\n\n## Background\nThe talks began in May.";
    expect(parseArticle(text).sections[0]?.paragraphs).toEqual([
      "Intro.",
      "## Background The talks began in May.",
    ]);
    expectRoundTrip(text);
  });

  it("keeps the order of notes", () => {
    const text = "Title\n\nShares rose.\n\n(Reporting by Jane Doe)\n\n(Corrects spelling of name)";
    expect(parseArticle(text).notes).toEqual([
      { kind: "credit", text: "(Reporting by Jane Doe)" },
      { kind: "editorsNote", text: "(Corrects spelling of name)" },
    ]);
    expectRoundTrip(text);
  });

  it("formats a bold paragraph left by a run-in note the same way twice", () => {
    const text = "Title\n\n**Markets Closed Higher** (Reporting by Jane Doe)";
    const options: ParseOptions = { paragraphMode: "blocks" };
    expect(parseArticle(text, options).sections).toEqual([
      { heading: null, paragraphs: ["**Markets Closed Higher**"] },
    ]);
    expectRoundTrip(text, options);
  });
});

describe("found by the fuzz suite", () => {
  it("leaves a space other than U+0020 after `##` out of the heading", () => {
    const text = "Title\n\nIntro.\n\n## \u3000Background\n\nThe talks began in May.";
    const article = parseArticle(text);
    expect(article.sections[1]?.heading).toBe("Background");
    expect(slice(text, article.spans.sections[1]?.heading)).toBe("Background");
  });

  it("starts the paragraph after a dateline at its first character that is no space", () => {
    const text = "Title\n\nLONDON (Reuters) - \u3000Shares rose on Monday.";
    const article = parseArticle(text);
    expect(article.dateline?.place).toBe("LONDON");
    expect(article.sections[0]?.paragraphs).toEqual(["Shares rose on Monday."]);
    expect(slice(text, article.spans.sections[0]?.paragraphs[0])).toBe("Shares rose on Monday.");
  });

  it("reads no date where the caller's date reader throws or gives an impossible date", () => {
    const text = "Title\n\nBody.\n\nDate: yesterday";
    const throwing = safeParseArticle(text, {
      parseDate: () => {
        throw new Error("reader failed");
      },
    });
    expect(throwing.data?.publishedAt).toBeNull();
    const impossible = safeParseArticle(text, { parseDate: () => "2025-02-30" });
    expect(impossible.data?.publishedAt).toBeNull();
    expect(safeParseArticle(text, { parseDate: () => "2026-11-30" }).data?.publishedAt).toBe(
      "2026-11-30",
    );
  });

  it("writes paragraphs that are Factiva codes so that the text stays no Factiva export", () => {
    // Indented by four spaces, the codes are no code lines: text, not a Factiva export.
    const text = "Title\n\n    HD\n\n    PD\n\nThe talks resumed on Monday.";
    expect(parseArticle(text).sections[0]?.paragraphs).toEqual([
      "HD",
      "PD",
      "The talks resumed on Monday.",
    ]);
    expectRoundTrip(text);
  });

  it("keeps a first body block that reads as a byline out of the header", () => {
    const text = "-- Talks resume\n--\n\nBy Jane Doe\n\nThe talks resumed on Monday.";
    const article = parseArticle(text);
    expect(article.byline).toBeNull();
    expect(article.sections[0]?.heading).toBe("By Jane Doe");
    expectRoundTrip(text);
  });

  it("keeps a closing one-word bold paragraph and a closing rule paragraph with their credits", () => {
    for (const last of ["**Affairs**", "---"]) {
      const text = `Title\n\nThe talks resumed on Monday.\n\n${last} (Reporting by Jane Doe)`;
      const article = parseArticle(text);
      expect(article.sections).toEqual([
        { heading: null, paragraphs: ["The talks resumed on Monday.", last] },
      ]);
      expect(article.notes).toEqual([{ kind: "credit", text: "(Reporting by Jane Doe)" }]);
      expectRoundTrip(text);
    }
  });

  it("keeps the dateline on the paragraph it was found in", () => {
    // One line each: the first, shaped like a heading, is passed over.
    const text =
      "Title\nLONDON (Reuters) - Talks Resume Here\nNo dateline here - only text.\nMore text.";
    const article = parseArticle(text);
    expect(article.dateline).toBeNull();
    expectRoundTrip(text);
  });

  it("keeps a second wire date line a kept line when the trailer states the first", () => {
    const text = [
      "-- Talks resume",
      "-- Mon Oct 30, 2006 7:48pm EST",
      "-- Tue Oct 31, 2006 8:00am EST",
      "",
      "The talks resumed on Monday.",
      "",
      "Date: Mon Oct 30, 2006 7:48pm EST",
    ].join("\n");
    const article = parseArticle(text);
    expect(article.publishedAtText).toBe("Mon Oct 30, 2006 7:48pm EST");
    expect(article.trailer[0]).toEqual({
      key: null,
      label: "--",
      value: "Tue Oct 31, 2006 8:00am EST",
    });
    expectRoundTrip(text);
  });

  it("finds no dateline in a first paragraph whose first line held none", () => {
    const text =
      "-- Orders fall\n--\n\nResume\nNEW YORK (Reuters) - D.R. Horton said orders fell.\n\nMore text here.";
    const article = parseArticle(text);
    expect(article.dateline).toBeNull();
    expect(article.sections[0]?.paragraphs[0]).toBe(
      "Resume NEW YORK (Reuters) - D.R. Horton said orders fell.",
    );
    expectRoundTrip(text);
  });

  it("writes a Factiva body that stood above the code lines back there", () => {
    const text =
      "The talks resumed on Monday.\n\nHD\nTalks Resume\nPD\n7 April 2000\nSN\nReuters News\nAN\nDocument x";
    const article = parseArticle(text);
    expect(article.dialect).toBe("factiva");
    expect(article.sections[0]?.paragraphs).toEqual(["The talks resumed on Monday."]);
    expect(article.trailer.some((f) => f.label === "LP")).toBe(false);
    expectRoundTrip(text);
  });

  it("keeps a closing --- paragraph before credits and an editor's note", () => {
    const text =
      "Title\n\nShares rose.\n\n--- (Editing by Bob Roe)\n\n(Corrects spelling of name)\n\n(Writing by X)";
    const article = parseArticle(text);
    expect(article.sections[0]?.paragraphs).toEqual(["Shares rose.", "---"]);
    expect(article.notes.map((n) => n.text)).toEqual([
      "(Editing by Bob Roe)",
      "(Corrects spelling of name)",
      "(Writing by X)",
    ]);
    expect(expectRoundTrip(text)).toContain("\n\n--- (Editing by Bob Roe)\n\n");
  });

  it("keeps a last paragraph that cannot be wrapped out of the trailer", () => {
    const text = "Title\n\nShares rose.\n\nSource:rfi\n\n(Adds quote)\n\nAuthor: John Roe";
    const article = parseArticle(text);
    expect(article.sections[0]?.paragraphs).toEqual(["Shares rose.", "Source:rfi"]);
    expect(article.source).toBeNull();
    expect(article.notes).toEqual([{ kind: "editorsNote", text: "(Adds quote)" }]);
    expectRoundTrip(text);
  });
});

describe("found by an independent fuzz harness", () => {
  it("writes a lone paragraph with speech after a colon on one line", () => {
    // `He said` is no label the parser knows, and a lone paragraph has no
    // labelled line above it to join: on one line it reads back as itself.
    const text = 'Factbox: Key facts\r\n\r\nHe said: "no".';
    const article = parseArticle(text);
    expect(article.slug).toBe("Factbox");
    expect(article.headline).toBe("Key facts");
    expect(article.sections).toEqual([{ heading: null, paragraphs: ['He said: "no".'] }]);
    expect(expectRoundTrip(text)).toBe('Factbox: Key facts\n\nHe said: "no".');
  });

  it("formats a lone paragraph read line by line the same way twice", () => {
    const options: ParseOptions = { paragraphMode: "lines" };
    const text = '「中国新闻」\n\nHe said: "no". «Citation» dit-il.';
    const article = parseArticle(text, options);
    expect(article.headline).toBe("中国新闻");
    expect(article.sections).toEqual([
      { heading: null, paragraphs: ['He said: "no". «Citation» dit-il.'] },
    ]);
    const written = expectReadsBackWith(article, options);
    expect(written).toBe('中国新闻\n\nHe said: "no". «Citation» dit-il.');
    expectRoundTrip(text, options);
  });

  it("reads notes above a rule above the closing notes as notes too", () => {
    const text = "Title\n\nShares rose.\n\n(Reporting by Jane Doe)\n\n___\n\n(Editing by Bob Roe)";
    const article = parseArticle(text);
    expect(article.sections).toEqual([{ heading: null, paragraphs: ["Shares rose."] }]);
    expect(article.notes).toEqual([
      { kind: "credit", text: "(Reporting by Jane Doe)" },
      { kind: "boilerplate", text: "___" },
      { kind: "credit", text: "(Editing by Bob Roe)" },
    ]);
    expect(article.spans.notes.map((s) => slice(text, s))).toEqual([
      "(Reporting by Jane Doe)",
      "___",
      "(Editing by Bob Roe)",
    ]);
    expect(expectRoundTrip(text)).toBe(text);
  });
});

describe("closing paragraphs shaped like rules, before editor's notes", () => {
  it("writes an editor's note in front of the body when a `---` paragraph closes it", () => {
    // A rule over the note would read as a note of its own; right under the
    // `---` the note would make it the rule. In front, the note keeps its place
    // in the list and the `---` stays the last paragraph.
    const text = "Title\n\nShares rose.\n\n---\n\nPhoto: AFP\n\n(Corrects spelling of name)";
    const article = parseArticle(text);
    expect(article.sections[0]?.paragraphs).toEqual(["Shares rose.", "---"]);
    expect(article.notes).toEqual([
      { kind: "caption", text: "Photo: AFP" },
      { kind: "editorsNote", text: "(Corrects spelling of name)" },
    ]);
    expect(expectRoundTrip(text)).toBe(
      "Photo: AFP\n\nTitle\n\n(Corrects spelling of name)\n\nShares rose.\n\n---",
    );
  });
});

describe("spans of notes and datelines", () => {
  it("does not stretch a note's span over a caption between it and the rule", () => {
    const text =
      "Title\n\nShares rose.\n\nMore text.\n\n---\n\nPhoto: AFP\n\n(Reporting by Jane Doe)";
    const article = parseArticle(text);
    expect(article.notes).toEqual([
      { kind: "caption", text: "Photo: AFP" },
      { kind: "credit", text: "(Reporting by Jane Doe)" },
    ]);
    expect(article.sections[0]?.paragraphs).toEqual(["Shares rose.", "More text.", "---"]);
    expect(slice(text, article.spans.notes[1])).toBe("(Reporting by Jane Doe)");
  });

  it("reads a rule right above the credits as a note of its own, each span reading as its note", () => {
    const text = "Title\n\nShares rose.\n\nMore text.\n\n-----\n\n(Reporting by Jane Doe)";
    const article = parseArticle(text);
    expect(article.sections[0]?.paragraphs).toEqual(["Shares rose.", "More text."]);
    expect(article.notes).toEqual([
      { kind: "boilerplate", text: "-----" },
      { kind: "credit", text: "(Reporting by Jane Doe)" },
    ]);
    expect(slice(text, article.spans.notes[0])).toBe("-----");
    expect(slice(text, article.spans.notes[1])).toBe("(Reporting by Jane Doe)");
    // Written back right above the credits, not above the headline.
    expect(expectRoundTrip(text)).toBe(text);
  });

  it("finds the agency of a dateline wrapped over two lines", () => {
    const text =
      "제목 한 줄\n(홍\r\n콩=연합뉴스) 안승섭 특파원 = 중국에서 등장했다.\n둘째 문단이다.";
    const article = parseArticle(text, { paragraphMode: "blocks" });
    expect(article.source).toBe("연합뉴스");
    expect(slice(text, article.spans.source)).toBe("연합뉴스");
  });

  it("keeps a closing paragraph that is itself a currency note", () => {
    const text = "Title\n\nThe talks resumed.\n\n($1 = 0.78 euros)($1 = 0.78 euros)";
    const article = parseArticle(text);
    expect(article.sections[0]?.paragraphs).toEqual(["The talks resumed.", "($1 = 0.78 euros)"]);
    expect(article.notes).toEqual([{ kind: "currency", text: "($1 = 0.78 euros)" }]);
    expectRoundTrip(text);
  });

  it("keeps a last paragraph out of the trailer when only a caption follows it", () => {
    const text =
      "-- Talks resume\n-- see below\n\nThe talks resumed.\n\nSource : rfi\n\n(Corrects spelling of name)\n\nPhoto: AFP";
    const article = parseArticle(text);
    expect(article.sections[0]?.paragraphs).toEqual(["The talks resumed.", "Source : rfi"]);
    expect(article.source).toBeNull();
    expectRoundTrip(text);
  });

  it("reads a slug followed by an odd space as it reads it written back", () => {
    const text = "-- FACTBOX\ufeff: THE WTO PROCESS\n--\n\nThe ruling is due on Friday.";
    const article = parseArticle(text);
    expect(article.slug).toBe("FACTBOX");
    expect(article.headline).toBe("THE WTO PROCESS");
    expectRoundTrip(text);
  });

  it("takes the byline of a Yonhap line with an ideographic space after the bracket", () => {
    const text =
      "제목 한 줄\n\n(베이징=연합뉴스)\u3000 심재훈 특파원 = 중국에서 등장했다.\n\n둘째 문단이다.";
    const article = parseArticle(text);
    expect(article.byline).toBe("심재훈");
    expect(article.bylineRole).toBe("특파원");
    expect(article.sections[0]?.paragraphs[0]).toBe("중국에서 등장했다.");
    expectRoundTrip(text);
  });

  it("keeps the quotes of a Factiva headline's first line when the headline goes on", () => {
    const text =
      "HD\n'Mill to expand'\nin 2001\nPD\n7 April 2000\nSN\nReuters News\nTD\nThe mill will expand.\nAN\nDocument x";
    const article = parseArticle(text);
    expect(article.dialect).toBe("factiva");
    expect(article.headline).toBe("'Mill to expand' in 2001");
    expect(slice(text, article.spans.headline)).toBe("'Mill to expand'\nin 2001");
    expectRoundTrip(text);
  });

  it("keeps an unwrappable label-shaped last paragraph out of the trailer before a caption", () => {
    const text =
      "Title\n\nShares rose.\n\nOriginal:www.example.com/a/1\n\n(Corrects spelling of name)\n\nPhoto: AFP";
    const article = parseArticle(text);
    expect(article.sections[0]?.paragraphs).toEqual([
      "Shares rose.",
      "Original:www.example.com/a/1",
    ]);
    expect(article.originalUrl).toBeNull();
    expect(article.notes.map((n) => n.kind)).toEqual(["editorsNote", "caption"]);
    expectRoundTrip(text);
  });

  it("keeps the dateline on its paragraph when a later one opens with a dateline too", () => {
    const text =
      "Title\n\nLONDON (Reuters) - Shares\nRise Again\n\nPARIS (Reuters) - The talks resumed on Monday.";
    const article = parseArticle(text);
    expect(article.dateline?.text).toBe("LONDON (Reuters) - ");
    expect(article.sections[0]?.paragraphs).toEqual([
      "Shares Rise Again",
      "PARIS (Reuters) - The talks resumed on Monday.",
    ]);
    expectRoundTrip(text);
  });

  it("wraps a label-shaped last paragraph where its last line is no labelled line", () => {
    // Split at its last space, it would end on `Title:below`, which the trailer takes.
    const text = "Title\n\nShares rose.\n\nOriginal: see the\nlist Title:below";
    const article = parseArticle(text);
    expect(article.sections[0]?.paragraphs).toEqual([
      "Shares rose.",
      "Original: see the list Title:below",
    ]);
    expect(article.trailer).toEqual([]);
    expectRoundTrip(text);
  });

  it("writes the dateline back on the paragraph after one shaped like a heading", () => {
    const text = "Title\n\nBEST FILM\n\nLONDON (Reuters) - k clark and others\n\nMore text.";
    const article = parseArticle(text);
    expect(article.dateline?.text).toBe("LONDON (Reuters) - ");
    expect(article.sections[0]?.paragraphs).toEqual([
      "BEST FILM",
      "k clark and others",
      "More text.",
    ]);
    expect(expectRoundTrip(text)).toContain("\n\nBEST FILM\n\nLONDON (Reuters) - k clark");
  });

  it("leaves a heading-shaped paragraph unwrapped when only the dateline makes what follows prose", () => {
    const text = "Title\n\nBEST FILM\n\nLONDON (Reuters) - {the talks resumed.\n\nMore.";
    const article = parseArticle(text);
    expect(article.dateline?.text).toBe("LONDON (Reuters) - ");
    expect(article.sections[0]?.paragraphs).toEqual(["BEST FILM", "{the talks resumed.", "More."]);
    expect(expectRoundTrip(text)).toContain("\n\nBEST FILM\n\n");
  });

  it("wraps a paragraph where neither line is a page line", () => {
    // Split at its last space, it would leave `###` alone on a line: an end mark.
    const text = "Title\n\nShares rose.\n\nOriginal: the plan in\nfull ###";
    const article = parseArticle(text);
    expect(article.sections[0]?.paragraphs).toEqual([
      "Shares rose.",
      "Original: the plan in full ###",
    ]);
    expect(article.notes).toEqual([]);
    expectRoundTrip(text);
  });

  it("writes a lone label-shaped paragraph over two lines, read back in blocks mode", () => {
    const text = "Title\n\nSource : officials said so.\nThe talks went on.";
    const options: ParseOptions = { paragraphMode: "blocks" };
    const article = parseArticle(text, options);
    expect(article.sections).toEqual([
      { heading: null, paragraphs: ["Source : officials said so. The talks went on."] },
    ]);
    const formatted = formatArticle(article);
    // Under a wire header, so that its first line is no labelled line under the headline.
    expect(formatted).toBe("-- Title\n--\n--\n\nSource : officials said so. The talks went\non.");
    const { spans: _a, dialect: _d, ...again } = parseArticle(formatted, options);
    const { spans: _b, dialect: _e, ...first } = article;
    expect(again).toEqual(first);
  });

  it("looks for the dateline in a first block of several lines even when it opens with ##", () => {
    const text =
      "Title\n\n## Note on\nthe talks\n\nLONDON (Reuters) - They met on Monday.\n\nMore.";
    const article = parseArticle(text);
    expect(article.dateline).toBeNull();
    expect(article.sections[0]?.paragraphs).toEqual([
      "## Note on the talks",
      "LONDON (Reuters) - They met on Monday.",
      "More.",
    ]);
    expectRoundTrip(text);
  });

  it("wraps a paragraph where no line is a Factiva field code alone", () => {
    // Split at its last space, it would leave `HD` alone on a line: a Factiva code.
    const text = "Title\n\nShares rose.\n\nOriginal: see the\nlist HD";
    const article = parseArticle(text);
    expect(article.dialect).not.toBe("factiva");
    expect(article.sections[0]?.paragraphs).toEqual(["Shares rose.", "Original: see the list HD"]);
    expect(expectRoundTrip(text)).not.toContain("\nHD");
  });

  it("takes the byline of a Yonhap line with a line separator after the bracket", () => {
    const text =
      "제목 한 줄\n\n(서울=연합뉴스) \u2028윤동영 차대운 기자 = 국내총생산 기준이다.\n\n둘째 문단이다.";
    const article = parseArticle(text);
    expect(article.byline).toBe("윤동영 차대운");
    expect(article.bylineRole).toBe("기자");
    expect(article.sections[0]?.paragraphs[0]).toBe("국내총생산 기준이다.");
    expectRoundTrip(text);
  });

  it("wraps a ## paragraph before a Factiva code when no other split is left", () => {
    // The space before `,##` stands beside U+0085: the only split leaves `PD`
    // alone, indented past where a code line may stand.
    const text = "Title\n\nFirst para.\n\n## \u0085,##\nPD";
    const article = parseArticle(text);
    expect(article.sections[0]?.paragraphs).toEqual(["First para.", "## \u0085,## PD"]);
    expect(expectRoundTrip(text)).toMatch(/\n\n## \u0085,##\n +PD$/);
  });

  it("wraps a last ## paragraph where its last line is no labelled line", () => {
    // Split at its last single space, it would end on the labelled line `Original:  x`.
    const text = "Title\n\nFirst para.\n\n## Notes on\nthe plan Original:  x";
    const article = parseArticle(text);
    expect(article.sections[0]?.paragraphs).toEqual([
      "First para.",
      "## Notes on the plan Original:  x",
    ]);
    expect(article.trailer).toEqual([]);
    expectRoundTrip(text);
  });

  it("keeps a closing ### paragraph with the currency note run into it", () => {
    const text = "Title\n\nShares rose.\n\n###($1 = 0.78 euros)";
    const article = parseArticle(text);
    expect(article.sections[0]?.paragraphs).toEqual(["Shares rose.", "###"]);
    expect(article.notes).toEqual([{ kind: "currency", text: "($1 = 0.78 euros)" }]);
    expect(expectRoundTrip(text)).toContain("\n\n### ($1 = 0.78 euros)");
  });

  it("reads no agency dateline from a bracketed credit", () => {
    const text =
      "Title\n\n(Reporting by Jane Doe.) -- http://www.reuters.com/a/1\nmore text here.\n\nEnd.";
    const article = parseArticle(text, { paragraphMode: "blocks" });
    expect(article.dateline).toBeNull();
    expect(article.source).toBeNull();
    expect(article.sections[0]?.paragraphs[0]).toBe(
      "(Reporting by Jane Doe.) -- http://www.reuters.com/a/1 more text here.",
    );
  });

  it("leaves the comma before a Yonhap role out of the byline", () => {
    const text =
      "제목 한 줄\n\n(베이징=연합뉴스) 김진방, 특파원 = 중국 당국이 발표했다.\n\n둘째 문단이다.";
    const article = parseArticle(text);
    expect(article.byline).toBe("김진방");
    expect(article.bylineRole).toBe("특파원");
    expectRoundTrip(text);
  });

  it("starts a Factiva paragraph after its dateline at its first character that is no space", () => {
    const text =
      "HD\nMill to expand\nPD\n7 April 2000\nSN\nReuters News\nTD\nLONDON (Reuters) - \u2028The mill will expand.\nAN\nDocument x";
    const article = parseArticle(text);
    expect(article.dateline?.text).toBe("LONDON (Reuters) - ");
    expect(article.sections[0]?.paragraphs[0]).toBe("The mill will expand.");
    expect(slice(text, article.spans.sections[0]?.paragraphs[0])).toBe("The mill will expand.");
  });

  it("writes a caption back above a closing ### paragraph with its run-in credit", () => {
    const text =
      "Title\n\n(Corrects spelling of name)\n\nShares rose.\n\nPhoto: AFP\n\n### Higher (Editing by Bob Roe)";
    const article = parseArticle(text);
    expect(article.sections[0]?.paragraphs).toEqual(["Shares rose.", "### Higher"]);
    expect(article.notes.map((n) => n.kind)).toEqual(["editorsNote", "caption", "credit"]);
    expect(expectRoundTrip(text)).toContain("Photo: AFP\n\n### Higher (Editing by Bob Roe)");
  });

  it("splits a byline's role at the last comma, so a comma in the name stays", () => {
    const text =
      "제목 한 줄\n\n(베이징=연합뉴스) 심재,훈 특파원 = 중국이 발표했다.\n\n둘째 문단이다.";
    const article = parseArticle(text);
    expect(article.byline).toBe("심재,훈");
    expect(article.bylineRole).toBe("특파원");
    expect(expectRoundTrip(text)).toContain("\nBy 심재,훈, 특파원\n");
  });

  it("fills the wire date slot when a kept line may read as a date to the caller's reader", () => {
    const options: ParseOptions = {
      parseDate: (raw) => (raw === "yesterday" ? "2026-11-30" : null),
    };
    const text =
      "-- Talks resume\n-- Mon Oct 30, 2006 7:48pm EST\n-- yesterday\n\nThe talks resumed.\n\nDate: Mon Oct 30, 2006 7:48pm EST";
    const article = parseArticle(text, options);
    expect(article.publishedAtText).toBe("Mon Oct 30, 2006 7:48pm EST");
    expect(article.trailer[0]).toEqual({ key: null, label: "--", value: "yesterday" });
    const formatted = formatArticle(article);
    expect(
      formatted.startsWith("-- Talks resume\n--\n-- Mon Oct 30, 2006 7:48pm EST\n-- yesterday\n"),
    ).toBe(true);
    const { spans: _a, dialect: _d, ...again } = parseArticle(formatted, options);
    const { spans: _b, dialect: _e, ...first } = article;
    expect(again).toEqual(first);
  });

  it("writes a heading ending in a note's shape in bold, where ## would lose the note to a run-in", () => {
    const text = "Title\n\nShares rose.\n\n**Outlook($1 = 0.78 euros)**";
    const article = parseArticle(text);
    expect(article.sections).toEqual([
      { heading: null, paragraphs: ["Shares rose."] },
      { heading: "Outlook($1 = 0.78 euros)", paragraphs: [] },
    ]);
    expect(article.notes).toEqual([]);
    expect(expectRoundTrip(text)).toContain("\n\n**Outlook($1 = 0.78 euros)**");
  });

  it("breaks a later paragraph after its first word when the first one cannot be wrapped", () => {
    // From the fuzz suite: the first paragraph holds no single space to wrap at.
    const text =
      "((Ã©LONDON (Reuters) - HD\n**Ã©Date: \fTD\nLONDON (Reuters) - \thttp://,Date: x(Reporting by X)";
    const article = parseArticle(text);
    expect(article.dateline).toBeNull();
    expect(article.sections[0]?.paragraphs).toEqual([
      "**Ã©Date:  TD",
      "LONDON (Reuters) -  http://,Date: x",
    ]);
    expect(expectRoundTrip(text)).toContain("\n\nLONDON\n(Reuters) -  http://,Date: x");
  });

  it("breaks a lone paragraph read with no dateline after its first word", () => {
    const options: ParseOptions = { paragraphMode: "blocks" };
    const text =
      "-- Citi names a chairman\n--\n\nResume\n(Reuters) - Citigroup named Richard Parsons.";
    const article = parseArticle(text, options);
    expect(article.dateline).toBeNull();
    expect(article.sections[0]?.paragraphs).toEqual([
      "Resume (Reuters) - Citigroup named Richard Parsons.",
    ]);
    const formatted = formatArticle(article);
    expect(formatted.endsWith("\n\nResume\n(Reuters) - Citigroup named Richard Parsons.")).toBe(
      true,
    );
    const { spans: _a, dialect: _d, ...again } = parseArticle(formatted, options);
    const { spans: _b, dialect: _e, ...first } = article;
    expect(again).toEqual(first);
  });

  it("ends a bracketed labelled line's value at its last character that is no space", () => {
    const text = "Title\n\nShares rose.\n\n（Source: Xinhua ）";
    const article = parseArticle(text);
    expect(article.source).toBe("Xinhua");
    expect(article.trailer).toEqual([{ key: "source", label: "Source", value: "Xinhua" }]);
    expectRoundTrip(text);
  });

  it("quotes a headline that opens with a desk slug of its own", () => {
    const text = "UPDATE 2-“UPDATE 3-Talks resume”\n\nThe talks resumed on Monday.";
    const article = parseArticle(text);
    expect(article.slug).toBe("UPDATE 2");
    expect(article.headline).toBe("UPDATE 3-Talks resume");
    expect(expectRoundTrip(text).startsWith("UPDATE 2-“UPDATE 3-Talks resume”\n")).toBe(true);
  });

  it("keeps two closing paragraphs shaped like labelled lines out of the trailer", () => {
    // On one line, the one above the last would make the two a trailer (`Source`
    // is a label the trailer knows); the last has no space to wrap at, but
    // Chinese wraps between two characters and joins back with no space.
    const text =
      "Talks Resume\n\nThe talks resumed on Monday.\n\nSource: officials said so.\nThe talks went on into the night.\n\n安杜哈尔表示：“这不是点球。”";
    const article = parseArticle(text);
    expect(article.trailer).toEqual([]);
    expect(article.sections[0]?.paragraphs).toEqual([
      "The talks resumed on Monday.",
      "Source: officials said so. The talks went on into the night.",
      "安杜哈尔表示：“这不是点球。”",
    ]);
    expect(expectRoundTrip(text)).toContain(
      "\n\nSource: officials said so. The talks went on into the night.\n\n安杜哈尔表示：“这不是点\n球。”",
    );
  });

  it("writes a `##` paragraph with no space to wrap at over the list item it came over", () => {
    // A block's first line over a list item is no heading; on a line of its own it is.
    const text =
      "Title\n\nThe talks resumed on Monday.\n\n##  Next-steps\n— a ceasefire, first of all\n\nThey met again on Tuesday.\n\nThe end came later.";
    expect(parseArticle(text).sections).toEqual([
      {
        heading: null,
        paragraphs: [
          "The talks resumed on Monday.",
          "##  Next-steps",
          "— a ceasefire, first of all",
          "They met again on Tuesday.",
          "The end came later.",
        ],
      },
    ]);
    expect(expectRoundTrip(text)).toContain("\n\n##  Next-steps\n— a ceasefire, first of all\n\n");
  });

  it("writes a `##` paragraph with no space to wrap at over the last paragraph, a list item", () => {
    // The writer's rule keeps the last block apart (it may move); reading the
    // text back finds the one writing that carries it: the two joined again.
    const text =
      "Title\n\nThe talks resumed on Monday.\n\n##  Next-steps\n— a ceasefire, first of all";
    expect(parseArticle(text).sections).toEqual([
      {
        heading: null,
        paragraphs: [
          "The talks resumed on Monday.",
          "##  Next-steps",
          "— a ceasefire, first of all",
        ],
      },
    ]);
    expect(expectRoundTrip(text)).toContain("\n\n##  Next-steps\n— a ceasefire, first of all");
  });

  it("runs a note into a lone paragraph whose line alone hides its dateline", () => {
    // `LONDON (Reuters) -  [` on a line of its own reads as a heading-shaped
    // line with no dateline (and no space to break at past it); with the
    // currency note run into it, as it came, the dateline is read again.
    const text = "Talks Resume\n\nLONDON (Reuters) -  [($1 = 0.78 euros)";
    const article = parseArticle(text);
    expect(article.dateline?.text).toBe("LONDON (Reuters) -  ");
    expect(article.sections).toEqual([{ heading: null, paragraphs: ["["] }]);
    expect(article.notes).toEqual([{ kind: "currency", text: "($1 = 0.78 euros)" }]);
    expect(expectRoundTrip(text)).toBe("Talks Resume\n\nLONDON (Reuters) -  [ ($1 = 0.78 euros)");
  });

  it("writes a forced layout's lone label-shaped paragraph so it reads back with that option", () => {
    // Read as a press release, the line under the wire lines is body; on a
    // block of its own it is a labelled line (no body), and with no space it
    // cannot be wrapped. Under the wire lines again, it reads back with the option.
    const text = "-- Talks resume in Geneva\n-- http://www.reuters.com/article/1\nQuelle：dpa";
    const article = parseArticle(text, { dialect: "press-release" });
    expect(article.sections).toEqual([{ heading: null, paragraphs: ["Quelle：dpa"] }]);
    expect(article.originalUrl).toBe("http://www.reuters.com/article/1");
    const written = expectReadsBackWith(article, { dialect: "press-release" });
    expect(written.endsWith("\n-- http://www.reuters.com/article/1\nQuelle：dpa")).toBe(true);
  });

  it("writes a heading that ends in a closing run of its own so the run is kept", () => {
    // `## who said it, and when ##` would read as `who said it, and when`: the
    // reader takes a closing run off (and the heading is not one written plain).
    const text = "Title\n\nShares rose.\n\n## who said it, and when ## ##\n\nThe talks resumed.";
    expect(parseArticle(text).sections).toEqual([
      { heading: null, paragraphs: ["Shares rose."] },
      { heading: "who said it, and when ##", paragraphs: ["The talks resumed."] },
    ]);
    expect(expectRoundTrip(text)).toContain("\n\n**who said it, and when ##**\n\n");
  });

  it("wraps a closing label-shaped paragraph where no dateline is made of its first line", () => {
    // Read line by line, the dateline is looked for past the heading-shaped
    // line, in the last; `- [` holds none, a first line ending in `(Reuters) -` would.
    const text = "Talks Resume\nWhat Comes Next\nBy Jane Doe: LONDON (Reuters) - [";
    const article = parseArticle(text);
    expect(article.dateline).toBeNull();
    expect(article.sections[0]?.paragraphs).toEqual([
      "What Comes Next",
      "By Jane Doe: LONDON (Reuters) - [",
    ]);
    expect(expectRoundTrip(text)).toContain("\n\nBy Jane Doe: LONDON\n(Reuters) - [");
  });

  it("indents a Factiva code that a wrap leaves alone on a line", () => {
    // The last paragraph reads as a labelled line and wraps only before `HD`;
    // `HD` alone on a line under a `PD` headline would make the text a Factiva export.
    const text = "PD\n\nThe talks resumed.\n\nKicker: HD";
    const article = parseArticle(text);
    expect(article.headline).toBe("PD");
    expect(article.sections[0]?.paragraphs).toEqual(["The talks resumed.", "Kicker: HD"]);
    expect(expectRoundTrip(text)).toMatch(/\n\nKicker:\n +HD$/);
  });

  it("breaks a lone paragraph after its dateline when its one line reads as a heading", () => {
    // `LONDON (Reuters) - a` on one line is shaped like a heading, which the
    // dateline search passes over; over two lines it reads back in blocks mode
    // (the one limit formatArticle documents).
    const text = "Title\n\nLONDON (Reuters) - \u3000a";
    const article = parseArticle(text);
    expect(article.dateline?.text).toBe("LONDON (Reuters) - ");
    expect(article.sections).toEqual([{ heading: null, paragraphs: ["a"] }]);
    const written = formatArticle(article);
    expect(written).toBe("Title\n\nLONDON (Reuters) -\na");
    const again = parseArticle(written, { paragraphMode: "blocks" });
    expect(again.dateline).toEqual(article.dateline);
    expect(again.sections).toEqual(article.sections);
    expect(formatArticle(again)).toBe(written);
  });

  it("breaks a closing label-shaped paragraph at every space when no one break will do", () => {
    // Read as it came, the last line's `Kicker:` is an unknown label with a line
    // that is none above it: no trailer. On one line, `Date:` starts one; every
    // single break leaves a known label in the labelled lines that end the block.
    const text = "Title\n\nThe talks resumed.\n\nDate: Source:\nHD\nKicker: \u0085x";
    const article = parseArticle(text);
    expect(article.trailer).toEqual([]);
    expect(article.sections[0]?.paragraphs).toEqual([
      "The talks resumed.",
      "Date: Source: HD Kicker: \u0085x",
    ]);
    expect(expectRoundTrip(text)).toMatch(/\n\nDate:\nSource:\n +HD\nKicker: \u0085x$/);
  });

  it("does not wrap the block under the header so that its first line reads as a byline", () => {
    // On one line the agency would give a dateline; broken after `By \u0085The`
    // (the space before U+0085 takes no break), that first line is a byline.
    const text =
      "Title\n\nBy \u0085The talks resumed.\nSource: LONDON (Reuters) - they met.\n\nThe second paragraph.";
    const article = parseArticle(text);
    expect(article.byline).toBeNull();
    expect(article.dateline).toBeNull();
    expect(article.sections[0]?.paragraphs[1]).toBe("The second paragraph.");
    expect(expectRoundTrip(text)).toContain("\n\nBy \u0085The talks resumed.\nSource: LONDON");
  });

  it("writes a wire header over a first block that no break keeps from opening with a byline", () => {
    // The BOM after `—` reads as a space, so on one line the agency gives a
    // dateline; a break before `—` would open a list item and every break
    // after it leaves `By — …` on the first line, a byline under a plain
    // headline. Under `-- ` lines only `-- ` lines are header.
    const text = "Title\n\nBy \n—\ufeffa b\nLONDON (Reuters) - c.\n\nSecond paragraph.";
    const article = parseArticle(text);
    expect(article.byline).toBeNull();
    expect(article.dateline).toBeNull();
    expect(article.sections[0]?.paragraphs).toEqual([
      "By — a b LONDON (Reuters) - c.",
      "Second paragraph.",
    ]);
    expect(expectRoundTrip(text)).toMatch(/^-- Title\n--\n--\n\nBy —\na b LONDON/);
  });

  it("writes the rule over an editor's note that closes a body ending in a `___` paragraph", () => {
    // The rule right above the note is a note of its own; the `___` above it
    // stays a paragraph.
    const text = "Title Here\n\nAcme said on Monday.\n\n___\n\n___\n\n(Corrects spelling of name)";
    const article = parseArticle(text);
    expect(article.sections[0]?.paragraphs).toEqual(["Acme said on Monday.", "___"]);
    expect(article.notes).toEqual([
      { kind: "boilerplate", text: "___" },
      { kind: "editorsNote", text: "(Corrects spelling of name)" },
    ]);
    expect(expectRoundTrip(text)).toBe(text);
  });
});

import { describe, expect, it } from "vitest";
import { explainArticle, formatArticle, parseArticle, safeParseArticle } from "../src/index.js";

// The story files of news datasets and Chinese newspaper leads, on hand-made
// inputs written from each format's documentation.

describe("CNN/DailyMail stories", () => {
  const story = [
    "MIAMI, Florida (CNN) -- A bank was robbed on Monday by a man with a note.",
    "",
    "Police arrived within minutes.",
    "",
    "@highlight",
    "",
    "Bank robbed in Miami",
    "",
    "@highlight",
    "",
    "Police arrive within minutes",
  ].join("\n");

  it("reads the paragraphs, the dateline and the highlights, with no title", () => {
    const result = safeParseArticle(story);
    if (!result.success) throw result.error;
    const a = result.data;
    expect(a.dialect).toBe("cnn-dailymail");
    expect(a.headline).toBe(null);
    expect(a.dateline).toEqual({
      text: "MIAMI, Florida (CNN) -- ",
      place: "MIAMI, Florida",
      agency: "CNN",
    });
    expect(a.sections).toEqual([
      {
        heading: null,
        paragraphs: [
          "A bank was robbed on Monday by a man with a note.",
          "Police arrived within minutes.",
        ],
      },
    ]);
    expect(a.highlights).toEqual(["Bank robbed in Miami", "Police arrive within minutes"]);
    expect(story.slice(a.spans.highlights[0]?.start, a.spans.highlights[0]?.end)).toBe(
      "Bank robbed in Miami",
    );
    expect(result.warnings.map((w) => w.code)).toEqual(["no-headline"]);
  });

  it("reads one paragraph a line with no blank lines between them", () => {
    const a = parseArticle("(CNN)One line.\nTwo line.\n@highlight\nA bullet");
    expect(a.dateline?.text).toBe("(CNN)");
    expect(a.sections[0]?.paragraphs).toEqual(["One line.", "Two line."]);
    expect(a.highlights).toEqual(["A bullet"]);
  });

  it("is written back as a story that reads the same", () => {
    const a = parseArticle(story);
    const text = formatArticle(a);
    expect(text).toBe(story);
    expect(parseArticle(text)).toEqual(a);
  });

  it("takes no text whose `@highlight` opens it: a story has an article above the markers", () => {
    expect(parseArticle("@highlight\n\nA bullet\n\nMore text here.").dialect).not.toBe(
      "cnn-dailymail",
    );
  });
});

describe("XSum files", () => {
  const file = [
    "[XSUM]URL[XSUM]",
    "http://web.archive.org/web/20170102142027/http://www.bbc.co.uk/news/1",
    "",
    "[XSUM]INTRODUCTION[XSUM]",
    "A fire broke out in a waste site on Sunday.",
    "",
    "[XSUM]RESTBODY[XSUM]",
    "Crews were called at 21:15 BST.",
    "The blaze burned for ten hours.",
  ].join("\n");

  it("reads the URL, the introduction as standfirst and the body one paragraph a line", () => {
    const result = safeParseArticle(file);
    if (!result.success) throw result.error;
    const a = result.data;
    expect(a.dialect).toBe("xsum");
    expect([a.headline, a.standfirst]).toEqual([
      null,
      "A fire broke out in a waste site on Sunday.",
    ]);
    expect(a.originalUrl).toBe(
      "http://web.archive.org/web/20170102142027/http://www.bbc.co.uk/news/1",
    );
    expect(a.sections).toEqual([
      {
        heading: null,
        paragraphs: ["Crews were called at 21:15 BST.", "The blaze burned for ten hours."],
      },
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual(["no-headline"]);
  });

  it("is written back as a file that reads the same", () => {
    const a = parseArticle(file);
    expect(formatArticle(a)).toBe(file);
  });

  it("keeps a marker it does not know as a field of its name", () => {
    const a = parseArticle("[XSUM]TITLE[XSUM]\nA title\n\n[XSUM]RESTBODY[XSUM]\nBody.");
    expect(a.trailer).toEqual([{ key: null, label: "TITLE", value: "A title" }]);
    expect(a.sections[0]?.paragraphs).toEqual(["Body."]);
  });
});

describe("Chinese newspaper leads", () => {
  const lead = (text: string) => {
    const a = parseArticle(`标题\n\n${text}\n\n第二段。`);
    return [
      a.dateline?.text,
      a.dateline?.place ?? null,
      a.byline,
      a.bylineRole,
      a.sections[0]?.paragraphs[0],
    ];
  };

  it("reads an agency's lead with full-width digits", () => {
    expect(lead("新华社北京６月１９日电（记者　张三）会谈取得进展。")).toEqual([
      "新华社北京６月１９日电（记者　张三）",
      "北京",
      "张三",
      "记者",
      "会谈取得进展。",
    ]);
  });

  it("reads a paper's own lead, with reporters in brackets or after the role word", () => {
    expect(lead("本报讯（记者刘俊）昨日，会谈取得进展。")).toEqual([
      "本报讯（记者刘俊）",
      null,
      "刘俊",
      "记者",
      "昨日，会谈取得进展。",
    ]);
    expect(lead("南都讯　记者刘凡　周昌和　任笑一　继推出日票后，深圳将设头等车厢。")).toEqual([
      "南都讯　记者刘凡　周昌和　任笑一　",
      null,
      "刘凡 周昌和 任笑一",
      "记者",
      "继推出日票后，深圳将设头等车厢。",
    ]);
  });

  it("reads no lead where the ending stands inside a word", () => {
    expect(lead("据通讯社报道，会谈取得进展。")[0]).toBe(undefined);
  });
});

describe("paragraphs by evidence", () => {
  it("joins the lines of a Chinese paragraph with no space", () => {
    const a = parseArticle("标题\n\n中美双方在北京举行会谈，\n会谈取得进展。\n\n第二段。");
    expect(a.sections[0]?.paragraphs).toEqual([
      "中美双方在北京举行会谈，会谈取得进展。",
      "第二段。",
    ]);
    const [first] = a.spans.sections[0]?.paragraphs ?? [];
    expect(first).toEqual({ start: 4, end: 24 });
  });

  it("joins Korean lines with a space, as Korean is written", () => {
    const a = parseArticle("제목\n\n회담이 열렸다\n서울에서.\n\n둘째 문단.");
    expect(a.sections[0]?.paragraphs[0]).toBe("회담이 열렸다 서울에서.");
  });

  it("starts a paragraph at an indented line of hard-wrapped text, with no blank line", () => {
    const body = [
      "Showers continued throughout the week in",
      "the Bahia cocoa zone, alleviating the drought since early",
      "January and improving prospects for the coming temporao,",
      "although normal humidity levels have not been restored,",
      "Comissaria Smith said in its weekly review.",
      "    The dry period means the temporao will be late this year.",
      "    Arrivals for the week ended February 22 were 155,221 bags",
      "of 60 kilos making a cumulative total for the season of 5.93",
      "mln against 5.81 at the same stage last year.",
    ].join("\n");
    expect(parseArticle(`BAHIA COCOA REVIEW\n\n${body}`).sections[0]?.paragraphs).toEqual([
      "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January and improving prospects for the coming temporao, although normal humidity levels have not been restored, Comissaria Smith said in its weekly review.",
      "The dry period means the temporao will be late this year.",
      "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos making a cumulative total for the season of 5.93 mln against 5.81 at the same stage last year.",
    ]);
  });

  it("keeps a block indented throughout whole: a quotation, not paragraphs", () => {
    const a = parseArticle(
      "Title\n\nHe wrote:\n\n    The first line of the quote.\n    The second line of it.\n    The third.\n\nThen he left.",
    );
    expect(a.sections[0]?.paragraphs[1]).toBe(
      "The first line of the quote. The second line of it. The third.",
    );
  });

  it("reads one paragraph a line where the single breaks fall at sentence ends, a blank line or not", () => {
    const a = parseArticle(
      "Title\n\nThe talks resumed on Monday.\nBoth sides met in Geneva.\nNo statement followed.\n\nA second block came later.\nIt said little.\nThe end.",
    );
    expect(a.sections[0]?.paragraphs).toEqual([
      "The talks resumed on Monday.",
      "Both sides met in Geneva.",
      "No statement followed.",
      "A second block came later.",
      "It said little.",
      "The end.",
    ]);
  });
});

describe("metadata lines above the title", () => {
  it("reads a message's header block into fields, its subject as the headline", () => {
    const text = [
      "From: jdoe@example.com (John Doe)",
      "Subject: Talks resume in Geneva",
      "Organization: Example University",
      "Date: Mon, 6 Apr 1993 12:00:00 GMT",
      "Newsgroups: talk.politics.misc",
      "Message-ID: <1993Apr6.120000.1@example.com>",
      "",
      "The talks resumed on Monday.",
    ].join("\n");
    const result = safeParseArticle(text);
    if (!result.success) throw result.error;
    const a = result.data;
    expect([a.headline, a.byline, a.publishedAt, a.category, a.id]).toEqual([
      "Talks resume in Geneva",
      "John Doe",
      "1993-04-06T12:00:00.000Z",
      "talk.politics.misc",
      "<1993Apr6.120000.1@example.com>",
    ]);
    expect(a.trailer.map((f) => f.label)).toEqual([
      "From",
      "Organization",
      "Date",
      "Newsgroups",
      "Message-ID",
    ]);
    expect(text.slice(a.spans.byline?.start, a.spans.byline?.end)).toBe("John Doe");
    expect(a.sections[0]?.paragraphs).toEqual(["The talks resumed on Monday."]);
    expect(result.warnings).toEqual([]);
    expect(parseArticle(formatArticle(a))).toEqual({ ...a, spans: expect.anything() });
  });

  it("reads a name before an address in a From line", () => {
    const a = parseArticle(
      'From: "Doe, Jane" <jane@example.com>\nSubject: Talks\nDate: 6 Apr 1993\n\nBody text.',
    );
    expect(a.byline).toBe("Doe, Jane");
  });

  it("reads bare id, language, date and link lines above a title", () => {
    const text =
      "98590b972ad2f0ea-34913306c0bb3300\nen\n2017-01-13\nhttp://example.com/news/1\nTalks resume in Geneva\n\nThe talks resumed on Monday.";
    const a = parseArticle(text);
    expect([a.headline, a.id, a.language, a.publishedAt, a.originalUrl]).toEqual([
      "Talks resume in Geneva",
      "98590b972ad2f0ea-34913306c0bb3300",
      "en",
      "2017-01-13",
      "http://example.com/news/1",
    ]);
    expect(a.trailer).toEqual([]);
    const back = parseArticle(formatArticle(a));
    expect({ ...back, spans: null, dialect: null }).toEqual({ ...a, spans: null, dialect: null });
  });

  it("reads a date line above the title as the date, not the headline", () => {
    const a = parseArticle(
      "March 3, 2004\n\nTalks Resume in Geneva\n\nThe talks resumed on Monday.",
    );
    expect([a.headline, a.publishedAt]).toEqual(["Talks Resume in Geneva", "2004-03-03"]);
  });

  it("takes a short title with digits for a title, not an id", () => {
    expect(parseArticle("COVID-19\n\nThe talks resumed on Monday.").headline).toBe("COVID-19");
    expect(parseArticle("G20 summit opens\n\nLeaders met.").headline).toBe("G20 summit opens");
  });

  it("reads no header block from one labelled line a message also has", () => {
    const a = parseArticle("Date: 6 April 1993\n\nTalks Resume\n\nThey met.");
    expect(a.headline).not.toBe(null);
  });
});

describe("a header block that names one thing twice", () => {
  it("is no message's header: an empty `Date:` under a `Date:` line is not a field it could not write back", () => {
    const a = parseArticle(
      "Date: [\nDate:\n\nTalks Resume\n\nThe envoys met again on Monday, officials said.",
    );
    expect(a.trailer.some((f) => f.value === "")).toBe(false);
    const back = parseArticle(formatArticle(a));
    expect([back.headline, back.sections, back.trailer]).toEqual([
      a.headline,
      a.sections,
      a.trailer,
    ]);
  });
});

describe("bylines and dates a few lines under the headline", () => {
  it("reads a name alone over a date line as the byline, and the date line", () => {
    const result = explainArticle(
      "Why Neon Is the Ultimate Symbol of the Century\nSarah Archer\nMarch 9, 2017\nThe once-ubiquitous form of lighting was novel when it first emerged in the early 1900s.\nIn the summer of 1898, a chemist made a discovery that would change the city.",
    );
    if (!result.result.success) throw result.result.error;
    const a = result.result.data;
    expect([a.byline, a.publishedAt]).toEqual(["Sarah Archer", "2017-03-09"]);
    expect(result.decisions.filter((d) => d.part === "byline").map((d) => d.rule)).toEqual([
      "name-above-date",
    ]);
  });

  it("splits the date off a byline right under the headline", () => {
    const a = parseArticle(
      "The Deck of Cards That Made Tarot Famous\nby Laura June Topolsky July 10, 2015\n\nPicture a deck of tarot cards.",
    );
    expect([a.byline, a.publishedAt]).toEqual(["Laura June Topolsky", "2015-07-10"]);
    const fr = parseArticle(
      "Screenshot : les séries\nPar Alexandre Hervaud et Jérémy Piette — 24 novembre 2017 à 18:42\n\nSéries, documentaires, programmes jeunesse.",
    );
    expect([fr.byline, fr.publishedAt]).toEqual([
      "Alexandre Hervaud et Jérémy Piette",
      "2017-11-24T18:42:00",
    ]);
  });

  it("reads a name with a date after it", () => {
    const a = parseArticle(
      "Jobs Data Shows ReactJS Skills in High Demand\nSarah Gooding March 9, 2017\n\nStack Overflow published its analysis of 2017 hiring trends.",
    );
    expect([a.byline, a.publishedAt]).toEqual(["Sarah Gooding", "2017-03-09"]);
    expect(a.notes).toEqual([]);
  });

  it("reads a date line under the headline, and writes it back there", () => {
    const text =
      "Alaskan halibut provides a glimpse of a strategy\n\nApril 28, 2019 at 6:01 am\n\nThe boat came in on Monday.";
    const a = parseArticle(text);
    expect(a.publishedAt).toBe("2019-04-28T06:01:00");
    expect(a.sections[0]?.paragraphs).toEqual(["The boat came in on Monday."]);
    expect(formatArticle(a)).toBe(text);
  });

  it("reads a date with words beside it: the date's text keeps them, and it reads back", () => {
    const text =
      "Alaskan halibut provides a glimpse of a strategy\nApril 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm\n\nThe boat came in on Monday.";
    const a = parseArticle(text);
    expect(a.publishedAt).toBe("2019-04-28T06:01:00");
    expect(a.publishedAtText).toBe("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm");
    expect(a.sections[0]?.paragraphs).toEqual(["The boat came in on Monday."]);
    const label = parseArticle(
      "Impeachment fails after lawmakers walk out\nGet more news\nPublished Dec. 6, 2024 / Updated Dec. 7, 2024\n\nSEOUL — A plan to impeach the president failed on Saturday.",
    );
    expect(label.publishedAt).toBe("2024-12-06");
    expect(label.publishedAtText).toBe("Published Dec. 6, 2024 / Updated Dec. 7, 2024");
    expect(parseArticle(formatArticle(a)).publishedAtText).toBe(a.publishedAtText);
  });

  it("reads no date line under the headline where a `Date:` line states one, above or in the trailer", () => {
    // The writer puts a labelled date in the trailer: the line under the
    // headline must read the same either way, and stays body.
    for (const text of [
      "Talks Resume\nDate: yesterday\n2025-02-03\n\nThe envoys met again on Monday, officials said.",
      "Talks Resume\n\n2025-02-03\n\nThe envoys met again on Monday, officials said.\n\nDate: yesterday",
    ]) {
      const a = parseArticle(text);
      expect(a.publishedAt, text).toBe(null);
      expect(
        a.trailer.map((f) => f.value),
        text,
      ).toEqual(["yesterday"]);
      expect(a.sections[0]?.paragraphs[0], text).toBe("2025-02-03");
    }
  });

  it("reads a wire header's date line with words beside the date, as a line under a headline", () => {
    const a = parseArticle(
      "-- Alaskan halibut provides a glimpse of a strategy\n--\n-- April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm\n\nThe boat came in on Monday.",
    );
    expect(a.publishedAt).toBe("2019-04-28T06:01:00");
    expect(a.publishedAtText).toBe("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm");
    expect(a.trailer).toEqual([]);
  });

  it("reads a byline with a handle, a label and a date after the name, and one run into its handle", () => {
    const a = parseArticle(
      "The 21 best movies of 2017\nHow to watch the greatest movies of the year.\nBy Alissa Wilkinson@alissamarie Updated Jul 24, 2018, 2:15pm EDT\n\nIn the introduction to her anthology, the critic wrote about lists.",
    );
    expect([a.byline, a.bylineRole, a.publishedAtText]).toEqual([
      "Alissa Wilkinson",
      "@alissamarie",
      "Updated Jul 24, 2018, 2:15pm EDT",
    ]);
    expect(a.publishedAt?.slice(0, 10)).toBe("2018-07-24");
    const back = parseArticle(formatArticle(a));
    expect([back.byline, back.bylineRole, back.publishedAtText]).toEqual([
      a.byline,
      a.bylineRole,
      a.publishedAtText,
    ]);
  });

  it("reads a name with a time ago after it: the time is the date as stated, which reads as no day", () => {
    const text =
      "Original cuts might get released for the anniversary\n James Akinaka • 8h\nAlthough the studio is already planning a birthday bash, fans might get another present.";
    const result = safeParseArticle(text);
    if (!result.success) throw result.error;
    const a = result.data;
    expect([a.byline, a.publishedAtText, a.publishedAt]).toEqual(["James Akinaka", "8h", null]);
    expect(result.warnings.map((w) => w.code)).toContain("invalid-date");
    const back = parseArticle(formatArticle(a));
    expect([back.byline, back.publishedAtText]).toEqual(["James Akinaka", "8h"]);
  });

  it("reads a name right under the title over a time in words as the byline", () => {
    const a = parseArticle(
      "West Ham hrozí gigantům, okouzlil i Linekera\n Aleš Vávra\npřed 2 hodinami\nZázrak jedné sezony? West Ham dává pochybovačům stále pádnější odpovědi a fotbalový svět si začíná uvědomovat.",
    );
    expect(a.byline).toBe("Aleš Vávra");
    expect(a.sections[0]?.paragraphs[0]).toBe("před 2 hodinami");
  });

  it("keeps a byline word over text after a colon for the body", () => {
    const a = parseArticle("Talks Resume\nWhat Comes Next\nBy Jane Doe: LONDON (Reuters) - [");
    expect(a.byline).toBe(null);
  });

  it("takes no prose for a date: a sentence with a date in it stays body", () => {
    const a = parseArticle(
      "Talks Resume\n\nOn March 3, 2004 the talks resumed in Geneva.\n\nThey met.",
    );
    expect(a.publishedAt).toBe(null);
    expect(a.sections[0]?.paragraphs[0]).toBe("On March 3, 2004 the talks resumed in Geneva.");
  });
});

describe("Nexis headline fields", () => {
  it("give a subtitle joined by `; ` to the standfirst, and read back", () => {
    const text =
      "1 of 1 DOCUMENT\n\nBoersen-Zeitung\n\nMarch 3, 2004\n\nLENGTH: 355 words\n\nHEADLINE: Euro-Schuldenkrise belastet DZ Bank; Millionen-Wertberichtigungen auf Staatsanleihen\n\nBODY:\n\nDie DZ Bank hat im ersten Quartal gelitten.\n\nLOAD-DATE: March 4, 2004";
    const a = parseArticle(text);
    expect([a.dialect, a.headline, a.standfirst]).toEqual([
      "nexis",
      "Euro-Schuldenkrise belastet DZ Bank",
      "Millionen-Wertberichtigungen auf Staatsanleihen",
    ]);
    expect({ ...parseArticle(formatArticle(a)), spans: null }).toEqual({ ...a, spans: null });
  });
});

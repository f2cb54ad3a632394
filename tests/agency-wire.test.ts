import { describe, expect, it } from "vitest";
import { explainArticle, parseArticle } from "../src/index.js";
import { expectRoundTrip, slice } from "./support/round-trip.js";

// Agency wire copy: datelines and bylines in the first paragraph, AP's byline lines and
// closing credits, Chinese portal trailers. Every expected value is written by hand.

const dateline = (text: string) => {
  const a = parseArticle(text);
  return { ...a.dateline, byline: a.byline, first: a.sections[0]?.paragraphs[0] };
};

describe("AP", () => {
  it("reads `WASHINGTON (AP) — ` with an em dash", () => {
    expect(
      dateline("Senate Passes Bill\n\nWASHINGTON (AP) — The Senate passed it.\n\nMore."),
    ).toEqual({
      text: "WASHINGTON (AP) — ",
      place: "WASHINGTON",
      agency: "AP",
      byline: null,
      first: "The Senate passed it.",
    });
  });

  it("keeps the `Associated Press` line under the byline out of the body, as a credit", () => {
    const text = [
      "Senate Passes Bill",
      "",
      "By LISA MASCARO and MARY CLARE JALONICK",
      "Associated Press",
      "",
      "WASHINGTON (AP) — The Senate passed the bill on Tuesday.",
      "",
      "It now goes to the House.",
    ].join("\n");
    const a = parseArticle(text);
    expect(a.byline).toBe("LISA MASCARO and MARY CLARE JALONICK");
    expect(a.sections).toEqual([
      {
        heading: null,
        paragraphs: ["The Senate passed the bill on Tuesday.", "It now goes to the House."],
      },
    ]);
    expect(a.notes).toEqual([{ kind: "credit", text: "Associated Press" }]);
    const rules = explainArticle(text).decisions.map((d) => d.rule);
    expect(rules).toContain("agency-under-byline");
  });

  it("reads the closing `___` rule as a note of its own and `… contributed to this report.` as a credit", () => {
    const text = [
      "Storm Hits Coast",
      "",
      "MIAMI (AP) — A storm hit the coast on Monday.",
      "",
      "Thousands lost power.",
      "",
      "___",
      "",
      "Associated Press writer Jane Roe in Tampa contributed to this report.",
    ].join("\n");
    const a = parseArticle(text);
    expect(a.sections[0]?.paragraphs).toEqual([
      "A storm hit the coast on Monday.",
      "Thousands lost power.",
    ]);
    expect(a.notes).toEqual([
      { kind: "boilerplate", text: "___" },
      {
        kind: "credit",
        text: "Associated Press writer Jane Roe in Tampa contributed to this report.",
      },
    ]);
    // Each note's span reads as its text, and no line is left out.
    expect(slice(text, a.spans.notes[0])).toBe("___");
    expect(slice(text, a.spans.notes[1])).toBe(
      "Associated Press writer Jane Roe in Tampa contributed to this report.",
    );
  });

  it("keeps a last paragraph that only mentions contributing", () => {
    const a = parseArticle(
      "Fund Grows\n\nNEW YORK (AP) — The fund grew.\n\nDonors said they contributed.",
    );
    expect(a.notes).toEqual([]);
    expect(a.sections[0]?.paragraphs).toEqual(["The fund grew.", "Donors said they contributed."]);
  });
});

describe("AFP and Xinhua", () => {
  it("reads `PARIS (AFP) - ` and the title-case `Paris (AFP) - `", () => {
    expect(dateline("Strike Ends\n\nPARIS (AFP) - The strike ended.\n\nTrains ran.")).toMatchObject(
      {
        text: "PARIS (AFP) - ",
        place: "PARIS",
        agency: "AFP",
      },
    );
    expect(dateline("Strike Ends\n\nParis (AFP) - The strike ended.\n\nTrains ran.")).toMatchObject(
      {
        text: "Paris (AFP) - ",
        place: "Paris",
        agency: "AFP",
        first: "The strike ended.",
      },
    );
  });

  it("reads `BEIJING, Nov. 30 (Xinhua) -- `", () => {
    expect(dateline("Trade Rises\n\nBEIJING, Nov. 30 (Xinhua) -- Trade rose.\n\nMore.")).toEqual({
      text: "BEIJING, Nov. 30 (Xinhua) -- ",
      place: "BEIJING",
      agency: "Xinhua",
      byline: null,
      first: "Trade rose.",
    });
  });

  it("takes no title-case place for an unknown bracket", () => {
    expect(
      parseArticle("Title Here\n\nOfficials (unnamed) - said so.\n\nMore.").dateline,
    ).toBeNull();
  });
});

describe("Chinese agencies", () => {
  it("reads the reporter in ASCII brackets: `中新网上海3月5日电(记者 李明)`", () => {
    expect(dateline("标题\n\n中新网上海3月5日电(记者 李明)上海今天下雨。\n\n第二段。")).toEqual({
      text: "中新网上海3月5日电(记者 李明)",
      place: "上海",
      agency: "中新网",
      byline: "李明",
      first: "上海今天下雨。",
    });
  });

  it("reads the reporter in full-width brackets: `新华社北京1月13日电（记者沈敏）`", () => {
    expect(dateline("标题\n\n新华社北京1月13日电（记者沈敏）国务院今天开会。\n\n第二段。")).toEqual(
      {
        text: "新华社北京1月13日电（记者沈敏）",
        place: "北京",
        agency: "新华社",
        byline: "沈敏",
        first: "国务院今天开会。",
      },
    );
  });

  it("reads an indented dateline with a space before the bracket", () => {
    const text = "标题\n\n　　中新社布鲁塞尔3月22日电 （记者 沈晨）欧盟今天表态。\n\n　　第二段。";
    expect(dateline(text)).toEqual({
      text: "中新社布鲁塞尔3月22日电 （记者 沈晨）",
      place: "布鲁塞尔",
      agency: "中新社",
      byline: "沈晨",
      first: "欧盟今天表态。",
    });
  });

  it("reads a dateline with no place and no reporter: `中新网3月5日电 `", () => {
    expect(dateline("标题\n\n中新网3月5日电 据报道，今天下雨。\n\n第二段。")).toEqual({
      text: "中新网3月5日电 ",
      place: null,
      agency: "中新网",
      byline: null,
      first: "据报道，今天下雨。",
    });
  });

  it("reads portal trailers as trailer fields", () => {
    const text = [
      "标题",
      "",
      "正文第一段。",
      "",
      "正文第二段。",
      "",
      "（原标题：旧的标题）",
      "本文来源：新华网",
      "责任编辑：张三",
    ].join("\n");
    const a = parseArticle(text);
    expect(a.trailer).toEqual([
      { key: "originalTitle", label: "原标题", value: "旧的标题" },
      { key: "source", label: "本文来源", value: "新华网" },
      { key: "editor", label: "责任编辑", value: "张三" },
    ]);
    expect(a.source).toBe("新华网");
    expect(a.sections[0]?.paragraphs).toEqual(["正文第一段。", "正文第二段。"]);
    expect(text.slice(a.spans.trailer[0]?.start, a.spans.trailer[0]?.end)).toBe(
      "（原标题：旧的标题）",
    );
  });
});

describe("Yonhap", () => {
  it("reads place, agency and byline, the role word left out of the byline", () => {
    expect(dateline("제목\n(서울=연합뉴스) 홍길동 기자 = 본문이다.\n둘째 문단.")).toEqual({
      text: "(서울=연합뉴스) 홍길동 기자 = ",
      place: "서울",
      agency: "연합뉴스",
      byline: "홍길동",
      first: "본문이다.",
    });
  });

  it("keeps several reporters as written and takes a correspondent's role word", () => {
    expect(dateline("제목\n(베이징=연합뉴스) 김윤구 김진방 특파원 = 본문.\n둘째.")).toMatchObject({
      place: "베이징",
      byline: "김윤구 김진방",
      first: "본문.",
    });
  });

  it("takes a role run onto the name by its comma as the role", () => {
    // As after `, `: the comma before the role is no part of the name.
    for (const line of ["심재훈 ,특파원", "심재훈,특파원", "심재훈, 특파원"]) {
      const article = parseArticle(`제목\n(베이징=연합뉴스) ${line} = 본문.\n둘째.`);
      expect(article.byline, line).toBe("심재훈");
      expect(article.bylineRole, line).toBe("특파원");
      expect(article.sections[0]?.paragraphs[0], line).toBe("본문.");
      expectRoundTrip(`제목\n(베이징=연합뉴스) ${line} = 본문.\n둘째.`);
    }
  });

  it("reads a wire line that names no reporter", () => {
    expect(dateline("제목\n(서울=연합뉴스) 2018년은 격동의 해였다.\n둘째.")).toEqual({
      text: "(서울=연합뉴스) ",
      place: "서울",
      agency: "연합뉴스",
      byline: null,
      first: "2018년은 격동의 해였다.",
    });
  });

  it("reads other Korean agencies, and no unknown one", () => {
    expect(dateline("제목\n(부산=뉴스1) 김철수 기자 = 본문.\n둘째.")).toMatchObject({
      place: "부산",
      agency: "뉴스1",
      byline: "김철수",
    });
    expect(parseArticle("제목\n(x=y) 김철수 기자 = 본문.\n둘째.").dateline).toBeNull();
  });
});

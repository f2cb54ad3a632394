import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Article, formatArticle, parseArticle } from "../src/index.js";
import { propertyRuns } from "./support/seed.js";

// Generated wire copy with known answers: Yonhap wire lines and Chinese agency datelines.
// The run's seed (tests/support/seed.ts) is printed with a counterexample; SEED sets it.
propertyRuns(300);

const hangul = fc.constantFrom("정부", "회의", "발표", "경제", "시장", "협상", "대표", "국회");
const koSentence = fc
  .array(hangul, { minLength: 2, maxLength: 8 })
  .map((w) => `${w.join(" ")}했다.`);
const koPlace = fc.constantFrom("서울", "베이징", "워싱턴", "도쿄", "부산", "뉴욕");
const koAgency = fc.constantFrom("연합뉴스", "뉴시스", "뉴스1");
const koName = fc.constantFrom("홍길동", "김진방", "박상현", "이광빈", "정주호");
const koRole = fc.constantFrom("기자", "특파원");

const yonhap = fc.record({
  headline: fc.array(hangul, { minLength: 2, maxLength: 6 }).map((w) => w.join(" ")),
  place: koPlace,
  agency: koAgency,
  names: fc.uniqueArray(koName, { minLength: 1, maxLength: 3 }),
  role: fc.option(koRole, { nil: null }),
  paragraphs: fc.array(koSentence, { minLength: 1, maxLength: 5 }),
});

const hanzi = fc.constantFrom("国务院", "今天", "召开", "会议", "经济", "发展", "表示", "记者");
const zhSentence = fc.array(hanzi, { minLength: 2, maxLength: 8 }).map((w) => `${w.join("")}。`);
const chinese = fc.record({
  headline: fc.array(hanzi, { minLength: 2, maxLength: 5 }).map((w) => w.join("")),
  agency: fc.constantFrom("新华社", "中新社", "中新网"),
  place: fc.constantFrom("北京", "上海", "布鲁塞尔", "华盛顿"),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 31 }),
  brackets: fc.constantFrom(["(", ")"], ["（", "）"]),
  space: fc.constantFrom("", " "),
  reporter: fc.constantFrom("李明", "沈敏", "张三 李四"),
  paragraphs: fc.array(zhSentence, { minLength: 1, maxLength: 4 }),
});

// A round trip keeps everything but the spans and the layout (formatArticle writes its own).
const stripSpans = ({ spans: _, dialect: __, ...rest }: Article) => rest;

describe("generated Yonhap wire copy", () => {
  it("gives place, agency and byline, and the body after ` = `", () => {
    fc.assert(
      fc.property(yonhap, (g) => {
        const who = [...g.names, ...(g.role ? [g.role] : [])].join(" ");
        const wire = `(${g.place}=${g.agency}) ${who} = `;
        const text = [g.headline, `${wire}${g.paragraphs.join("\n")}`].join("\n");
        const a = parseArticle(text);
        expect(a.dateline).toEqual({ text: wire, place: g.place, agency: g.agency });
        expect(a.byline).toBe(g.names.join(" "));
        expect(a.sections.flatMap((s) => s.paragraphs)).toEqual(g.paragraphs);
        expect(stripSpans(parseArticle(formatArticle(a)))).toEqual(stripSpans(a));
      }),
    );
  });
});

describe("generated Chinese agency datelines", () => {
  it("gives place, agency and reporter in either bracket width", () => {
    fc.assert(
      fc.property(chinese, (g) => {
        const [open, close] = g.brackets as [string, string];
        const head = `${g.agency}${g.place}${g.month}月${g.day}日电${g.space}${open}记者 ${g.reporter}${close}`;
        const text = [g.headline, "", `${head}${g.paragraphs.join("\n\n")}`].join("\n");
        const a = parseArticle(text);
        expect(a.dateline).toEqual({ text: head, place: g.place, agency: g.agency });
        expect(a.byline).toBe(g.reporter);
        expect(a.sections.flatMap((s) => s.paragraphs)).toEqual(g.paragraphs);
        expect(stripSpans(parseArticle(formatArticle(a)))).toEqual(stripSpans(a));
      }),
    );
  });
});

import type { Locale } from "../schema/locale.js";
import { koDateWords } from "./dates/ko.js";

/**
 * Korean labels, byline role words and agencies. The Yonhap wire line
 * `(서울=연합뉴스) 홍길동 기자 = ` gives the dateline's place and agency and the
 * byline; the role word (`기자` reporter, `특파원` correspondent) stays in the
 * dateline's text, out of the byline.
 *
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * // Built in: no option needed.
 * const article = parseArticle("제목\n(서울=연합뉴스) 홍길동 기자 = 본문이다.\n둘째 문단이다.");
 * article.dateline?.place; // "서울"
 * article.dateline?.agency; // "연합뉴스"
 * article.byline; // "홍길동"
 * ```
 */
export const ko = {
  language: "ko",
  labels: {
    source: ["출처", "자료 제공", "자료제공"],
    originalUrl: ["원문", "원문 보기", "기사 원문"],
    originalTitle: ["원제", "원제목"],
    editor: ["편집", "편집자"],
    byline: ["글", "작성자"],
    publishedAt: ["입력", "등록", "송고", "작성일"],
  },
  // Written out, not split from a string: a call would keep the locale in
  // bundles that do not use it.
  bylineRoles: [
    "기자",
    "특파원",
    "통신원",
    "선임기자",
    "전문기자",
    "객원기자",
    "인턴기자",
    "수습기자",
    "편집위원",
    "논설위원",
    "기자·특파원",
  ],
  agencies: ["연합뉴스", "연합뉴스TV", "뉴시스", "뉴스1"],
  dates: koDateWords,
} as const satisfies Locale;

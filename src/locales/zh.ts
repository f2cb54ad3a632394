import type { Locale } from "../schema/locale.js";
import { zhDateWords } from "./dates/zh.js";

/**
 * Chinese labels, written with `：` or `:`.
 *
 * @category Locales and dialects
 * @example
 * ```ts
 * import { parseArticle } from "syndicated-article";
 *
 * // Built in: no option needed.
 * parseArticle("标题\n\n正文。\n\n来源：新华社").source; // "新华社"
 * ```
 */
export const zh = {
  language: "zh",
  labels: {
    source: ["来源", "本文来源", "消息来源", "稿源"],
    originalUrl: ["原文", "原文链接", "原文地址", "原链接"],
    disclaimer: ["声明", "免责声明", "特别声明"],
    originalTitle: ["原标题"],
    editor: ["责任编辑", "编辑", "责编"],
    byline: ["作者", "记者"],
    publishedAt: ["发布时间", "时间", "日期"],
  },
  bylinePrefixes: ["记者", "作者"],
  bylineRoles: ["记者", "特约记者", "通讯员", "实习生", "实习记者", "见习记者"],
  leadEndings: ["讯"],
  // Written out, not split from a string: a call would keep the locale in
  // bundles that do not use it.
  agencies: [
    "新华社",
    "中新社",
    "中新网",
    "中国新闻网",
    "新华网",
    "人民网",
    "央视网",
    "央视新闻",
    "环球网",
    "澎湃新闻",
    "光明网",
    "国际在线",
    "法新社",
    "路透社",
    "美联社",
    "共同社",
    "塔斯社",
    "韩联社",
  ],
  pageLines: ["相关阅读", "延伸阅读", "推荐阅读", "相关新闻", "分享到", "广告"],
  pageLabels: ["相关阅读", "延伸阅读", "推荐阅读", "相关新闻"],
  captionLabels: ["图片来源", "图片", "摄影", "供图"],
  captionEndings: ["摄", "供图"],
  dates: zhDateWords,
} as const satisfies Locale;

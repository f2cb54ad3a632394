import type { LanguageLabels } from "./types.js";

/**
 * English labels. Data only: the matching rules live in `trailer.ts`.
 *
 * @example
 * ```ts
 * import { englishLabels } from "syndicated-article";
 *
 * englishLabels.labels.source; // ["Source", "Sources", "Via"]
 * ```
 */
export const englishLabels = {
  language: "en",
  labels: {
    source: ["Source", "Sources", "Via"],
    originalUrl: ["Original", "Original link", "Original URL", "Original article", "Link", "URL"],
    disclaimer: ["Statement", "Disclaimer"],
    originalTitle: ["Original title", "Original headline"],
    editor: ["Editor", "Edited by", "Responsible editor"],
    byline: ["Author", "Reporter", "Written by"],
    publishedAt: ["Published", "Published at", "Date"],
  },
  bylinePrefixes: ["By"],
} as const satisfies LanguageLabels;

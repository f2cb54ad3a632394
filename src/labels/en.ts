import type { LabelTable } from "./types.js";

/**
 * English trailer labels, matched case-insensitively. Data only: the matching
 * rules live in `trailer.ts`.
 *
 * @example
 * ```ts
 * import { englishLabels } from "syndicated-article";
 *
 * englishLabels.source; // ["Source", "Sources", "Via"]
 * ```
 */
export const englishLabels = {
  source: ["Source", "Sources", "Via"],
  originalUrl: ["Original", "Original link", "Original URL", "Original article", "Link", "URL"],
  disclaimer: ["Statement", "Disclaimer"],
} as const satisfies LabelTable;

/**
 * Every kind of {@link Note}: editor's notes (`(Adds company comments)`),
 * credits (`(Reporting by …; Editing by …)`) and currency notes
 * (`($1 = 0.7812 euros)`).
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import { noteKinds } from "syndicated-article";
 *
 * noteKinds.includes("credit"); // true
 * ```
 */
export const noteKinds = ["editorsNote", "credit", "currency"] as const;

/**
 * One kind of {@link Note}.
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import type { NoteKind } from "syndicated-article";
 *
 * const kind: NoteKind = "editorsNote";
 * ```
 */
export type NoteKind = (typeof noteKinds)[number];

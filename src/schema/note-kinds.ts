/**
 * Every kind of {@link Note}: editor's notes (`(Adds company comments)`),
 * credits (`(Reporting by …; Editing by …)`), currency notes
 * (`($1 = 0.7812 euros)`), and the lines a copied web page leaves behind:
 * `boilerplate` for page furniture (`Skip to main content`, `Advertisement`,
 * `Share this article`, `Read more: …`, `Sign up for our newsletter`, a
 * press release's closing `###`) and `caption` for photo captions and credits
 * (`Photo: Reuters`, `Image caption: …`, `新华社记者 李明 摄`).
 *
 * @category Types and schemas
 * @example
 * ```ts
 * import { noteKinds } from "syndicated-article";
 *
 * noteKinds.includes("credit"); // true
 * ```
 */
export const noteKinds = ["editorsNote", "credit", "currency", "boilerplate", "caption"] as const;

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

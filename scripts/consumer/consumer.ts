// A strict TypeScript consumer of the packed package. Type-checked under
// moduleResolution node16 and bundler, then compiled and run as ESM.
import {
  type Article,
  type ArticleIssue,
  type ArticleIssueCode,
  ArticleParseError,
  type BodyBlock,
  type Dateline,
  type Note,
  type NoteKind,
  type ParseOptions,
  parseArticle,
  type SafeParseArticleResult,
  type Section,
  safeParseArticle,
  type safeParseArticles,
  type TrailerField,
} from "syndicated-article";

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type IsAny<T> = 0 extends 1 & T ? true : false;
// True when `any` hides anywhere inside T.
type HasAny<T> =
  IsAny<T> extends true
    ? true
    : T extends readonly (infer U)[]
      ? HasAny<U>
      : T extends object
        ? true extends { [K in keyof T]-?: HasAny<T[K]> }[keyof T]
          ? true
          : false
        : false;

export type Checks = [
  Expect<Equal<Article["headline"], string | null>>,
  Expect<Equal<Article["source"], string | null>>,
  Expect<Equal<Section["heading"], string | null>>,
  Expect<Equal<Section["paragraphs"], string[]>>,
  Expect<Equal<Article["byline"], string | null>>,
  Expect<Equal<Article["dateline"], Dateline | null>>,
  Expect<Equal<Note["kind"], NoteKind>>,
  Expect<Equal<Equal<NoteKind, string>, false>>,
  Expect<
    Equal<
      TrailerField["key"],
      | "source"
      | "originalUrl"
      | "disclaimer"
      | "originalTitle"
      | "editor"
      | "byline"
      | "publishedAt"
      | "section"
      | "wordCount"
      | "copyright"
      | "id"
      | "language"
      | "contact"
      | "topics"
      | "places"
      | "keywords"
      | "category"
      | null
    >
  >,
  Expect<Equal<Parameters<typeof parseArticle>[0], string | Uint8Array>>,
  Expect<Equal<ReturnType<typeof safeParseArticles>, SafeParseArticleResult[]>>,
  Expect<Equal<ArticleIssue["severity"], "error" | "warning">>,
  Expect<Equal<ArticleIssue["code"], ArticleIssueCode>>,
  Expect<Equal<Equal<ArticleIssueCode, string>, false>>,
  Expect<Equal<BodyBlock["kind"], "heading" | "paragraph">>,
  Expect<Equal<ReturnType<typeof parseArticle>, Article>>,
  Expect<Equal<HasAny<Article>, false>>,
  Expect<Equal<HasAny<ArticleIssue>, false>>,
  Expect<Equal<HasAny<BodyBlock>, false>>,
  Expect<Equal<HasAny<ParseOptions>, false>>,
  Expect<Equal<HasAny<SafeParseArticleResult>, false>>,
];

/** Parses the seed article and throws unless it gives the expected headline. */
export function checkSeed(text: string): string {
  const article: Article = parseArticle(text, { paragraphMode: "auto" });
  const expected = "U.S.-Ukraine Peace Talks 'Productive,' Rubio: Still Need to Continue Efforts";
  if (article.headline !== expected) throw new Error(`headline: ${article.headline}`);

  const result = safeParseArticle(text);
  // zod's shape: `data` is declared on both branches, so this type-checks
  // before the result is narrowed.
  const maybe: string | null | undefined = result.data?.headline;
  if (maybe !== expected) throw new Error(`data?.headline: ${maybe}`);
  if (result.success) {
    const narrowed: Expect<Equal<typeof result.data, Article>> = true;
    const warnings: ArticleIssue[] = result.warnings;
    if (!narrowed || warnings.length !== 0) throw new Error("unexpected warnings");
  } else {
    const narrowed: Expect<Equal<typeof result.error, ArticleParseError>> = true;
    throw new Error(`seed failed: ${result.error.message} ${narrowed}`);
  }

  const failed = safeParseArticle("");
  if (failed.success || !(failed.error instanceof ArticleParseError)) {
    throw new Error("empty input should fail with an ArticleParseError");
  }
  const code: ArticleIssueCode | undefined = failed.error.issues[0]?.code;
  if (code !== "empty-input") throw new Error(`code: ${code}`);
  return article.headline ?? "";
}

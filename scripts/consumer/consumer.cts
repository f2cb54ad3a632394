// The same package required from CommonJS TypeScript: resolves index.d.cts under
// node16 and compiles to require().
import { type Article, ArticleParseError, parseArticle } from "syndicated-article";

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
export type Checks = [Expect<Equal<Article["headline"], string | null>>];

export function checkSeed(text: string): string {
  const article = parseArticle(text);
  try {
    parseArticle("   ");
  } catch (error) {
    if (!(error instanceof ArticleParseError)) throw new Error("not an ArticleParseError");
    return article.headline ?? "";
  }
  throw new Error("blank input should throw");
}

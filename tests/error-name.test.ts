import { createRequire } from "node:module";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";

// The built package (tests/support/build.ts builds it), as Node users get it:
// the bundler must not rename the error class (esbuild would call a class that
// refers to itself `_ArticleParseError`), since Node prints the class's name.
type Package = typeof import("../src/index.js");
const esm: Package = await import(new URL("../dist/index.js", import.meta.url).href);
const cjs: Package = createRequire(import.meta.url)("../dist/index.cjs");

describe.each([
  ["ESM", esm],
  ["CommonJS", cjs],
])("ArticleParseError in the %s build", (_, pkg) => {
  it("is named ArticleParseError wherever Node shows it", () => {
    const error = new pkg.ArticleParseError([]);
    expect(pkg.ArticleParseError.name).toBe("ArticleParseError");
    expect(error.name).toBe("ArticleParseError");
    expect(error.constructor.name).toBe("ArticleParseError");
    expect(String(error)).toBe("ArticleParseError: The text holds no article.");
    expect(inspect(error).split("\n")[0]).toBe("ArticleParseError: The text holds no article.");
  });

  it("is what parseArticle throws, printed with its name and first code", () => {
    let thrown: unknown;
    try {
      pkg.parseArticle("");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(pkg.ArticleParseError);
    expect(inspect(thrown).split("\n")[0]).toBe(
      "ArticleParseError: empty-input: The text is empty or holds only white space.",
    );
    expect(pkg.ArticleParseError.issuesOf(thrown).map((i) => i.code)).toEqual(["empty-input"]);
  });

  it("names parseArticle when given no text", () => {
    expect(() => pkg.parseArticle(null as unknown as string)).toThrow(
      "parseArticle expects the article as a string or a Uint8Array, got null.",
    );
  });
});

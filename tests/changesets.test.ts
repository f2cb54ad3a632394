import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

// `changeset version` refuses a changeset whose front matter a formatter has
// rewritten (a Markdown formatter reads `"pkg": minor` + `---` as a heading).
const dir = join(import.meta.dirname, "..", ".changeset");
const FRONT_MATTER = /^---\n(?:"syndicated-article": (?:patch|minor|major)\n)+---\n\n\S/;

it("every changeset opens with front matter naming a bump of this package", () => {
  const files = readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md");
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    expect(readFileSync(join(dir, file), "utf8"), file).toMatch(FRONT_MATTER);
  }
});

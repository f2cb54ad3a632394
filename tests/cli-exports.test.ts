import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli, records } from "./support/cli.js";
import {
  bytes,
  documentXml,
  docx,
  nexisUniDocument,
  nexisUniExport,
} from "./support/export-files.js";

// Export files on the command line: read by their content, one record per document.

const work = mkdtempSync(join(tmpdir(), "syndicated-article-cli-exports-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const two = nexisUniExport([
  nexisUniDocument("Blair faces revolt", ["Tony Blair faced a revolt."]),
  nexisUniDocument("The rebels", ["The rebels met."]),
]);

describe("the command line on export files", () => {
  it("gives one record per document of a DOCX, whatever its name", () => {
    const path = join(work, "export.bin");
    writeFileSync(path, two);
    const run = cli(["--format", "ndjson", path]);
    expect(run.status).toBe(0);
    expect(records(run.stdout).map((r) => [r.index, r.article.headline])).toEqual([
      [0, "Blair faces revolt"],
      [1, "The rebels"],
    ]);
    expect(run.stderr).toContain("cover-page");
    expect(run.stderr).not.toContain("binary-file");
  });

  it("reports a file holding no article as no-articles, with exit status 1", () => {
    const path = join(work, "empty.docx");
    writeFileSync(path, docx(documentXml([{ text: "LexisNexis Uni Test" }])));
    const run = cli([path]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${path}: no-articles: `);
    expect(run.stdout).toBe("");
  });

  it("says why a file cannot be read", () => {
    const path = join(work, "cut.docx");
    writeFileSync(path, two.subarray(0, 200));
    const run = cli([path]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${path}: corrupt-file: `);
  });

  it("walks exports of any case beside text in a directory", () => {
    const dir = join(work, "walk");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.DOCX"), two);
    writeFileSync(
      join(dir, "b.Html"),
      bytes(
        '<html><body><div class="article enArticle"><div id="hd">Mill to expand</div><div>40 words</div><div>7 April 2000</div><div>Gazeta Mercantil</div><p class="articleParagraph">The mill will grow.</p></div></body></html>',
      ),
    );
    writeFileSync(join(dir, "c.txt"), "Title\n\nBody.\n");
    writeFileSync(join(dir, "d.png"), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const run = cli(["--format", "ndjson", dir]);
    expect(run.status).toBe(0);
    expect(
      records(run.stdout).map((r) => [r.file.slice(dir.length + 1), r.article.headline]),
    ).toEqual([
      ["a.DOCX", "Blair faces revolt"],
      ["a.DOCX", "The rebels"],
      ["b.Html", "Mill to expand"],
      ["c.txt", "Title"],
    ]);
  });
});

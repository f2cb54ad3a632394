import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./support/cli.js";

// The command-line tool on a file of markup records: one record per article,
// the prologue reported as a notice, not counted as a fault.

const FILE = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS NEWID="1">
<TEXT><TITLE>COCOA &amp; SUGAR</TITLE><BODY>Showers continued.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS NEWID="2">
<TEXT><TITLE>GRAIN</TITLE><BODY>Prices rose.</BODY></TEXT>
</REUTERS>
`;

const dir = mkdtempSync(join(tmpdir(), "sgml-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the command-line tool on markup records", () => {
  it("writes one record per article and a prologue notice", () => {
    const file = join(dir, "reut2.sgm");
    writeFileSync(file, FILE);
    const { stdout, stderr, status } = cli(["-f", "ndjson", file]);
    expect(stderr).toBe(
      `${file}:1:1: prologue: the markup before the first record is no article; skipped.\n`,
    );
    expect(status).toBe(0);
    const records = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records.map((r) => [r.index, r.article.id, r.article.headline])).toEqual([
      [0, "1", "COCOA & SUGAR"],
      [1, "2", "GRAIN"],
    ]);
  });
});

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { afterAll, describe, expect, it } from "vitest";
import { bash, cli } from "./support/cli.js";

// The table formats, csv, tsv and parquet, written by the built dist/cli.js run
// as a process. The expected rows are written out by hand from the fixtures:
// fixtures/cli/table.txt has a headline with a comma and quotes and a body of
// two paragraphs and a heading; fixtures/cli/export.TXT is a Nexis export of
// two documents with a date, a section, a length and a language.
const work = mkdtempSync(join(tmpdir(), "syndicated-article-cli-table-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HEADER =
  "file,index,headline,standfirst,byline,publishedAt,source,originalUrl,section,wordCount,language,id,dialect,text";

const TABLE_ROW =
  'fixtures/cli/table.txt,0,"Oil, Gas and ""Fair"" Prices",,Jane Doe,,rfi,https://www.example.com/oil/,,,,,aggregator,"Prices rose, then fell.\n\nWhat Comes Next\n\nTraders said ""wait""; others did not."';
const EXPORT_ROWS = [
  'fixtures/cli/export.TXT,0,"Harbour Reopens, Ships Return",,Jane Doe,2003-04-20,The Daily Example,,Business,12,en,,nexis,"The harbour reopened on Sunday.\n\nShips queued, ""slowly"", at dawn."',
  "fixtures/cli/export.TXT,1,Second Day at the Harbour,,,2003-04-21,The Daily Example,,,5,en,,nexis,Trade picked up on Monday.",
];

describe("--format csv and tsv", { timeout: 30_000 }, () => {
  it("csv: a header row, then a row per document, quoted by RFC 4180 with CRLF line ends", () => {
    expect(cli(["-f", "csv", "fixtures/cli/table.txt", "fixtures/cli/export.TXT"])).toEqual({
      stdout: `${[HEADER, TABLE_ROW, ...EXPORT_ROWS].join("\r\n")}\r\n`,
      stderr: "",
      status: 0,
    });
  });

  it("tsv: the same table, tab-separated with LF line ends, quoted the same way", () => {
    const { stdout, stderr, status } = cli(["-f", "tsv", "fixtures/cli/export.TXT"]);
    expect([stderr, status]).toEqual(["", 0]);
    expect(stdout).toBe(
      [
        HEADER.replaceAll(",", "\t"),
        'fixtures/cli/export.TXT\t0\tHarbour Reopens, Ships Return\t\tJane Doe\t2003-04-20\tThe Daily Example\t\tBusiness\t12\ten\t\tnexis\t"The harbour reopened on Sunday.\n\nShips queued, ""slowly"", at dawn."',
        "fixtures/cli/export.TXT\t1\tSecond Day at the Harbour\t\t\t2003-04-21\tThe Daily Example\t\t\t5\ten\t\tnexis\tTrade picked up on Monday.",
        "",
      ].join("\n"),
    );
  });

  it("writes the header alone when no document parses, and reports the failure", () => {
    expect(cli(["-f", "csv", "fixtures/cli/bad/empty.txt"])).toEqual({
      stdout: `${HEADER}\r\n`,
      stderr:
        "fixtures/cli/bad/empty.txt:1:1: empty-input: The text is empty or holds only white space.\n",
      status: 1,
    });
  });

  it("standard input gives the same rows, named <stdin>", () => {
    const piped = cli(["-f", "csv"], { input: readFileSync("fixtures/cli/export.TXT") });
    expect(piped.stdout).toBe(
      `${[HEADER, ...EXPORT_ROWS].join("\r\n").replaceAll("fixtures/cli/export.TXT", "<stdin>")}\r\n`,
    );
  });

  it("rows come out as documents are parsed, before the input ends", () => {
    // The input stays open for 4 s after its third document starts (past the
    // first 8 KiB, which are read whole to tell text from binary); the first
    // row must be read within 3 s, or \`timeout\` ends the reader with nothing.
    const run = bash(
      `{ cat fixtures/cli/one.txt; printf '\\n-----\\n\\nLong\\n\\n%09000d\\n\\n-----\\n\\nLate\\n\\nSecond.\\n' 0; sleep 4; } |
        "$NODE" "$CLI_JS" -f csv | timeout 3 head -n 2`,
    );
    expect(run.stdout).toBe(
      `${HEADER}\r\n<stdin>,0,Talks Resume in Florida,,,,rfi,,,,,,aggregator,Negotiators met again on Sunday.\r\n`,
    );
  });

  it("--out FILE writes the table to that file, nothing on stdout", () => {
    const out = join(work, "articles.csv");
    expect(cli(["-f", "csv", "-o", out, "fixtures/cli/export.TXT"])).toEqual({
      stdout: "",
      stderr: "",
      status: 0,
    });
    expect(readFileSync(out, "utf8")).toBe(`${[HEADER, ...EXPORT_ROWS].join("\r\n")}\r\n`);
    expect(cli(["-f", "csv", "-o", work, "fixtures/cli/one.txt"])).toEqual({
      stdout: "",
      stderr: `syndicated-article: --out ${work}: Is a directory.\n`,
      status: 2,
    });
  });
});

async function readParquet(bytes: Buffer) {
  const file = new Uint8Array(bytes).buffer;
  return { metadata: parquetMetadata(file), rows: await parquetReadObjects({ file }) };
}

describe("--format parquet", { timeout: 30_000 }, () => {
  it("writes one Parquet file that a Parquet reader reads back, row for row", async () => {
    const out = join(work, "articles.parquet");
    expect(
      cli(["-f", "parquet", "-o", out, "fixtures/cli/table.txt", "fixtures/cli/export.TXT"]),
    ).toEqual({ stdout: "", stderr: "", status: 0 });
    const { metadata, rows } = await readParquet(readFileSync(out));
    expect(metadata.schema.slice(1).map((c) => `${c.name} ${c.type} ${c.repetition_type}`)).toEqual(
      [
        "file BYTE_ARRAY REQUIRED",
        "index INT32 REQUIRED",
        "headline BYTE_ARRAY OPTIONAL",
        "standfirst BYTE_ARRAY OPTIONAL",
        "byline BYTE_ARRAY OPTIONAL",
        "publishedAt BYTE_ARRAY OPTIONAL",
        "source BYTE_ARRAY OPTIONAL",
        "originalUrl BYTE_ARRAY OPTIONAL",
        "section BYTE_ARRAY OPTIONAL",
        "wordCount INT32 OPTIONAL",
        "language BYTE_ARRAY OPTIONAL",
        "id BYTE_ARRAY OPTIONAL",
        "dialect BYTE_ARRAY OPTIONAL",
        "text BYTE_ARRAY REQUIRED",
      ],
    );
    expect(metadata.created_by).toMatch(/^syndicated-article \d+\.\d+\.\d+/);
    expect(rows).toEqual([
      {
        file: "fixtures/cli/table.txt",
        index: 0,
        headline: 'Oil, Gas and "Fair" Prices',
        standfirst: null,
        byline: "Jane Doe",
        publishedAt: null,
        source: "rfi",
        originalUrl: "https://www.example.com/oil/",
        section: null,
        wordCount: null,
        language: null,
        id: null,
        dialect: "aggregator",
        text: 'Prices rose, then fell.\n\nWhat Comes Next\n\nTraders said "wait"; others did not.',
      },
      {
        file: "fixtures/cli/export.TXT",
        index: 0,
        headline: "Harbour Reopens, Ships Return",
        standfirst: null,
        byline: "Jane Doe",
        publishedAt: "2003-04-20",
        source: "The Daily Example",
        originalUrl: null,
        section: "Business",
        wordCount: 12,
        language: "en",
        id: null,
        dialect: "nexis",
        text: 'The harbour reopened on Sunday.\n\nShips queued, "slowly", at dawn.',
      },
      {
        file: "fixtures/cli/export.TXT",
        index: 1,
        headline: "Second Day at the Harbour",
        standfirst: null,
        byline: null,
        publishedAt: "2003-04-21",
        source: "The Daily Example",
        originalUrl: null,
        section: null,
        wordCount: 5,
        language: "en",
        id: null,
        dialect: "nexis",
        text: "Trade picked up on Monday.",
      },
    ]);
  });

  it("goes to standard output when it is not a terminal, the same bytes as --out", async () => {
    const out = join(work, "same.parquet");
    cli(["-f", "parquet", "-o", out, "fixtures/cli/export.TXT"]);
    const piped = bash(`"$NODE" "$CLI_JS" -f parquet fixtures/cli/export.TXT | base64 -w0`);
    expect(piped.status).toBe(0);
    expect(Buffer.from(piped.stdout, "base64").equals(readFileSync(out))).toBe(true);
  });

  it("a run with no document is a valid file of no rows", async () => {
    const out = join(work, "empty.parquet");
    expect(cli(["-f", "parquet", "-o", out, "fixtures/cli/bad/empty.txt"]).status).toBe(1);
    const { metadata, rows } = await readParquet(readFileSync(out));
    expect([metadata.num_rows, rows]).toEqual([0n, []]);
  });

  it("refuses to write to a terminal", () => {
    // `script` gives the command a terminal as its standard output.
    const run = bash(
      `script -qec '"$NODE" "$CLI_JS" -f parquet fixtures/cli/one.txt' /dev/null; echo "status $?"`,
    );
    expect(run.stdout.replaceAll("\r\n", "\n")).toBe(
      "syndicated-article: --format parquet writes a binary file: name it with --out FILE, or redirect standard output. Try 'syndicated-article --help'.\nstatus 2\n",
    );
  });
});

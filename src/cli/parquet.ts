import { ByteWriter, ParquetWriter } from "hyparquet-writer";
import {
  type Cell,
  type Column,
  NUMBER_COLUMNS,
  REQUIRED_COLUMNS,
  TABLE_COLUMNS,
} from "./table.js";

// A row group is written once it holds this many rows or this much text,
// whichever comes first: memory stays bounded on a corpus of any size, and
// groups stay large enough for readers to skip through quickly.
const GROUP_ROWS = 10_000;
const GROUP_CHARACTERS = 32 * 1024 * 1024;

/** The Parquet schema of the table: UTF-8 text, and 32-bit integers for numbers. */
const SCHEMA = [
  { name: "root", num_children: TABLE_COLUMNS.length },
  ...TABLE_COLUMNS.map((name) => ({
    name,
    ...(NUMBER_COLUMNS.has(name)
      ? { type: "INT32" as const }
      : { type: "BYTE_ARRAY" as const, converted_type: "UTF8" as const }),
    repetition_type: REQUIRED_COLUMNS.has(name) ? ("REQUIRED" as const) : ("OPTIONAL" as const),
  })),
];

/**
 * Writes table rows as one Parquet file (Snappy-compressed, with column
 * statistics), a row group at a time: the bytes of each group go out as soon
 * as it is full, and the footer at the end.
 */
export class ParquetTable {
  readonly #out: (bytes: Uint8Array) => Promise<void>;
  readonly #bytes = new ByteWriter();
  readonly #writer: ParquetWriter;
  #columns: Cell[][] = TABLE_COLUMNS.map(() => []);
  #rows = 0;
  #characters = 0;

  /** @param out - writes bytes to the destination, resolving when it can take more. */
  constructor(out: (bytes: Uint8Array) => Promise<void>, createdBy: string) {
    this.#out = out;
    this.#writer = new ParquetWriter({ writer: this.#bytes, schema: SCHEMA, createdBy });
  }

  /** Adds a row, in the order of `TABLE_COLUMNS`. */
  async add(cells: readonly Cell[]): Promise<void> {
    cells.forEach((cell, i) => {
      (this.#columns[i] as Cell[]).push(cell);
      if (typeof cell === "string") this.#characters += cell.length;
    });
    this.#rows++;
    if (this.#rows >= GROUP_ROWS || this.#characters >= GROUP_CHARACTERS) await this.#group();
  }

  /** Writes the last row group and the footer. */
  async end(): Promise<void> {
    await this.#group();
    await this.#writer.finish();
    await this.#drain();
  }

  async #group(): Promise<void> {
    if (this.#rows === 0) return;
    const columnData = TABLE_COLUMNS.map((name: Column, i) => ({
      name,
      data: this.#columns[i] as Cell[],
    }));
    await this.#writer.write({ columnData, rowGroupSize: this.#rows });
    this.#columns = TABLE_COLUMNS.map(() => []);
    this.#rows = 0;
    this.#characters = 0;
    await this.#drain();
  }

  /** Sends the bytes written so far and reuses the buffer (its offset keeps counting). */
  async #drain(): Promise<void> {
    if (this.#bytes.index === 0) return;
    const bytes = this.#bytes.getBytes().slice();
    this.#bytes.index = 0;
    await this.#out(bytes);
  }
}

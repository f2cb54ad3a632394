import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync } from "fflate";
import { fail } from "./failure.js";

/** Compressed bytes handed to the inflater at a time: each step inflates at most ~1000x this. */
const CHUNK = 16 * 1024;

/** The names of a ZIP's entries, read from its central directory (nothing is inflated). */
export function zipEntries(bytes: Uint8Array): Map<string, number> {
  const entries = new Map<string, number>();
  try {
    unzipSync(bytes, {
      filter(file) {
        entries.set(file.name, file.originalSize);
        return false;
      },
    });
  } catch (error) {
    fail("corrupt-file", `The ZIP file is damaged or cut short (${(error as Error).message}).`);
  }
  return entries;
}

/**
 * Inflates one entry of a ZIP, refusing to produce more than `limit` bytes.
 * The sizes a ZIP states can lie, so the inflated bytes are counted as they
 * come, and compressed bytes are fed in small chunks so that no single step
 * can inflate far past the bound before it is checked.
 */
export function readZipEntry(bytes: Uint8Array, name: string, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  let over = false;
  const unzip = new Unzip((file) => {
    if (file.name !== name || done) return;
    file.ondata = (error, chunk, final) => {
      if (error) fail("corrupt-file", `The entry ${name} is damaged (${error.message}).`);
      total += chunk.length;
      if (total > limit) {
        over = true;
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) done = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < bytes.length && !over && !done; at += CHUNK) {
      const end = Math.min(at + CHUNK, bytes.length);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (error) {
    if ((error as Error).name === "ArticleParseError") throw error;
    fail("corrupt-file", `The ZIP file is damaged (${(error as Error).message}).`);
  }
  if (over) {
    fail("too-large", `The entry ${name} inflates to more than ${limit} bytes; it was not read.`);
  }
  if (!done) fail("corrupt-file", `The entry ${name} is cut short: the ZIP file is incomplete.`);
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

import { closeSync, constants, createReadStream, openSync, readSync, statSync } from "node:fs";
import { Socket } from "node:net";
import { Readable } from "node:stream";

/**
 * Opens a stream input: standard input, or a FIFO, socket or device named as
 * an operand. A FIFO is opened without waiting for a writer (an open that
 * waits would block every input after it forever when nobody writes): with no
 * writer at that moment it reads as empty; with one, it is read until the
 * writer closes it, as standard input is.
 *
 * @throws the error of `open`, for the caller to report.
 */
export function openStream(path: string): Readable {
  if (path === "") return process.stdin;
  if (!statSync(path).isFIFO()) return createReadStream(path);
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const probe = Buffer.alloc(64 * 1024);
  let first: Buffer | null = null;
  try {
    const n = readSync(fd, probe);
    if (n === 0) {
      // No writer (or one that wrote nothing and left): an empty input.
      closeSync(fd);
      return Readable.from([]);
    }
    first = probe.subarray(0, n);
  } catch (error) {
    // EAGAIN: a writer holds it open but has written nothing yet.
    if ((error as { code?: string }).code !== "EAGAIN") {
      closeSync(fd);
      throw error;
    }
  }
  const socket = new Socket({ fd, readable: true, writable: false });
  if (first === null) return socket;
  const head = first;
  return Readable.from(
    (async function* () {
      yield head;
      yield* socket;
    })(),
  );
}

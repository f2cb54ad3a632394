// What the parser asks of a value a caller hands in before it reads it: a
// string or a plain Uint8Array, read so that no hostile proxy or getter can
// make it throw; and an error shown without trusting it.

/** Whether `input` is text the parser reads: a string, or a Uint8Array that is no proxy. */
export function isInput(input: unknown): input is string | Uint8Array {
  if (typeof input === "string") return true;
  try {
    // A proxy of a Uint8Array passes `instanceof` but its bytes cannot be read
    // by the platform's decoder: only a plain Uint8Array counts. A hostile
    // proxy may throw from `getPrototypeOf`: then it is no input either.
    return input instanceof Uint8Array && !isProxied(input);
  } catch {
    return false;
  }
}

// Whether the platform refuses to treat `bytes` as its own typed array: a proxy.
function isProxied(bytes: Uint8Array): boolean {
  try {
    Uint8Array.prototype.subarray.call(bytes, 0, 0);
    return false;
  } catch {
    return true;
  }
}

/** An error's message, or the value shown as text; never throws. */
export function safeString(error: unknown): string {
  try {
    if (error instanceof Error) return error.message;
    return String(error);
  } catch {
    return "an error that cannot be shown";
  }
}

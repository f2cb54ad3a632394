// The page's state in the URL hash: JSON, deflated (CompressionStream
// "deflate-raw") and written as base64url, so a link reproduces the view.

export interface SharedState {
  text: string;
  languages: string[] | null;
  paragraphMode: string;
  dialect: string;
  /** The document shown, 0-based, when the text holds several. */
  document: number;
}

const PREFIX = "#s=";

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The hash (`#s=…`) that holds `state`. */
export async function encodeState(state: SharedState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ v: 1, ...state }));
  return PREFIX + toBase64Url(await pipe(json, new CompressionStream("deflate-raw")));
}

/** The state in a hash written by `encodeState`, or `null` when there is none or it is damaged. */
export async function decodeState(hash: string): Promise<SharedState | null> {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    const bytes = await pipe(
      fromBase64Url(hash.slice(PREFIX.length)),
      new DecompressionStream("deflate-raw"),
    );
    const value = JSON.parse(new TextDecoder().decode(bytes)) as Partial<SharedState> & {
      v?: number;
    };
    if (value.v !== 1 || typeof value.text !== "string") return null;
    return {
      text: value.text,
      languages: Array.isArray(value.languages)
        ? value.languages.filter((l) => typeof l === "string")
        : null,
      paragraphMode: typeof value.paragraphMode === "string" ? value.paragraphMode : "auto",
      dialect: typeof value.dialect === "string" ? value.dialect : "",
      // Links written before documents were shown hold none: the first.
      document:
        Number.isInteger(value.document) && (value.document ?? 0) >= 0 ? (value.document ?? 0) : 0,
    };
  } catch {
    return null;
  }
}

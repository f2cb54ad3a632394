// `URL` is a global in every browser and in Node, but the core is type-checked
// without DOM or Node types, so declare just the part it uses.
declare const URL: new (
  input: string,
) => { readonly href: string; readonly hostname: string; readonly protocol: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Normalises a trailer's link with the WHATWG URL parser: `<…>` is stripped and a
 * missing scheme becomes `https://`. Returns `null` when the value is no absolute
 * link to a named host (`see below`, `Reuters`).
 */
export function normalizeUrl(value: string): string | null {
  let v = value.trim();
  if (v.startsWith("<") && v.endsWith(">")) v = v.slice(1, -1).trim();
  if (v.length === 0 || /\s/.test(v)) return null;
  if (v.startsWith("//")) v = `https:${v}`;
  else {
    // `example.com:8080/x` reads as a scheme `example.com:`: a dot in it, or a
    // port number after it, says it is a host.
    const scheme = SCHEME.exec(v);
    const host = scheme && (scheme[0].includes(".") || /^\d/.test(v.slice(scheme[0].length)));
    if (!scheme || host) v = `https://${v}`;
  }
  try {
    const url = new URL(v);
    const web = url.protocol === "http:" || url.protocol === "https:";
    if (web && !url.hostname.includes(".") && url.hostname !== "localhost") return null;
    return url.href;
  } catch {
    return null;
  }
}

// `URL` is a global in every browser and in Node, but the core is type-checked
// without DOM or Node types, so declare just the part it uses.
declare const URL: new (
  input: string,
) => { readonly href: string; readonly hostname: string; readonly protocol: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// A host with a top-level domain (`example.com`, `xn--…`), an IPv4 or IPv6
// address, or localhost: `Reuters` or `reuters.` name no host. The top-level
// domain is cut off by hand and matched whole: a pattern searching for it at
// the end of the host would retry at every dot.
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;
const ADDRESS = /^\d{1,3}(?:\.\d{1,3}){3}$|^\[[0-9a-f:.]+\]$|^localhost$/i;

function isNamedHost(host: string): boolean {
  const dot = host.lastIndexOf(".");
  return (dot > 0 && TOP_LEVEL.test(host.slice(dot + 1))) || ADDRESS.test(host);
}

/**
 * Normalises a trailer's link with the WHATWG URL parser: `<…>` is stripped and a
 * missing scheme becomes `https://`. Returns `null` when the value is no http(s)
 * link to a named host (`see below`, `Reuters`, `javascript:…`).
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
    // Only web links: `javascript:`, `data:` or `file:` values are no article's origin.
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return isNamedHost(url.hostname) ? url.href : null;
  } catch {
    return null;
  }
}

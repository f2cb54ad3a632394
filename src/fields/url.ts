// `URL` is a global in every browser and in Node, but the core is type-checked
// without DOM or Node types, so declare just the part it uses.
declare const URL: new (
  input: string,
) => { readonly href: string; readonly hostname: string; readonly protocol: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WEB_SCHEME = /^https?:$/i;
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
  const known = ahead.get(value);
  if (known === undefined) return normalizeUncached(value);
  ahead.delete(value);
  return known;
}

/**
 * {@link normalizeUrl}, keeping the answer for the one later call with the
 * same value: a feed's splitter reads each article's link before the parse of
 * that article reads it again. Bounded in count and in length, so a feed of
 * links never read again (nor one of megabytes) makes it hold much.
 */
export function normalizeUrlAhead(value: string): string | null {
  const url = normalizeUncached(value);
  if (value.length <= AHEAD_LENGTH) {
    if (ahead.size >= AHEAD) ahead.clear();
    ahead.set(value, url);
  }
  return url;
}

const AHEAD = 64;
const AHEAD_LENGTH = 2048;
const ahead = new Map<string, string | null>();

function normalizeUncached(value: string): string | null {
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
    // The URL parser would read this scheme as the protocol: any other than
    // http and https is no web link, whatever follows (read without parsing it).
    else if (!WEB_SCHEME.test(scheme[0])) return null;
  }
  return plainWebLink(v) ?? throughUrlParser(v);
}

/**
 * A link with its scheme read through the WHATWG URL parser: its href, as
 * RFC 3986 writes it, when it is an http(s) link to a named host, else null.
 */
export function throughUrlParser(v: string): string | null {
  try {
    const url = new URL(v);
    // Only web links: `javascript:`, `data:` or `file:` values are no article's origin.
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    // RFC 3986 allows fewer characters in a host name than WHATWG does (`www{.x.com`).
    if (!isNamedHost(url.hostname) || !URI_HOST.test(url.hostname)) return null;
    return asUri(url.href);
  } catch {
    return null;
  }
}

// A plain web link, written as the URL parser would write it back: lower-case
// scheme and host (labels of letters, digits and hyphens, none opening with the
// `xn--` of an encoded name, a top-level domain of letters, no port or user),
// then, if anything, a path opening with `/`, a query and a fragment, each of
// characters that neither parser encodes (no `'`, `"`, `\`, space, `<`, `>`,
// backquote, braces, non-ASCII; `%` only before two hex digits). The path holds
// no `.` or `..` segment nor a `%2e`, which the parser would resolve.
const PLAIN_LINK =
  /^https?:\/\/((?:[a-z0-9-]+\.)+[a-z]{2,63})(?:(\/(?:[\w\-.~!$&()*+,;=:@/]|%(?!2[eE])[0-9A-Fa-f]{2})*)(?:\?(?:[\w\-.~!$&()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[\w\-.~!$&()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?)?$/;
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;

/**
 * What {@link throughUrlParser} gives for a plain web link ({@link PLAIN_LINK}),
 * without the URL parser, which costs more than the rest of reading a link:
 * `v` itself, with the `/` of an empty path added. Null when `v` is not that
 * plain; the parser then reads it. A null is no answer: the parser may take it.
 */
export function plainWebLink(v: string): string | null {
  const m = PLAIN_LINK.exec(v);
  if (m === null || (m[1] as string).includes("xn--")) return null;
  const path = m[2];
  if (path === undefined) return `${v}/`;
  return DOT_SEGMENT.test(path) ? null : v;
}

// A host as RFC 3986 writes it: a registered name, or an IP literal in brackets.
const URI_HOST = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=]+|\[[0-9A-Fa-f:.]+\])$/;
// What RFC 3986 allows after the authority, `%` aside; a second `#` is data.
const URI_REST = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/?#%]|%(?![0-9A-Fa-f]{2})/gu;

/**
 * The WHATWG serialisation with what RFC 3986 (JSON Schema's `format: "uri"`)
 * does not allow percent-encoded: WHATWG leaves `[`, `]`, `|`, `^`, `` ` ``,
 * `{`, `}` and stray `%` raw in paths, queries and fragments.
 */
function asUri(href: string): string {
  const scheme = href.indexOf("//") + 2;
  let restStart = href.length;
  for (const mark of ["/", "?", "#"]) {
    const at = href.indexOf(mark, scheme);
    if (at !== -1 && at < restStart) restStart = at;
  }
  let rest = href
    .slice(restStart)
    .replace(URI_REST, (c) => (c === "%" ? "%25" : encodeURIComponent(c)));
  const hash = rest.indexOf("#");
  if (hash !== -1) rest = rest.slice(0, hash + 1) + rest.slice(hash + 1).replaceAll("#", "%23");
  return href.slice(0, restStart) + rest;
}

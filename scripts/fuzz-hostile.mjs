// The fuzz suite's arbitrary and hostile inputs: strings, bytes, values that
// are no text, and options that are malformed or throw.
import { dialectNames } from "../dist/index.js";
import { CHARS, structured } from "./fuzz-inputs.mjs";

const TOKENS = [
  ...CHARS,
  "Source: ",
  "Original: ",
  "Date: ",
  "By ",
  "-- ",
  "## ",
  "**",
  "(Reporting by X)",
  "($1 = 0.78 euros)",
  "LONDON (Reuters) - ",
  "http://",
  "www.x.com",
  "UPDATE 2-",
  "HD\n",
  "PD\n",
  "TD\n",
  "\n\n",
  "Title",
  "The talks resumed.",
];

/** Arbitrary text: characters and tokens that mean something to some stage. */
export function arbitraryString(p) {
  const units = p.chance(0.5) ? CHARS : TOKENS;
  return p.many(0, p.pick([5, 40, 300]), () => p.pick(units)).join("");
}

/** Arbitrary bytes: random ones, or text encoded with and without a BOM. */
export function arbitraryBytes(p) {
  const r = p.random();
  if (r < 0.4) return Uint8Array.from(p.many(0, 200, () => p.int(0, 255)));
  const text = p.chance(0.5) ? arbitraryString(p) : structured(p).text;
  if (r < 0.6) return new TextEncoder().encode((p.chance(0.5) ? "\ufeff" : "") + text);
  if (r < 0.8) {
    const le = p.chance(0.5);
    const out = new Uint8Array(2 + text.length * 2);
    out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + 2 * i] = le ? c & 0xff : c >> 8;
      out[3 + 2 * i] = le ? c >> 8 : c & 0xff;
    }
    return out;
  }
  // Latin-1: every character below U+0100 as one byte, the rest as `?`.
  return Uint8Array.from([...text].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

export function hostileValue(p) {
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const thrower = () => {
    throw p.pick([new Error("boom"), null, undefined, Object.create(null), "str", 42]);
  };
  return p.pick([
    () => new Proxy({}, { get: thrower }),
    () => revocable.proxy,
    () => new Proxy({}, { getPrototypeOf: thrower }),
    () => ({
      get [Symbol.toStringTag]() {
        return thrower();
      },
    }),
    () => new Proxy(new TextEncoder().encode("Title\n\nBody."), {}),
    () => new Proxy(new Uint8Array(4), { get: thrower }),
    () => new Uint16Array(3),
    () => new ArrayBuffer(8),
    () => null,
    () => undefined,
    () => 42,
    () => Symbol("x"),
    () => 10n,
    () => ({ toString: thrower, valueOf: thrower }),
    () => [new Uint8Array(2)],
    () => Object.create(null),
  ])();
}

export function hostileOptions(p) {
  const thrower = () => {
    throw p.pick([new Error("boom"), null, undefined, Object.create(null), "str"]);
  };
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  return p.pick([
    () => ({
      get paragraphMode() {
        return thrower();
      },
    }),
    () => new Proxy({}, { ownKeys: thrower, get: thrower }),
    () => revocable.proxy,
    () => ({ paragraphMode: "pages" }),
    () => ({ dialect: "nexis-uni" }),
    () => ({ labels: { source: "Via" } }),
    () => ({ labels: { notAKey: ["X"] } }),
    () => ({ locales: [{ language: 42 }] }),
    () => ({ parseDate: 12 }),
    () => ({ extra: true }),
    () => 7,
    () => "blocks",
    () => null,
    () => [],
    () => ({ parseDate: thrower }),
    () => ({ parseDate: () => ({ toString: thrower }) }),
    () => ({ parseDate: () => "2025-02-30T99:99:99" }),
  ])();
}

/** Valid options, for the structured and corpus families now and then. */
export function someOptions(p) {
  if (p.chance(0.7)) return undefined;
  const o = {};
  if (p.chance(0.6)) o.paragraphMode = p.pick(["auto", "blocks", "lines"]);
  if (p.chance(0.3)) o.repairMojibake = true;
  if (p.chance(0.2)) o.dialect = p.pick(dialectNames);
  if (p.chance(0.2)) o.labels = { source: ["Via", "Fuente"], byline: ["Autor"] };
  if (p.chance(0.1)) o.builtinLocales = false;
  if (p.chance(0.1)) o.validate = false;
  if (p.chance(0.2)) o.parseDate = (t) => (t === "yesterday" ? "2026-11-30" : null);
  return o;
}

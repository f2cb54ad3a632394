// The Article as indented JSON, each value wrapped in an element naming its
// field path (`sections[1].paragraphs[0]`), so that a part clicked in the
// highlighted view can select the value it became. The text is exactly
// `JSON.stringify(value, null, 2)`.

/** The path of `key` under `parent`, written as the highlighted view writes paths. */
function childPath(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  return parent === "" ? key : `${parent}.${key}`;
}

function write(value: unknown, path: string, indent: string, into: Node): void {
  const holder = document.createElement("span");
  if (path !== "") holder.dataset.jsonPath = path;
  into.appendChild(holder);
  const text = (s: string) => holder.appendChild(document.createTextNode(s));
  if (typeof value !== "object" || value === null) {
    text(JSON.stringify(value) ?? "null");
    return;
  }
  const inner = `${indent}  `;
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value).filter(([, v]) => v !== undefined);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    text(open + close);
    return;
  }
  text(`${open}\n`);
  for (const [i, [key, v]] of entries.entries()) {
    text(typeof key === "number" ? inner : `${inner}${JSON.stringify(key)}: `);
    write(v, childPath(path, key), inner, holder);
    text(i < entries.length - 1 ? ",\n" : "\n");
  }
  text(`${indent}${close}`);
}

/** `value` as indented JSON in elements carrying `data-json-path`. */
export function jsonView(value: unknown): DocumentFragment {
  const fragment = document.createDocumentFragment();
  write(value, "", "", fragment);
  return fragment;
}

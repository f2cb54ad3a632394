// Writes a document as the Factiva text export writes one: each field code
// alone on its line, its value on the lines below, one paragraph a line. The
// `factiva` dialect reads it back. HTML and XML exports hold the same fields,
// so each reader only says which value is which code.

/** A field of a Factiva document: its code and the lines of its value. */
export type FactivaField = readonly [code: string, lines: readonly string[]];

const clean = (text: string) => text.replace(/[\s\u00a0]+/g, " ").trim();

/** The document's text; fields without a value are left out. */
export function factivaText(fields: readonly FactivaField[]): string {
  const out: string[] = [];
  for (const [code, lines] of fields) {
    const values = lines.map(clean).filter((line) => line.length > 0);
    if (values.length === 0) continue;
    out.push(code, ...values, "");
  }
  return out.join("\n");
}

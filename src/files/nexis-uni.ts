import { nexisFields } from "../dialects/nexis-fields.js";
import type { DocxParagraph } from "./docx.js";
import type { FoundDocuments } from "./found.js";

// Nexis Uni and Lexis Advance DOCX exports. Each document is a run of
// paragraphs: the title, publication and date line centered, a copyright
// notice, `Section:` / `Length:` / `Byline:` fields, `Body`, the paragraphs,
// an optional `Classification` block of fields, `Load-Date:`, and `End of
// Document`. The first document may follow a cover page (the request and a
// table of its results), which is no document. Each document is written out
// as the Nexis text export writes one, which the `nexis` dialect reads.

/** The line that closes each document, in the interfaces Nexis Uni offers. */
const END_MARKS = ["end of document", "ende des dokuments", "fin du document", "einde document"];

/** The line above the indexing fields after the body. */
const CLASSIFICATION = ["classification", "klassifikation", "classement", "classificatie"];

/** `Label: value`, a label of one to three words, as Nexis Uni writes its fields. */
const FIELD = /^(\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}) ?: ?(.*)$/su;

/** Indentation that marks a line as centered in the text layout. */
const CENTER = "                    ";

interface Field {
  label: string;
  value: string;
}

const clean = (text: string) => text.replace(/[\s\u00a0]+/g, " ").trim();

/** A known Nexis field on a paragraph (`Length: 355 words`), or null. */
function fieldOf(text: string): Field | null {
  const m = FIELD.exec(text.trim());
  if (!m) return null;
  const label = (m[1] as string).toUpperCase();
  return nexisFields.has(label) ? { label, value: clean(m[2] as string) } : null;
}

/** Whether a paragraph alone opens the body (`Body`). */
function opensBody(text: string): boolean {
  return nexisFields.get(text.trim().toUpperCase())?.role === "opens-body";
}

/** Whether a paragraph is a copyright notice. */
function isNotice(text: string): boolean {
  return /^(?:copyright\b|©|\(c\))/i.test(text.trim());
}

/** The paragraphs of one document, from its first non-empty one. */
type Run = DocxParagraph[];

/**
 * Where the first document starts: at its centered title, after the cover
 * page. A file without centered lines starts after the cover's last table.
 */
function coverEnd(run: Run): number {
  const centered = run.findIndex((p) => p.centered && !p.inTable && p.text !== "");
  if (centered !== -1) return centered;
  let last = -1;
  run.forEach((p, i) => {
    if (p.inTable) last = i;
  });
  return last + 1;
}

/** One document as the Nexis text export writes it; null when the run holds no document. */
function documentText(run: Run): string | null {
  const texts = run.map((p) => p.text);
  const nonEmpty = (i: number) => texts[i] !== "";
  // The front ends at the first field or at `Body`.
  let front = 0;
  while (
    front < run.length &&
    !fieldOf(texts[front] as string) &&
    !opensBody(texts[front] as string)
  )
    front++;
  if (front === run.length) return null;
  const head: string[] = [];
  const notices: string[] = [];
  for (let i = 0; i < front; i++) {
    if (!nonEmpty(i)) continue;
    const text = texts[i] as string;
    if (isNotice(text)) notices.push(text);
    else head.push(text);
  }
  const fields: Field[] = [];
  let at = front;
  for (; at < run.length; at++) {
    const text = texts[at] as string;
    if (!nonEmpty(at)) continue;
    if (opensBody(text)) {
      at++;
      break;
    }
    const field = fieldOf(text);
    if (!field) break;
    fields.push(field);
  }
  // The fields after the body: from `Classification`, else the run of known
  // fields at the end.
  let tail = run.length;
  const classification = texts.findIndex(
    (t, i) => i >= at && t.length < 20 && CLASSIFICATION.includes(t.toLowerCase()),
  );
  if (classification !== -1) tail = classification;
  else {
    while (tail > at && (!nonEmpty(tail - 1) || fieldOf(texts[tail - 1] as string))) tail--;
  }
  const trailer: Field[] = [];
  for (let i = tail; i < run.length; i++) {
    const field = nonEmpty(i) ? fieldOf(texts[i] as string) : null;
    if (field) trailer.push(field);
  }
  const body: string[] = [];
  for (let i = at; i < tail; i++) {
    if (!nonEmpty(i)) continue;
    body.push(texts[i] as string);
  }
  const [title = null, publication = null, ...dates] = head;
  const out: string[] = [];
  if (publication !== null) out.push(CENTER + publication);
  for (const line of dates) out.push(CENTER + line);
  for (const notice of notices) out.push(CENTER + notice);
  if (title !== null) out.push(title);
  for (const f of fields) out.push(`${f.label}: ${f.value}`);
  out.push(...body);
  for (const f of trailer) out.push(`${f.label}: ${f.value}`);
  return out.join("\n\n");
}

/** Whether a paragraph closes a document. */
function isEnd(p: DocxParagraph): boolean {
  return p.text.length < 24 && END_MARKS.includes(p.text.toLowerCase());
}

/**
 * The documents of a Nexis Uni DOCX: the paragraphs cut at each `End of
 * Document`, the cover page before the first left out.
 */
export function nexisUniDocuments(paragraphs: DocxParagraph[]): FoundDocuments {
  const found: FoundDocuments = { layout: "nexis-uni", documents: [], cover: null };
  const runs: Run[] = [[]];
  // White space collapsed once: a line break inside a paragraph keeps its
  // lines in one paragraph, as the text export's wrapped lines are.
  for (const raw of paragraphs) {
    const p = { ...raw, text: clean(raw.text) };
    if (isEnd(p)) runs.push([]);
    else (runs[runs.length - 1] as Run).push(p);
  }
  const first = runs[0] as Run;
  const start = coverEnd(first);
  const cover = first
    .slice(0, start)
    .map((p) => p.text)
    .filter((t) => t !== "");
  if (cover.length > 0) found.cover = cover.join("\n");
  runs[0] = first.slice(start);
  for (const run of runs) {
    const text = documentText(run);
    if (text !== null) found.documents.push({ text, dialect: "nexis" });
  }
  return found;
}

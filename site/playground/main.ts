// The playground page: an input, the same text with every part highlighted,
// the Article as JSON, options, samples, a share link and a misparse report.
// Parsing runs in a worker (see worker.ts) so typing and big pastes stay smooth.

import { mayBeExportFile } from "./decode-text.js";
import { bodySummary, documentLabel, shownHeadline } from "./document-label.js";
import { decisionFacts, renderEvidence } from "./evidence.js";
import { onFile } from "./file-input.js";
import {
  type DecisionLike,
  nest,
  type Part,
  type Piece,
  partsFromSpans,
  withDecisionParts,
} from "./highlight.js";
import { markIssues } from "./issue-marks.js";
import { jsonView } from "./json-view.js";
import { readerSource } from "./reader-source.js";
import { misparseReport } from "./report.js";
import { samples } from "./samples.js";
import { decodeState, encodeState, type SharedState } from "./share.js";
import type {
  FileTextReply,
  HelloReply,
  ParseReply,
  ParseRequest,
  ReadFileRequest,
  ShownDocument,
} from "./worker.js";

declare const __VERSION__: string;
declare const __BUGS_URL__: string;
declare const __WORKER_SOURCE__: string;

const LEGEND: [part: string, label: string][] = [
  ["headline", "headline"],
  ["slug", "slug"],
  ["byline", "byline"],
  ["dateline", "dateline"],
  ["heading", "heading"],
  ["paragraph", "paragraph"],
  ["note", "note"],
  ["trailer", "trailer field"],
  ["boilerplate", "boilerplate"],
  ["caption", "caption"],
  ["header", "header line"],
];

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`The page has no #${id}`);
  return found as T;
}

const input = element<HTMLTextAreaElement>("input");
const view = element<HTMLElement>("view");
const output = element<HTMLPreElement>("output");
const issuesList = element<HTMLUListElement>("issues");
const status = element<HTMLParagraphElement>("status");
const partInfo = element<HTMLParagraphElement>("part-info");
const dialectShown = element<HTMLElement>("dialect-shown");
const sampleSelect = element<HTMLSelectElement>("sample");
const modeSelect = element<HTMLSelectElement>("paragraph-mode");
const dialectSelect = element<HTMLSelectElement>("dialect");
const languageSet = element<HTMLFieldSetElement>("languages");
const spansToggle = element<HTMLInputElement>("spans-toggle");
const shareLink = element<HTMLInputElement>("share-link");
const reportDialog = element<HTMLDialogElement>("report");
const reportText = element<HTMLTextAreaElement>("report-text");
const documentChoice = element<HTMLElement>("document-choice");
const documentSelect = element<HTMLSelectElement>("document");
const fileInfo = element<HTMLParagraphElement>("file-info");
const headlineShown = element<HTMLElement>("headline-shown");
const bodyShown = element<HTMLElement>("body-shown");
const evidenceList = element<HTMLOListElement>("evidence");
const spansNote = element<HTMLParagraphElement>("spans-note");

element("version").textContent = `v${__VERSION__}`;
element<HTMLAnchorElement>("report-link").href = __BUGS_URL__;

// ---- The engine: a worker from the bundled source, else the same code here.

type Request = ParseRequest | ReadFileRequest;
type Reply = HelloReply | ParseReply | FileTextReply;

interface Engine {
  post(request: Request): void;
}

function startEngine(onMessage: (message: Reply) => void): Engine {
  try {
    // A Blob URL, so the page also works from file:// where a worker script
    // next to the page could not be loaded.
    const url = URL.createObjectURL(new Blob([__WORKER_SOURCE__], { type: "text/javascript" }));
    const worker = new Worker(url);
    worker.onmessage = (event) => onMessage(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      status.textContent = "The worker failed; parsing on the page instead.";
      const fallback = inPage(onMessage);
      engine = fallback;
      if (lastRequest) fallback.post(lastRequest);
    };
    return { post: (request) => worker.postMessage(request) };
  } catch {
    return inPage(onMessage);
  }
}

function inPage(onMessage: (message: Reply) => void): Engine {
  const port = {
    onmessage: null as ((event: { data: Request }) => void) | null,
    postMessage: (message: unknown) => setTimeout(() => onMessage(message as Reply)),
  };
  new Function("self", __WORKER_SOURCE__)(port);
  return { post: (request) => setTimeout(() => port.onmessage?.({ data: request })) };
}

// ---- State

let hello: HelloReply | null = null;
let engine: Engine | null = null;
let nextId = 1;
let busy = false;
let pending = false;
let lastRequest: Request | null = null;
let latest: ParseReply | null = null;
/** The document shown, of `latest.documents`. */
let chosen = 0;
/** The input's text as last sent to be parsed. */
let latestText = "";
/** The text the view shows: the input, or a file's document. */
let shownText = "";
/** What the page says of a text file read into the input, until the next edit. */
let textFileNote: string | null = null;
/** Whether the worker has been sent the export reader. */
let readerSent = false;
let decisionsByPath = new Map<string, DecisionLike>();
let parseTimer: ReturnType<typeof setTimeout> | undefined;
let hashTimer: ReturnType<typeof setTimeout> | undefined;
let restoredLanguages: string[] | null = null;

function chosenLanguages(): string[] | null {
  const boxes = [...languageSet.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
  if (boxes.length === 0) return restoredLanguages;
  if (boxes.every((b) => b.checked)) return null;
  return boxes.filter((b) => b.checked).map((b) => b.value);
}

function state(): SharedState {
  return {
    text: input.value,
    languages: chosenLanguages(),
    paragraphMode: modeSelect.value,
    dialect: dialectSelect.value,
    document: chosen,
  };
}

function scheduleParse(): void {
  clearTimeout(parseTimer);
  parseTimer = setTimeout(requestParse, input.value.length > 100_000 ? 300 : 120);
}

function requestParse(): void {
  if (hello === null) return;
  if (busy) {
    pending = true;
    return;
  }
  const { text, languages, paragraphMode, dialect } = state();
  lastRequest = { type: "parse", id: nextId++, text, languages, paragraphMode, dialect };
  latestText = text;
  busy = true;
  status.textContent = "Parsing…";
  engine?.post(lastRequest);
}

/** Reads a dropped or chosen file in the worker: text goes to the input, an export's documents to the picker. */
async function requestFile(file: File): Promise<void> {
  if (hello === null) return;
  status.textContent = `Reading ${file.name}…`;
  const bytes = await file.arrayBuffer();
  const needsReader = mayBeExportFile(new Uint8Array(bytes)) && !readerSent;
  const source = needsReader ? await readerSource() : null;
  readerSent ||= source !== null;
  clearTimeout(parseTimer);
  const { languages, paragraphMode, dialect } = state();
  const request: ReadFileRequest = {
    type: "read-file",
    id: nextId++,
    name: file.name,
    bytes,
    readerSource: source,
    languages,
    paragraphMode,
    dialect,
  };
  lastRequest = request;
  pending = false;
  busy = true;
  engine?.post(request);
}
onFile(element("input-pane"), element<HTMLInputElement>("file"), (file) => void requestFile(file));

function receive(message: Reply): void {
  if (message.type === "hello") {
    hello = message;
    setUpOptions(message);
    requestParse();
    return;
  }
  busy = false;
  if (pending) {
    pending = false;
    requestParse();
    return;
  }
  if (message.id !== lastRequest?.id) return;
  if (message.type === "file-text") {
    const name = (lastRequest as ReadFileRequest).name;
    // The input holds text now, so the parser cannot say how the bytes were read: the page does.
    textFileNote = message.latin1
      ? `${name}: not UTF-8, read as windows-1252 (parseArticle's not-utf8 warning).`
      : null;
    input.value = message.text;
    // A new text starts at its first document.
    chosen = 0;
    requestParseNow();
    return;
  }
  // Editing a feed keeps its document in view (on the first result, the
  // link's); a new file starts at its first.
  const sameKind = (latest?.file ?? null) === null && message.file === null;
  chosen = sameKind && chosen < message.documents.length ? chosen : 0;
  latest = message;
  render(message);
  if (message.file === null) scheduleHash();
}

// ---- Options

function setUpOptions(info: HelloReply): void {
  for (const code of info.languages) {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.value = code;
    box.checked = restoredLanguages === null || restoredLanguages.includes(code);
    box.addEventListener("change", scheduleParse);
    label.append(box, code);
    languageSet.append(label);
  }
  if (info.dialects === null) {
    dialectSelect.disabled = true;
    dialectSelect.title = "This build of the library takes no dialect option.";
  } else {
    const wanted = dialectSelect.dataset.restore ?? "";
    for (const name of info.dialects) dialectSelect.append(new Option(name, name));
    dialectSelect.value = info.dialects.includes(wanted) ? wanted : "";
  }
}

for (const sample of samples) sampleSelect.append(new Option(sample.title, sample.id));
sampleSelect.addEventListener("change", () => {
  const sample = samples.find((s) => s.id === sampleSelect.value);
  if (sample) {
    input.value = sample.text;
    requestParseNow();
  }
});
function requestParseNow(): void {
  clearTimeout(parseTimer);
  requestParse();
}
input.addEventListener("input", () => {
  // The parts shown no longer match the text: say nothing of them until the next result.
  resetPartInfo();
  textFileNote = null;
  scheduleParse();
});
documentSelect.addEventListener("change", () => {
  chosen = Number(documentSelect.value);
  if (latest) renderDocument(latest, true);
  if (latest?.file === null) scheduleHash();
});
modeSelect.addEventListener("change", scheduleParse);
dialectSelect.addEventListener("change", scheduleParse);
spansToggle.addEventListener("change", () => {
  const doc = latest?.documents[chosen];
  if (doc) renderOutput(doc);
});

// ---- Rendering

function renderPieces(pieces: Piece[], into: Node): void {
  for (const piece of pieces) {
    if (typeof piece === "string") {
      into.appendChild(document.createTextNode(piece));
      continue;
    }
    const span = document.createElement("span");
    span.dataset.part = piece.part.part;
    span.dataset.path = piece.part.path;
    span.dataset.start = String(piece.part.start);
    span.tabIndex = 0;
    renderPieces(piece.children, span);
    into.appendChild(span);
  }
}

function render(reply: ParseReply): void {
  const count = reply.documents.length;
  documentChoice.hidden = count < 2;
  documentSelect.replaceChildren(
    ...reply.documents.map((d, i) => new Option(documentLabel(d, i, count), String(i))),
  );
  documentSelect.value = String(chosen);
  fileInfo.hidden = reply.file === null && textFileNote === null;
  if (reply.file === null && textFileNote !== null) fileInfo.textContent = textFileNote;
  if (reply.file) {
    const { name, format, layout } = reply.file;
    const read = reply.documents.some((d) => d.text !== null);
    fileInfo.textContent = read
      ? `${name}: ${format}, ${layout} layout, ${count} document(s). Editing the text parses it as pasted text.`
      : `${name} (${format}) could not be read: see the errors.`;
  }
  renderDocument(reply, false);
}

/** Shows the chosen document; `picked` when the user picked it (the view scrolls to it). */
function renderDocument(reply: ParseReply, picked: boolean): void {
  const doc = reply.documents[chosen];
  if (doc === undefined) return;
  // A file's document is shown in the input, so that its parts can be selected there.
  if (doc.text !== null && input.value !== doc.text) input.value = doc.text;
  shownText = doc.text ?? latestText;
  decisionsByPath = new Map();
  // A labelled line that fills a field has both paths: `trailer[0] → source`.
  for (const d of doc.decisions ?? []) {
    if (d.path !== null) decisionsByPath.set(d.path.split(" → ")[0] as string, d);
  }
  let parts: Part[] = partsFromSpans(doc.article?.spans);
  if (doc.decisions) parts = withDecisionParts(parts, doc.decisions);
  const fragment = document.createDocumentFragment();
  renderPieces(nest(shownText, parts), fragment);
  view.replaceChildren(fragment);
  markIssues(view, doc.issues, shownText.length);
  if (picked || reply.documents.length > 1) scrollViewTo(doc.start);
  dialectShown.textContent = doc.dialect ?? "— (this build reports none)";
  headlineShown.textContent = shownHeadline(doc);
  bodyShown.textContent = bodySummary(doc);
  renderIssues(doc);
  renderEvidence(evidenceList, doc.decisions, showDecision);
  renderOutput(doc);
  refreshPartInfo();
  const counts = parts.length === 1 ? "1 part" : `${parts.length} parts`;
  const which =
    reply.documents.length > 1 ? ` document ${chosen + 1} of ${reply.documents.length},` : "";
  status.textContent = `${doc.success ? "Parsed" : "No article"}:${which} ${counts}, ${doc.issues.length} issue(s), ${reply.ms.toFixed(1)} ms in the parser.`;
}

/** Scrolls the view (not the page) to the part at or after `offset`. */
function scrollViewTo(offset: number): void {
  const first = [...view.querySelectorAll<HTMLElement>("[data-start]")].find(
    (el) => Number(el.dataset.start) >= offset,
  );
  if (first) view.scrollTop = first.offsetTop - view.offsetTop - 8;
}

function renderIssues(reply: ShownDocument): void {
  issuesList.replaceChildren();
  if (reply.issues.length === 0) {
    const none = document.createElement("li");
    none.textContent = "None.";
    issuesList.append(none);
  }
  for (const issue of reply.issues) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = issue.severity;
    button.dataset.testid = "issue";
    const where = issue.line === null ? "" : `${issue.line}:${issue.col} `;
    button.textContent = `${where}${issue.severity} ${issue.code}: ${issue.message}`;
    if (issue.start !== null && issue.end !== null) {
      const { start, end, line } = issue;
      button.addEventListener("click", () => jumpTo(start, end, line ?? 1));
    } else {
      button.disabled = true;
    }
    item.append(button);
    issuesList.append(item);
  }
}

function renderOutput(reply: ShownDocument): void {
  let value: unknown;
  if (reply.article) {
    if (spansToggle.checked) value = reply.article;
    else {
      const { spans: _spans, ...rest } = reply.article;
      value = rest;
    }
  } else {
    value = {
      success: false,
      issues: reply.issues.map(({ code, severity, message, start, end }) => ({
        code,
        severity,
        message,
        start,
        end,
      })),
    };
  }
  output.replaceChildren(jsonView(value));
  // The spans shown are the highlighted view's: moved into the whole input.
  spansNote.hidden = !(spansToggle.checked && reply.article && reply.start > 0);
  spansNote.textContent = `Spans count from the start of the whole input; safeParseArticles counts this document's from its own start, ${reply.start} characters in.`;
}

function jumpTo(start: number, end: number, line: number, focus = true): void {
  if (focus) input.focus();
  input.setSelectionRange(start, Math.max(start, end));
  const lineHeight = Number.parseFloat(getComputedStyle(input).lineHeight) || 19;
  input.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

/** Selects the value at `path` in the JSON output; false when the output has none there. */
function selectJson(path: string): boolean {
  for (const old of output.querySelectorAll(".chosen")) old.classList.remove("chosen");
  const value = output.querySelector<HTMLElement>(`[data-json-path="${CSS.escape(path)}"]`);
  if (value === null) return false;
  value.classList.add("chosen");
  const selection = getSelection();
  selection?.removeAllRanges();
  const range = document.createRange();
  range.selectNodeContents(value);
  selection?.addRange(range);
  output.scrollTop = value.offsetTop - output.offsetTop - 8;
  return true;
}

/** A decision picked in the evidence list: its part described and chosen, or its span selected. */
function showDecision(d: DecisionLike): void {
  const el = [...view.querySelectorAll<HTMLElement>("[data-part]")].find(
    (e) =>
      e.dataset.path === (d.path ?? d.part).split(" → ")[0] &&
      Number(e.dataset.start) === d.span?.start,
  );
  if (el) {
    describePart(el);
    choosePart(el);
  } else if (d.span) {
    jumpTo(d.span.start, d.span.end, shownText.slice(0, d.span.start).split("\n").length, false);
  }
}

/** A part clicked: its text selected in the input, its value in the JSON. */
function choosePart(el: HTMLElement): void {
  const start = Number(el.dataset.start);
  const end = start + (el.textContent?.length ?? 0);
  jumpTo(start, end, shownText.slice(0, start).split("\n").length, false);
  selectJson(el.dataset.path ?? "");
}
view.addEventListener("click", (event) => {
  const el =
    event.target instanceof Element ? event.target.closest<HTMLElement>("[data-part]") : null;
  // A drag that selected text in the view keeps its selection.
  const selection = getSelection();
  if (selection && !selection.isCollapsed && view.contains(selection.anchorNode)) return;
  if (el && view.contains(el)) choosePart(el);
});

// ---- Hover and focus: the field path and, when the library explains, the rule.

const PART_HINT = "Hover or focus a part to see its field path.";

function resetPartInfo(): void {
  partInfo.textContent = PART_HINT;
}

/** After a new result: describe the part now under the pointer or focused, else nothing. */
function refreshPartInfo(): void {
  const under = [...view.querySelectorAll<HTMLElement>("[data-part]:hover")].pop();
  const focused = document.activeElement;
  const el = under ?? (focused instanceof HTMLElement && view.contains(focused) ? focused : null);
  if (el) describePart(el);
  else resetPartInfo();
}

function describePart(target: EventTarget | null): void {
  const el = target instanceof Element ? target.closest<HTMLElement>("[data-part]") : null;
  if (el === null || !view.contains(el)) return;
  const path = el.dataset.path ?? "";
  const decision = decisionsByPath.get(path);
  partInfo.replaceChildren();
  const code = document.createElement("code");
  code.dataset.testid = "part-path";
  code.textContent = path;
  partInfo.append(code, ` — ${el.dataset.part}`);
  if (decision?.path?.includes(" → ")) partInfo.append(` (fills ${decision.path.split(" → ")[1]})`);
  if (decision) {
    const rule = document.createElement("code");
    rule.dataset.testid = "part-rule";
    rule.textContent = decision.rule;
    partInfo.append(", rule ", rule);
    const facts = decisionFacts(decision);
    if (facts.length > 0) partInfo.append(` (${facts.join(", ")})`);
  } else if (hello && !hello.hasExplain) {
    partInfo.append(" (this build of the library does not explain its decisions)");
  }
}
view.addEventListener("mouseover", (event) => describePart(event.target));
view.addEventListener("focusin", (event) => describePart(event.target));
view.addEventListener("keydown", (event) => {
  // Enter on a part selects its text in the input.
  const el = event.target instanceof HTMLElement ? event.target : null;
  if (event.key !== "Enter" || !el?.dataset.part) return;
  const start = Number(el.dataset.start);
  jumpTo(
    start,
    start + (el.textContent?.length ?? 0),
    shownText.slice(0, start).split("\n").length,
  );
  selectJson(el.dataset.path ?? "");
});

// ---- Legend

const legend = element<HTMLUListElement>("legend");
for (const [part, label] of LEGEND) {
  const item = document.createElement("li");
  const swatch = document.createElement("span");
  swatch.dataset.legend = part;
  swatch.setAttribute("style", `background: var(--${part})`);
  swatch.textContent = label;
  item.append(swatch);
  legend.append(item);
}

// ---- Share

function scheduleHash(): void {
  clearTimeout(hashTimer);
  hashTimer = setTimeout(async () => {
    const hash = await encodeState(state());
    history.replaceState(null, "", hash);
    shareLink.value = location.href;
  }, 250);
}

element("share").addEventListener("click", async () => {
  clearTimeout(hashTimer);
  history.replaceState(null, "", await encodeState(state()));
  shareLink.value = location.href;
  try {
    await navigator.clipboard.writeText(location.href);
    status.textContent = "Link copied.";
  } catch {
    shareLink.select();
    status.textContent = "Link selected: copy it with Ctrl+C.";
  }
});

// ---- Report a misparse

element("report-open").addEventListener("click", () => {
  reportText.value = misparseReport({
    version: __VERSION__,
    state: state(),
    doc: latest?.documents[chosen],
    count: latest?.documents.length ?? 1,
    link: location.href,
  });
  reportDialog.showModal();
  reportText.focus();
  reportText.select();
});
element("report-copy").addEventListener("click", async () => {
  reportText.select();
  try {
    await navigator.clipboard.writeText(reportText.value);
  } catch {
    // Selected: the user copies it by hand.
  }
});
element("report-close").addEventListener("click", () => reportDialog.close());

// ---- Start: the view in the hash, else the first sample.

async function start(): Promise<void> {
  const restored = await decodeState(location.hash);
  if (restored) {
    input.value = restored.text;
    modeSelect.value = restored.paragraphMode;
    restoredLanguages = restored.languages;
    dialectSelect.dataset.restore = restored.dialect;
    chosen = restored.document;
  } else {
    input.value = samples[0]?.text ?? "";
  }
  // The engine's greeting starts the first parse, once the options are set up.
  engine = startEngine(receive);
}
void start();

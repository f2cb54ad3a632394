// The playground page: an input, the same text with every part highlighted,
// the Article as JSON, options, samples, a share link and a misparse report.
// Parsing runs in a worker (see worker.ts) so typing and big pastes stay smooth.
import {
  type DecisionLike,
  nest,
  type Part,
  type Piece,
  partsFromSpans,
  withDecisionParts,
} from "./highlight.js";
import { samples } from "./samples.js";
import { decodeState, encodeState, type SharedState } from "./share.js";
import type { HelloReply, ParseReply, ParseRequest } from "./worker.js";

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

element("version").textContent = `v${__VERSION__}`;
element<HTMLAnchorElement>("report-link").href = __BUGS_URL__;

// ---- The engine: a worker from the bundled source, else the same code here.

interface Engine {
  post(request: ParseRequest): void;
}

function startEngine(onMessage: (message: HelloReply | ParseReply) => void): Engine {
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

function inPage(onMessage: (message: HelloReply | ParseReply) => void): Engine {
  const port = {
    onmessage: null as ((event: { data: ParseRequest }) => void) | null,
    postMessage: (message: unknown) =>
      setTimeout(() => onMessage(message as HelloReply | ParseReply)),
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
let lastRequest: ParseRequest | null = null;
let latest: ParseReply | null = null;
let latestText = "";
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

function receive(message: HelloReply | ParseReply): void {
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
  latest = message;
  render(message);
  scheduleHash();
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
input.addEventListener("input", scheduleParse);
modeSelect.addEventListener("change", scheduleParse);
dialectSelect.addEventListener("change", scheduleParse);
spansToggle.addEventListener("change", () => latest && renderOutput(latest));

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
  decisionsByPath = new Map();
  // A labelled line that fills a field has both paths: `trailer[0] → source`.
  for (const d of reply.decisions ?? []) {
    if (d.path !== null) decisionsByPath.set(d.path.split(" → ")[0] as string, d);
  }
  let parts: Part[] = partsFromSpans(reply.article?.spans);
  if (reply.decisions) parts = withDecisionParts(parts, reply.decisions);
  const fragment = document.createDocumentFragment();
  renderPieces(nest(latestText, parts), fragment);
  view.replaceChildren(fragment);
  dialectShown.textContent = reply.dialect ?? "— (this build reports none)";
  renderIssues(reply);
  renderOutput(reply);
  const counts = parts.length === 1 ? "1 part" : `${parts.length} parts`;
  status.textContent = `${reply.success ? "Parsed" : "No article"}: ${counts}, ${reply.issues.length} issue(s), ${reply.ms.toFixed(1)} ms in the parser.`;
}

function renderIssues(reply: ParseReply): void {
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

function renderOutput(reply: ParseReply): void {
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
  output.textContent = JSON.stringify(value, null, 2);
}

function jumpTo(start: number, end: number, line: number): void {
  input.focus();
  input.setSelectionRange(start, Math.max(start, end));
  const lineHeight = Number.parseFloat(getComputedStyle(input).lineHeight) || 19;
  input.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

// ---- Hover and focus: the field path and, when the library explains, the rule.

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
    if (decision.label) partInfo.append(` (label “${decision.label}”)`);
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
    latestText.slice(0, start).split("\n").length,
  );
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

const REPORT_LIMIT = 20_000;

function reportBody(): string {
  const text = input.value;
  const shown =
    text.length > REPORT_LIMIT
      ? `${text.slice(0, REPORT_LIMIT)}\n[… ${text.length - REPORT_LIMIT} more characters]`
      : text;
  const article = latest?.article
    ? JSON.stringify({ ...latest.article, spans: undefined }, null, 2)
    : JSON.stringify(latest?.issues ?? [], null, 2);
  const s = state();
  const options = JSON.stringify({
    languages: s.languages ?? "all",
    paragraphMode: s.paragraphMode,
    dialect: s.dialect || "recognise",
  });
  return [
    "## Misparse",
    "",
    `syndicated-article ${__VERSION__}, options ${options}`,
    "",
    "### Input",
    "",
    "````text",
    shown,
    "````",
    "",
    latest?.article ? "### The Article (spans left out)" : "### The errors",
    "",
    "```json",
    article,
    "```",
    "",
    "### What I expected",
    "",
    "<!-- Which part is wrong, and what it should be. -->",
    "",
    `Link to this view: ${location.href}`,
  ].join("\n");
}

element("report-open").addEventListener("click", () => {
  reportText.value = reportBody();
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
  } else {
    input.value = samples[0]?.text ?? "";
  }
  // The engine's greeting starts the first parse, once the options are set up.
  engine = startEngine(receive);
}
void start();

import { decodeBytes } from "./codec.js";
import type { DocxParagraph } from "./docx.js";
import { rtfTokens } from "./rtf-tokens.js";

// RTF to paragraphs, with the form the export readers need: `\par` ends a
// paragraph, `\line` breaks a line, `\qc` centers, `\intbl` puts it in a
// table, `\page` is a page break (kept as a form feed paragraph, which
// splits text exports). Destinations that are no text (font and colour
// tables, style sheets, pictures, `{\*…}`) are skipped.

const SKIPPED = new Set(
  "fonttbl colortbl stylesheet info pict object header footer headerl headerr footerl footerr listtable listoverridetable rsidtbl generator xmlnstbl themedata colorschememapping latentstyles datastore fldinst".split(
    " ",
  ),
);

/** The encoding of `\ansicpg1252`, for `\'hh` bytes. */
function encodingOf(page: number | null): string {
  return page === null ? "windows-1252" : `windows-${page}`;
}

interface GroupState {
  skip: boolean;
  /** Characters to skip after a `\u` escape (`\ucN`). */
  uc: number;
}

/** The paragraphs of an RTF file's text (its bytes read one character a byte). */
export function rtfParagraphs(rtf: string, maxDepth: number): DocxParagraph[] {
  const paragraphs: DocxParagraph[] = [];
  let encoding = encodingOf(null);
  let text = "";
  let centered = false;
  let inTable = false;
  let bytes: number[] = [];
  let skipChars = 0;
  const stack: GroupState[] = [];
  let state: GroupState = { skip: false, uc: 1 };
  let groupStart = false;
  const flushBytes = () => {
    if (bytes.length > 0) text += decodeBytes(new Uint8Array(bytes), encoding);
    bytes = [];
  };
  const endParagraph = () => {
    flushBytes();
    paragraphs.push({ text, centered, inTable });
    text = "";
  };
  for (const token of rtfTokens(rtf, maxDepth)) {
    const first = groupStart;
    groupStart = false;
    if (token.kind === "open") {
      flushBytes();
      stack.push(state);
      state = { ...state };
      groupStart = true;
      continue;
    }
    if (token.kind === "close") {
      flushBytes();
      state = stack.pop() ?? state;
      continue;
    }
    if (token.kind === "symbol" && token.symbol === "*" && first) {
      state.skip = true;
      continue;
    }
    if (state.skip) continue;
    if (token.kind === "hex") {
      if (skipChars > 0) skipChars--;
      else bytes.push(token.byte);
      continue;
    }
    if (token.kind === "text") {
      let t = token.text;
      if (skipChars > 0) {
        const cut = Math.min(skipChars, t.length);
        t = t.slice(cut);
        skipChars -= cut;
      }
      flushBytes();
      text += t;
      continue;
    }
    if (token.kind === "symbol") {
      flushBytes();
      if (token.symbol === "~") text += "\u00a0";
      else if (token.symbol === "\\" || token.symbol === "{" || token.symbol === "}")
        text += token.symbol;
      else if (token.symbol === "\n" || token.symbol === "\r") endParagraph();
      continue;
    }
    const { word, param } = token;
    if (SKIPPED.has(word)) {
      state.skip = true;
      continue;
    }
    switch (word) {
      case "ansicpg":
        encoding = encodingOf(param);
        break;
      case "par":
        endParagraph();
        break;
      case "pard":
        centered = false;
        inTable = false;
        break;
      case "qc":
        centered = true;
        break;
      case "ql":
      case "qr":
      case "qj":
        centered = false;
        break;
      case "intbl":
        inTable = true;
        break;
      case "line":
        flushBytes();
        text += "\n";
        break;
      case "tab":
        flushBytes();
        text += " ";
        break;
      case "cell":
        endParagraph();
        break;
      case "page":
        endParagraph();
        paragraphs.push({ text: "\f", centered: false, inTable: false });
        break;
      case "uc":
        state.uc = param ?? 1;
        break;
      case "u":
        if (param !== null) {
          flushBytes();
          text += String.fromCharCode(param < 0 ? param + 65536 : param);
          skipChars = state.uc;
        }
        break;
      case "emdash":
        text += "\u2014";
        break;
      case "endash":
        text += "\u2013";
        break;
      case "lquote":
        text += "\u2018";
        break;
      case "rquote":
        text += "\u2019";
        break;
      case "ldblquote":
        text += "\u201c";
        break;
      case "rdblquote":
        text += "\u201d";
        break;
      case "bullet":
        text += "\u2022";
        break;
    }
  }
  if (text.trim() !== "" || bytes.length > 0) endParagraph();
  return paragraphs;
}

import { describe, expect, it } from "vitest";
import { readExportFile } from "../src/files/index.js";
import { bytes } from "./support/export-files.js";

// Factiva and Nexis UK HTML exports, cut down to the markup each reader looks at.

const factivaArticle = (headline: string, lang: string, fields: string[]) => `
<div id="article-x" class="article"><div class="article ${lang}Article"><p>
<div id="hd"><span class="${lang}Headline">${headline}</span></div>
<div class="author">By Jane Doe</div>
${fields.map((f) => `<div>${f}</div>`).join("")}
</p>
<p class="articleParagraph ${lang}articleParagraph">BERLIN (Reuters) - Talks resumed on Monday.</p>
<p class="articleParagraph ${lang}articleParagraph">They will go on <b>all week</b>.</p>
<p>Document lba0000020180302ee3200001</p>
</div></div>`;

describe("a Factiva HTML export, Article view", () => {
  const page = `<!DOCTYPE html><html><head><title>Factiva</title></head><body>
<div id="contentWrapper">
${factivaArticle("Talks resume", "en", ["312 words", "2 March 2018", "14:05", "Reuters News", "LBA", "English", "(c) 2018 Thomson Reuters"])}
${factivaArticle("Gespräche gehen weiter", "de", ["312 Wörter", "2 März 2018", "Reuters Nachrichten", "RTRDE", "12", "Deutsch", "(c) 2018 Reuters"])}
</div></body></html>`;
  const file = readExportFile(bytes(page));

  it("yields one document per article, read as Factiva", () => {
    expect(file.format).toBe("html");
    expect(file.layout).toBe("factiva-html");
    expect(file.documents.map((d) => d.data?.headline)).toEqual([
      "Talks resume",
      "Gespräche gehen weiter",
    ]);
    expect(file.documents.every((d) => d.data?.dialect === "factiva")).toBe(true);
  });

  it("reads the unlabelled header lines by their order and form", () => {
    const [en, de] = file.documents.map((d) => d.data);
    expect(en?.byline).toBe("Jane Doe");
    expect(en?.wordCount).toBe(312);
    expect(en?.publishedAtText).toBe("2 March 2018 14:05");
    expect(en?.source).toBe("Reuters News");
    expect(en?.language).toBe("en");
    expect(en?.copyright).toBe("(c) 2018 Thomson Reuters");
    expect(en?.id).toBe("lba0000020180302ee3200001");
    expect(de?.publishedAt).toBe("2018-03-02");
    expect(de?.source).toBe("Reuters Nachrichten");
    expect(de?.trailer.find((t) => t.label === "PG")?.value).toBe("12");
  });

  it("keeps the paragraphs, inline markup read as text", () => {
    const a = file.documents[0]?.data;
    expect(a?.dateline?.agency).toBe("Reuters");
    expect(a?.sections.flatMap((s) => s.paragraphs)).toEqual([
      "Talks resumed on Monday.",
      "They will go on all week.",
    ]);
  });
});

describe("a Factiva HTML export, field-code view", () => {
  const row = (code: string, value: string) =>
    `<tr><td align="right" class="index"><b>${code}</b>&nbsp;</td><td>${value}</td></tr>`;
  const page = `<html><body><div id="contentLeft"><div class="article frArticle"><table>
${row("SE", "Infolocale")}${row("HD", "<b class='frHeadline'>Test 1</b>")}${row("WC", "295 mots")}
${row("PD", "29 décembre 2011")}${row("SN", "Ouest France")}${row("LA", "Français")}
${row("LP", '<p class="articleParagraph">Premier paragraphe.</p><p class="articleParagraph">Deuxième.</p>')}
${row("AN", "<br/>Document TESTFR0020111229e7ct0001r")}
</table></div></div></body></html>`;

  it("reads each code's value", () => {
    const file = readExportFile(bytes(page));
    expect(file.layout).toBe("factiva-codes-html");
    const a = file.documents[0]?.data;
    expect(a?.headline).toBe("Test 1");
    expect(a?.section).toBe("Infolocale");
    expect(a?.publishedAt).toBe("2011-12-29");
    expect(a?.source).toBe("Ouest France");
    expect(a?.language).toBe("fr");
    expect(a?.id).toBe("TESTFR0020111229e7ct0001r");
    expect(a?.sections.flatMap((s) => s.paragraphs)).toEqual(["Premier paragraphe.", "Deuxième."]);
  });
});

describe("a Nexis UK HTML export", () => {
  const block = (cls: string, text: string) =>
    `<BR><DIV CLASS="${cls}"><P CLASS="p">${text}</P></DIV>`;
  const doc = (n: number, headline: string) =>
    `<!-- Hide XML section <DOC NUMBER=${n}> -->${block("c0", `${n} of 2 DOCUMENTS`)}
${block("c3", "The Guardian (London)")}${block("c3", "January 31, 1986")}
${block("c4", headline)}${block("c4", "<SPAN>BYLINE: </SPAN>JEREMY LEGGET")}${block("c4", "<SPAN>LENGTH: </SPAN>120 words")}
<BR><DIV CLASS="c4"><P>First paragraph.</P><P>Second<BR>paragraph.</P></DIV>
${block("c4", "LOAD-DATE: June 14, 2000")}${block("c3", "Copyright 1986 Guardian Newspapers Limited")}`;
  const page = `<HTML><HEAD><STYLE TYPE="text/css"><!--
.c0 { text-align: center; }
.c3 { text-align: center; margin-left: 13%; }
.c4 { text-align: left; }
--></STYLE></HEAD><BODY>${doc(1, "Eavesdroppers who heard")}${doc(2, "Uganda tries again")}</BODY></HTML>`;

  it("cuts the page at its document markers and reads each as Nexis", () => {
    const file = readExportFile(bytes(page));
    expect(file.layout).toBe("nexis-html");
    expect(file.documents.map((d) => d.data?.headline)).toEqual([
      "Eavesdroppers who heard",
      "Uganda tries again",
    ]);
    const a = file.documents[0]?.data;
    expect(a?.source).toBe("The Guardian (London)");
    expect(a?.publishedAt).toBe("1986-01-31");
    expect(a?.byline).toBe("JEREMY LEGGET");
    expect(a?.copyright).toBe("Copyright 1986 Guardian Newspapers Limited");
    expect(a?.sections.flatMap((s) => s.paragraphs)).toEqual([
      "First paragraph.",
      "Second paragraph.",
    ]);
  });
});

describe("a Europresse HTML export", () => {
  const doc = (title: string, n: string) => `<article><header>
<div><span class="DocPublicationName">Le Monde</span></div>
<div><span class="DocHeader">Politique, mardi 14 mars 2006, p. 12</span></div>
<div class="titreArticle"><p class="titreArticleVisu">${title}</p></div><div>Ariane Chemin</div>
</header><section><div class="DocText"><p>Premier paragraphe.</p><p>Second.</p></div></section>
<footer><small>© 2006 Le Monde. Tous droits réservés.</small><p>Numéro de document : news·${n}</p>
<div><span class="txtCertificat">Le présent document est protégé.</span></div></footer></article>`;

  it("cuts the page at each publication line and reads each document's parts", () => {
    const file = readExportFile(
      bytes(`<html><body>${doc("Le débat", "1")}${doc("La suite", "2")}</body></html>`),
    );
    expect(file.layout).toBe("europresse-html");
    expect(file.documents.map((d) => d.data?.headline)).toEqual(["Le débat", "La suite"]);
    const a = file.documents[0]?.data;
    expect(a?.source).toBe("Le Monde");
    expect(a?.section).toBe("Politique");
    expect(a?.publishedAt).toBe("2006-03-14");
    expect(a?.byline).toBe("Ariane Chemin");
    expect(a?.copyright).toBe("© 2006 Le Monde. Tous droits réservés.");
    expect(a?.sections.flatMap((s) => s.paragraphs)).toEqual(["Premier paragraphe.", "Second."]);
  });
});

describe("the encoding of an HTML export", () => {
  const page = (headline: string) =>
    `<html><head><meta charset="ISO-8859-1"></head><body><div class="article frArticle"><div id="hd">${headline}</div><div>40 mots</div><div>7 avril 2000</div><div>Le Monde</div><p class="articleParagraph">Texte.</p></div></body></html>`;

  it("is the one it declares when the bytes are not UTF-8", () => {
    const text = page("Ann\u00e9e noire");
    const latin1 = Uint8Array.from(text, (c) => c.charCodeAt(0));
    expect(readExportFile(latin1).documents[0]?.data?.headline).toBe("Ann\u00e9e noire");
  });

  it("is UTF-8 when the bytes are, whatever is declared, and UTF-16 by its byte order mark", () => {
    expect(readExportFile(bytes(page("Ann\u00e9e noire"))).documents[0]?.data?.headline).toBe(
      "Ann\u00e9e noire",
    );
    const text = page("\u4e2d\u6587");
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(readExportFile(utf16).documents[0]?.data?.headline).toBe("\u4e2d\u6587");
  });
});

describe("a ProQuest HTML export", () => {
  const doc = (title: string, id: number) => `
<div><h3>${title}</h3>
<p><strong>Author: </strong>Doe, Jane</p>
<p><a href="#">ProQuest document link</a></p>
<p><strong>Full text: </strong></p>
<p>The talks resumed on Monday: both sides met.</p>
<p>They will go on all week.</p>
<p><strong>Subject: </strong>Trade; Tariffs</p>
<p><strong>Publication title: </strong>The Daily Example</p>
<p><strong>Publication date: </strong>May 8, 2010</p>
<p><strong>ProQuest document ID: </strong>${id}</p>
<p><strong>Database: </strong>Newsstream</p></div>`;
  const page = `<!DOCTYPE html><html><body>${doc("Talks Resume", 101)}${doc("Talks End", 102)}</body></html>`;

  it("gives each document with its fields, the body's colon no label", () => {
    const file = readExportFile(bytes(page), { fileName: "proquest.html" });
    expect(file.layout).toBe("proquest-html");
    const articles = file.documents.map((d) => d.data);
    expect(articles.map((a) => [a?.headline, a?.id])).toEqual([
      ["Talks Resume", "101"],
      ["Talks End", "102"],
    ]);
    const [first] = articles;
    expect([first?.byline, first?.source, first?.publishedAt, first?.topics]).toEqual([
      "Doe, Jane",
      "The Daily Example",
      "2010-05-08",
      ["Trade", "Tariffs"],
    ]);
    expect(first?.sections[0]?.paragraphs).toEqual([
      "The talks resumed on Monday: both sides met.",
      "They will go on all week.",
    ]);
  });
});

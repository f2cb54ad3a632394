// The words of Nexis (LexisNexis) text exports, as data: field labels in each
// export language, the document marker lines, copyright words and word-count
// units. The rules that read them live in `nexis*.ts`; nothing here decides.

/**
 * What a labelled field does in the layout:
 * - `header`: stands before the body (it may also follow it);
 * - `trailer`: stands after the body;
 * - `headline`: its value is the headline;
 * - `byline`: its value is the byline, a `By` before the name dropped;
 * - `dateline`: its value is the dateline (`BANGKOK Jan 20`);
 * - `opens-body`: a label alone on its line, the body follows;
 * - `value-below`: its value may stand in the next block (`HIGHLIGHT:`).
 */
export type NexisFieldRole =
  | "header"
  | "trailer"
  | "headline"
  | "byline"
  | "dateline"
  | "opens-body"
  | "value-below";

/** One field: the Article field it fills (checked against the schema's keys) and its role. */
export interface NexisField {
  readonly key: string | null;
  readonly role: NexisFieldRole;
}

const field = (key: string | null, role: NexisFieldRole): NexisField => ({ key, role });

const each = (labels: string, value: NexisField): [string, NexisField][] =>
  labels.split("|").map((label) => [label, value]);

/** Upper-case labels as Nexis writes them, in English, German, French, Dutch and Danish exports. */
export const nexisFields: ReadonlyMap<string, NexisField> = new Map([
  ...each("BYLINE|AUTOR|AUTEUR|AUTEURS|SIGNATURE|NAME|BYLINE-AUTHOR", field("byline", "byline")),
  ...each("SECTION|RUBRIK|RUBRIQUE|RUBRIEK|SEKTION", field("section", "header")),
  ...each("LENGTH|LÄNGE|LAENGE|LONGUEUR|LENGTE|LÆNGDE", field("wordCount", "header")),
  ...each("HEADLINE|TITLE|KOP|TITRE|TITEL|ÜBERSCHRIFT", field(null, "headline")),
  ...each("BODY|TEKST|TEXT|TEXTE|ARTICLE|CHAPEAU|CORPS", field(null, "opens-body")),
  ...each("DATELINE|ORTSZEILE|LIEU", field(null, "dateline")),
  ...each("HIGHLIGHT|HIGHLIGHTS|UNTERZEILE", field(null, "value-below")),
  ...each("EDITION|AUSGABE|SERIES|GUESTS|ANCHORS|BIO|SHOW", field(null, "header")),
  ...each("URL|LINK", field("originalUrl", "trailer")),
  ...each("LANGUAGE|SPRACHE|LANGUE|TAAL|SPROG", field("language", "trailer")),
  ...each("LOAD-DATE|UPDATE|DATE-CHARGEMENT|LAADDATUM|CORRECTION-DATE", field(null, "trailer")),
  ...each("PUBLICATION-TYPE|PUB-TYPE|TYPE-PUBLICATION|PUBLIKATIONSTYP", field(null, "trailer")),
  ...each(
    "JOURNAL-CODE|CODE-REVUE|DOCUMENT-TYPE|TRANSCRIPT|NOTES|DISTRIBUTION",
    field(null, "trailer"),
  ),
  ...each("GRAPHIC|GRAFIK|GRAPHIQUE|PHOTO|VIEW ORIGINAL PAGE|TYPE", field(null, "trailer")),
  ...each(
    "SUBJECT|PUB-SUBJECT|ORGANIZATION|COMPANY|PERSON|GEOGRAPHIC|INDUSTRY",
    field(null, "trailer"),
  ),
  ...each("TICKER|CITY|STATE|COUNTRY|LOAD-DATE-TIME|ACC-NO|DOCUMENT-ID", field(null, "trailer")),
]);

/**
 * The document marker lines, `#` standing for a number: `1 of 10 DOCUMENTS`,
 * `Dokument 234 von 456`. Matched whole, case-insensitively.
 */
export const nexisMarkers: readonly string[] = [
  "# of # DOCUMENTS",
  "# of # DOCUMENT",
  "FOCUS - # of # DOCUMENTS",
  "Dokument # von #",
  "Document # de #",
  "Document # van #",
  "Documento # de #",
];

/** Words that open a copyright notice. */
export const copyrightWords: readonly string[] = ["Copyright", "©", "(c)"];

/** Phrases that continue a notice on its next line (matched at the line's start, any case). */
export const rightsPhrases: readonly string[] = [
  "All Rights Reserved",
  "Rights Reserved",
  "Alle Rechte Vorbehalten",
  "Tous droits réservés",
  "Alle rechten voorbehouden",
  "Todos los derechos reservados",
  "Eftertryk forbudt",
];

/** Company-form words that continue a notice wrapped before them (`GmbH & Co. KG`). */
export const companyForms: readonly string[] = [
  ..."GmbH AG KG Ltd Ltd. Limited Inc Inc. LLC plc PLC Pty B.V. N.V. S.A. SA SpA Co.".split(" "),
];

/** Words a wrapped notice line may end on, so the next line continues it. */
export const danglingWords: readonly string[] = ["All", "and", "&", "und", "et", "en", "og"];

/** Units of an unlabelled word count line (`184 words`). */
export const wordUnits: readonly string[] = [
  "words",
  "word",
  "Wörter",
  "Woerter",
  "mots",
  "woorden",
  "ord",
];

/**
 * Words naming an edition, which Nexis writes after the date on its line
 * (`March 3, 2004, FINAL EDITION`, `Tuesday, Lucknow Edition`).
 */
export const editionWords: readonly string[] = [
  "edition",
  "ausgabe",
  "édition",
  "editie",
  "udgave",
];

/** Desk slugs agency copy in Nexis exports opens its headline with (`LEADALL: `). */
export const nexisSlugs: readonly string[] = ["LEADALL", "LEAD", "ROUNDUP", "EILMELDUNG", "URGENT"];

/** Labels that open a Nexis request header (cover page), folded to lower case. */
export const coverLabels: readonly string[] = [
  "download request",
  "printopdracht",
  "druckauftrag",
  "demande d'impression",
  "time of request",
  "tijdstip printopdracht",
];

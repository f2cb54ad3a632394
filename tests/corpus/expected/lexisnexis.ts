// Expected values for ../shared/corpus/lexisnexis, written by hand from reading the files and
// following lexisnexis/README.md. For amcat-lexisnexis-test.txt each entry was checked against
// AmCAT's test_body_sols.json; `amcat` holds AmCAT's value wherever it differs from the layout's
// reading (AmCAT's dates are local times without a zone: only a differing day or clock is noted).
//
// Reading used throughout: a document runs from its `N of M DOCUMENTS` line to the next one, so a
// centered copyright line just above a marker belongs to the document before it; `paragraphs`
// counts every blank-line separated block of the body, short heading-like blocks included (the
// layout marks no headings); labelled fields before and after the body are not paragraphs.
import type { ExpectedDocument } from "./types.js";

const TEST = "amcat-lexisnexis-test.txt";
const SAMPLE = "LexisNexisTools-sample.TXT";

const guardian = "Copyright 2010 Guardian Unlimited All Rights Reserved";
const times = "Copyright 2010 Times Newspapers Limited All Rights Reserved";
const boersen =
  "Copyright 2011 Herausgebergemeinschaft Wertpapier-Mitteilungen Keppler, Lehmann GmbH & Co. KG Alle Rechte Vorbehalten";
const dpa = "Copyright 2003 Deutsche Presse-Agentur";

export const documents: ExpectedDocument[] = [
  // amcat-lexisnexis-test.txt: a Dutch-language request header (Printopdracht, Zoektermen,
  // Bron, Project ID), then 27 markers.
  {
    file: TEST,
    index: 0,
    // The first flush-left block, two lines joined; AmCAT cuts it at `;`, but what
    // follows opens in lower case: no subtitle.
    headline: "This is a headline; with a byline. The article contains unicode characters.",
    byline: "MF Tokio",
    publishedAt: "2011-08-31",
    source: "Börsen-Zeitung",
    language: "de",
    section: "S. 7 Ausg. 167",
    wordCount: 306,
    copyright: boersen,
    copyrights: [boersen],
    paragraphs: 3,
    firstWords: "Im Juli ist Japans",
    lastWords: "auf die Beschäftigung auswirken.",
    amcat: { headline: "This is a headline" },
  },
  {
    file: TEST,
    index: 1,
    // Cut at `;`: `Millionen-Wertberichtigung auf Griechenland-Papiere - Zentralinstitut
    // erwartet Gewinnrückgang im Gesamtjahr` is the standfirst.
    headline: "Euro-Schuldenkrise belastet DZ Bank",
    byline: "STO Frankfurt",
    publishedAt: "2011-08-30",
    source: "Börsen-Zeitung",
    language: "de",
    section: "S. 5 Ausg. 166",
    wordCount: 818,
    copyright: boersen,
    copyrights: [boersen],
    // "Flott voran im Kreditgeschäft" is a subhead block, counted.
    paragraphs: 12,
    firstWords: "This is an article with",
    lastWords: "1,6 Mrd. Euro verdient worden.",
    amcat: { headline: "Euro-Schuldenkrise belastet DZ Bank" },
  },
  {
    file: TEST,
    index: 2,
    // Cut at `;`: `Le cinéma européen des Vingt-Cinq` is the standfirst.
    headline:
      "A quelques mois de l'élargissement de l'Union, la rencontre des réalisateurs et des ministres de la Culture",
    byline: "Sophie LATIL",
    publishedAt: "2003-05-17",
    source: "Le Figaro",
    language: "fr",
    section: "CULTURE",
    wordCount: 543,
    copyright: "Copyright 2003 Le Figaro All rights reserved",
    copyrights: ["Copyright 2003 Le Figaro All rights reserved"],
    paragraphs: 8,
    firstWords: "Tandis que Matrix Reloaded",
    lastWords: "le film de Raoul Ruiz. '",
    amcat: {
      headline:
        "A quelques mois de l'élargissement de l'Union, la rencontre des réalisateurs et des ministres de la Culture",
    },
  },
  {
    file: TEST,
    index: 3,
    headline: "Une Mostra voulue et subie par la droite (a single-line headline)",
    byline: "ROUARD DANIELLE",
    publishedAt: "2002-08-30",
    source: "Le Monde",
    language: "fr",
    section: "Culture",
    wordCount: 545,
    copyright: "Copyright 2002 Le Monde All rights reserved",
    copyrights: ["Copyright 2002 Le Monde All rights reserved"],
    // "CLIMAT APAISE" is a subhead block, counted.
    paragraphs: 9,
    firstWords: "Le limogeage, fin mars,",
    lastWords: "renaître de ses cendres.",
  },
  {
    file: TEST,
    index: 4,
    headline: "Highlights of the AAP world wire at 20:00 Jan 20",
    byline: null,
    // "January 20, 2009 Tuesday 8:27 PM AEST" (AEST = UTC+10); AmCAT: 20:27 local.
    publishedAt: "2009-01-20T10:27:00.000Z",
    source: "AAP Newsfeed",
    language: "en",
    section: "INTERNATIONAL NEWS",
    wordCount: 376,
    copyright: "Copyright 2009 Australian Associated Press Pty. Ltd.",
    copyrights: ["Copyright 2009 Australian Associated Press Pty. Ltd."],
    dateline: { place: "BANGKOK", agency: null }, // DATELINE: BANGKOK Jan 20
    // The second block is a list of 8 wire items (`MID: …`, `PAC: …` lines) with no blank
    // lines between them: one block.
    paragraphs: 2,
    firstWords: "A leading Thai human",
    lastWords: "sent at 14:42, 708 words.)",
  },
  {
    file: TEST,
    index: 5,
    headline: "Ask Israel, too",
    byline: null,
    publishedAt: "2009-01-20",
    source: "The Advertiser (Australia)",
    language: "en",
    section: "OPINION; Pg. 17",
    wordCount: 89,
    copyright: "Copyright 2009 Nationwide News Pty Limited All Rights Reserved",
    copyrights: ["Copyright 2009 Nationwide News Pty Limited All Rights Reserved"],
    paragraphs: 4,
    firstWords: "RABBI Yossi Engel (The",
    lastWords: "CASSAR, Westbourne Park.",
  },
  {
    file: TEST,
    index: 6,
    // README: no headline (AmCAT "No title found!"); the FLASH line is the body.
    headline: null,
    byline: null,
    // "January 16, 2009 Friday 9:25 PM EST" (EST = UTC-5); AmCAT: 21:25 local.
    publishedAt: "2009-01-17T02:25:00.000Z",
    source: "Xinhua General News Service",
    language: "en",
    section: "WORLD NEWS; Political",
    wordCount: 10,
    copyright: null,
    copyrights: [],
    paragraphs: 1,
    firstWords: "FLASH: UN GENERAL ASSEMBLY",
    lastWords: "RESOLUTION ON GAZA CEASEFIRE",
  },
  {
    file: TEST,
    index: 7,
    headline: "Gaza outcry",
    byline: null,
    publishedAt: "2009-01-10",
    source: "South China Morning Post",
    language: "en",
    section: "NEWS; Pg. 2",
    wordCount: null,
    copyright: "Copyright 2009 South China Morning Post Ltd. All Rights Reserved",
    copyrights: ["Copyright 2009 South China Morning Post Ltd. All Rights Reserved"],
    // No body: the only text is the value of the GRAPHIC: field, after LANGUAGE:. AmCAT gives
    // the GRAPHIC text as the article's text.
    paragraphs: 0,
    firstWords: "",
    lastWords: "",
    amcat: { paragraphs: 1 },
  },
  {
    file: TEST,
    index: 8,
    // Cut at `;`: `Obama Appeals for Stimulus` is the standfirst.
    headline: "Califronia Budget Crisis",
    byline:
      "Lou Dobbs, Candy Crowley, Ed Henry, Jessica Yellin, Bill Tucker, Casey Wian, Jacqui Jeras, Don Lemon, Ines Ferre, Louise Schiavone",
    // The centered date line has no time; the 7:00 PM EST is on the centered SHOW: line.
    // AmCAT: 2009-01-11 19:00.
    publishedAt: "2009-01-11",
    source: "CNN",
    language: "en",
    section: "NEWS; International",
    wordCount: 12567,
    copyright: null,
    copyrights: [],
    // HIGHLIGHT: is a labelled field, not body; the speaker lines `ANNOUNCER: …` and
    // `DOBBS: …` inside the transcript are body. AmCAT counts the HIGHLIGHT block too.
    paragraphs: 11,
    firstWords: "LOU DOBBS, HOST: Tonight:",
    lastWords: 'depths of "Madoff: Secret of a Scandal."',
    amcat: { paragraphs: 12 },
  },
  {
    file: TEST,
    index: 9,
    // The marker `827 of 2087 DOCUMENTS` opens a document that holds only two copyright
    // notices (README: "one document is only copyright lines"); AmCAT skips it.
    headline: null,
    byline: null,
    publishedAt: null,
    source: null,
    copyright: "Copyright 2009 Chattanooga Publishing Company",
    copyrights: [
      "Copyright 2009 Chattanooga Publishing Company",
      "Copyright 2009 Daily Camera and Boulder Publishing, LLC All Rights Reserved",
    ],
    paragraphs: 0,
    firstWords: "",
    lastWords: "",
  },
  {
    file: TEST,
    index: 10,
    // README: no headline (a City News Service story; AmCAT "No title found!").
    headline: null,
    byline: null,
    // "January 14, 2009 Wednesday 6:49 PM PST" (PST = UTC-8); AmCAT: 18:49 local.
    publishedAt: "2009-01-15T02:49:00.000Z",
    source: "City News Service",
    language: "en",
    wordCount: 3271,
    // A centered rights notice stands between the publication and the date: "No City News
    // Service material may be republished without the express written permission of the City
    // News Service, Inc."; it is not a `Copyright` line.
    copyright: "Copyright 2009 City News Service, Inc. All Rights Reserved",
    copyrights: ["Copyright 2009 City News Service, Inc. All Rights Reserved"],
    dateline: { place: "LOS ANGELES", agency: null }, // DATELINE: LOS ANGELES
    paragraphs: 6,
    firstWords: "Actor Ricardo Montalban, best",
    lastWords: "Boulevard and Pierce Street.",
  },
  {
    file: TEST,
    index: 11,
    headline: "Ericsson - Q1 2009", // TITLE: field
    byline: null,
    // Centered "January 2009": a month, no day. AmCAT: 2009-01-01.
    publishedAt: "2009-01",
    // Centered lines: copyright (two lines), "BMI Company Analysis Reports", "Bahrain
    // Telecommunications Report Q1 2009", "January 2009". AmCAT takes the first copyright line
    // as the medium.
    source: "BMI Company Analysis Reports",
    language: null,
    wordCount: null,
    copyright: "Copyright 2009 Business Monitor International Ltd., All Rights Reserved",
    // The second notice (MacNeil/Lehrer, the next document's producer) stands after LOAD-DATE,
    // before the next marker, so by the split it ends this document.
    copyrights: [
      "Copyright 2009 Business Monitor International Ltd., All Rights Reserved",
      "Copyright 2008 MacNeil/Lehrer Productions All Rights Reserved",
    ],
    // Tables kept as blocks; "   Company Monitor" (indented 3 spaces) is the first block;
    // AmCAT drops it. The line `Source: Ericsson   Source: Ericsson` is a table block, not a
    // field.
    paragraphs: 8,
    firstWords: "Company Monitor",
    lastWords: "Percentage Of Net Sales Q208",
    amcat: { source: "Business Monitor International Ltd., All", paragraphs: 7 },
  },
  {
    file: TEST,
    index: 12,
    headline:
      "Pope Benedict XVI calls for opening humanitarian corridors between South Ossetia and the rest of Georgia",
    byline: null, // ANCHORS: FRED DE SAM LAZARO is a field of its own
    // "August 22, 2008 Friday"; the 6:00 PM EST is on the SHOW: line. AmCAT: 18:00.
    publishedAt: "2008-08-22",
    source: "RELIGION & ETHICS NEWSWEEKLY",
    language: "en",
    wordCount: 84,
    // Its copyright notice (MacNeil/Lehrer) stands above its marker, in the document before.
    // A rights notice "Prepared by Burrelle's Information Services, which takes sole
    // responsibility for accuracy of transcription." follows the publication line.
    copyright: null,
    copyrights: [],
    paragraphs: 2,
    firstWords: "FRED DE SAM LAZARO, anchor:",
    lastWords: "ethnic minorities in the conflict.",
  },
  {
    file: TEST,
    index: 13,
    // Flush-left line "LEADALL: Two more …" between publication and date; AmCAT drops the dpa
    // desk slug LEADALL. The slug is not in the project's slug list today.
    headline: "Two more officials of Iraq's 55 most wanted in coalition hands",
    slug: "LEADALL",
    byline: null,
    // "April 20, 2003, Sunday" + "23:22 Central European Time" (CET = UTC+1 as stated, even
    // in April); AmCAT: 23:22 local.
    publishedAt: "2003-04-20T22:22:00.000Z",
    source: "Deutsche Presse-Agentur",
    language: "en",
    section: "Politics",
    wordCount: 1076,
    copyright: null,
    copyrights: [],
    paragraphs: 2,
    firstWords: "Saddam Hussein's son-in-law on",
    lastWords: "bla bla bla bla...",
  },
  {
    file: TEST,
    index: 14,
    headline: "AUFNAHME DER TUERKEI WAERE FUER DIE UNION FINANZIELL VERKRAFTBAR",
    // An unlabelled flush-left line "Sylvia Maier" follows the date: no AUTOR: field, so no
    // byline by the layout (AmCAT agrees: it is the first line of AmCAT's text); counted as a
    // paragraph here.
    byline: null,
    publishedAt: "2003-04-15",
    source: "Wirtschaftsblatt",
    language: "de", // SPRACHE: German, Deutsch
    section: "WIRTSCHAFT UND POLITIK EUROPA; Pg. 3", // RUBRIK:, after the body
    wordCount: 382, // LÄNGE: 382 Woerter
    copyright: "Copyright 2003 Wirtschaftsblatt Verlag AG",
    copyrights: ["Copyright 2003 Wirtschaftsblatt Verlag AG"],
    dateline: { place: "Wien", agency: null }, // ORTSZEILE: Wien
    // "Sylvia Maier" + 2 blocks. HIGHLIGHT: has its value in the next block (a field value,
    // not body), then GRAFIK:. AmCAT also counts the ORTSZEILE: line as text.
    paragraphs: 3,
    firstWords: "Sylvia Maier",
    lastWords: 'Luft gegriffen" zurueckgewiesen.',
    amcat: { paragraphs: 4 },
  },
  {
    file: TEST,
    index: 15,
    headline: "Schedule for Sunday, April 20, 1400 GMT",
    byline: null,
    // "April 20, 2003, Sunday" + "13:38 Central European Time" (UTC+1).
    publishedAt: "2003-04-20T12:38:00.000Z",
    source: "Deutsche Presse-Agentur",
    language: "en",
    wordCount: 641,
    copyright: null,
    copyrights: [],
    paragraphs: 9,
    firstWords: `${"-".repeat(66)} All times`,
    lastWords: "dpa ct sc",
  },
  {
    file: TEST,
    index: 16,
    headline: "Inside Baghdad: Vision Of Hell",
    byline: "Craig Nelson (Box by John Brittas)",
    // No centered date line at all; AmCAT gives 2003-03-31, the LOAD-DATE.
    publishedAt: null,
    source: "India Today",
    language: "en",
    section: "Cover Story; Pg.22",
    wordCount: 3229,
    copyright: null,
    copyrights: [],
    // HIGHLIGHT: is a field; "BOX" and "HOLY ORDER" and the box's title are blocks, counted.
    paragraphs: 7,
    firstWords: "As the skies turned",
    lastWords: "was recently in Baghdad",
    amcat: { publishedAt: "2003-03-31" },
  },
  {
    file: TEST,
    index: 17,
    // A five-line flush-left block before the date: "SATIN STEEL;" then a standfirst ending
    // "KENNETH JAMES reports". AmCAT: title "SATIN STEEL", the rest as its subtitle.
    headline:
      "SATIN STEEL; Determination, commitment, and trust. Three words that sum up the work philosophy of Lien Siou Sze, who orchestrates the running of Hewlett-Packard Services' regional organisation with a familial, but firm hand. KENNETH JAMES reports",
    byline: null, // no BYLINE: field
    publishedAt: "2003-04-19",
    source: "The Business Times Singapore",
    language: "en",
    section: "FOCUS",
    wordCount: 1522,
    copyright: "Copyright 2003 Singapore Press Holdings Limited",
    copyrights: ["Copyright 2003 Singapore Press Holdings Limited"],
    paragraphs: 2,
    firstWords: "POWER rests easily on",
    lastWords: "and a senior vice-president?",
    amcat: { headline: "SATIN STEEL" },
  },
  {
    file: TEST,
    index: 18,
    headline: "201940 GMT Apr 03 eca105 4 i 60 Iraq-War/ Report: Saddam's son-in-law apprehended",
    byline: null,
    // "April 20, 2003, Sunday" + "19:53 Central European Time" (UTC+1).
    publishedAt: "2003-04-20T18:53:00.000Z",
    source: "Deutsche Presse-Agentur",
    language: "en",
    wordCount: 49,
    // The notice is directly followed, with no blank line, by the next marker.
    copyright: dpa,
    copyrights: [dpa],
    dateline: { place: "Washington", agency: null },
    paragraphs: 3,
    firstWords: "The son-in-law of Iraq's",
    lastWords: "youngest daughter. dpa vb",
  },
  {
    file: TEST,
    index: 19,
    headline: "Bush calls on U.N. to lift sanctions, E.U. presses for central U.N. role",
    slug: "LEADALL", // the block reads "LEADALL: Bush calls …", two lines; AmCAT drops it
    byline: null,
    publishedAt: "2003-04-17",
    source: "Deutsche Presse-Agentur",
    language: "en",
    section: "Politics",
    wordCount: 1122,
    copyright: dpa,
    copyrights: [dpa],
    dateline: { place: "Washington", agency: null },
    // The second block holds a line starting "LENGTH: 19.43 meters." — body text inside a
    // paragraph, not the LENGTH: field (that one, "1122 words", comes after the body).
    paragraphs: 2,
    firstWords: "U.S. President George W.",
    lastWords: "multibarrel gun. RANGE: 5,500 km.",
  },
  {
    file: TEST,
    index: 20,
    // TITRE: field, five lines joined (AmCAT keeps the whole value, `;` included).
    headline:
      "Pour l'heure, la guerre en Irak affecte peu les compétitions sportives; Le conflit a entraîné relativement peu d'annulations d'épreuves. La Coupe des confédérations qu'organise la France est maintenue: les Etats-Unis et la Turquie, qui s'affronteront le 19 juin à Saint-Etienne, ont confirmé leur participation",
    // SIGNATURE: — the French export's author field (not in the README's list); AmCAT keeps it
    // as "signature", with no author.
    byline: "Gérard Davet, Fréderic Potet, Olivier Zilbertin (avec P. G à New York)",
    publishedAt: "2003-03-27",
    source: "Le Monde", // after a centered "Copyright 2003 Le Monde"
    language: "fr", // LANGUE: FRENCH; FRANCAISE
    section: "Sports", // SECTION:, in English in a French export
    wordCount: 876,
    copyright: "Copyright 2003 Le Monde",
    copyrights: ["Copyright 2003 Le Monde"],
    // CHAPEAU: (its value, the lead, in the next block) and ARTICLE: (two blocks) are empty
    // label lines opening parts of the body: lead + 2 = 3. AmCAT also keeps "ARTICLE:".
    paragraphs: 3,
    firstWords: "Les compétitions sportives sont",
    lastWords: "en matière de sécurit é.",
    amcat: { byline: null, paragraphs: 4 },
  },
  {
    file: TEST,
    index: 21,
    headline: 'Report on the Spring Meeting: "Innovations in Regulated Industries"',
    byline: "David Predmore", // NAME: By David Predmore (AmCAT: "By David Predmore")
    // Centered "Summer, 2008": a season, no date the layout's forms give. AmCAT: 2008-06-01.
    publishedAt: null,
    // One centered block: "Copyright © 2008 American Bar Association", then "ABA Section of
    // Public Utility, Communications and" / "Transportation Law" / "Infrastructure" — the
    // remaining lines joined. AmCAT: "American Bar Association".
    source: "ABA Section of Public Utility, Communications and Transportation Law Infrastructure",
    language: null,
    wordCount: null,
    copyright: "Copyright © 2008 American Bar Association",
    copyrights: ["Copyright © 2008 American Bar Association"],
    // BIO: is a field; TEXT: opens the body.
    paragraphs: 1,
    firstWords: "During an election year",
    lastWords: "private industry and regulatory experts.",
    amcat: { source: "American Bar Association", publishedAt: "2008-06-01" },
  },
  {
    file: TEST,
    index: 22,
    // HEADLINE: field, two lines, cut at `;` as AmCAT cuts it: `Euronext & Beurzen Europa`
    // is the standfirst.
    headline: "Technologie en olie geven koersen zetje",
    byline: null,
    publishedAt: "2008-12-31", // "December 31, 2008" / "woensdag"
    source: "de Volkskrant",
    language: "nl",
    section: "ECONOMIE; Blz. 9",
    wordCount: 353,
    copyright: "Copyright 2008 PCM Uitgevers B.V. All Rights Reserved",
    // "Copyright 2002 De Telegraaf" stands after LOAD-DATE, above the next marker: by the split
    // it ends this document (the README reads it as the next one's "copyright line before the
    // publication").
    copyrights: [
      "Copyright 2008 PCM Uitgevers B.V. All Rights Reserved",
      "Copyright 2002 De Telegraaf",
    ],
    // BODY: opens 7 blocks. AmCAT's text also ends with "LANGUAGE: DUTCH; NEDERLANDS".
    paragraphs: 7,
    firstWords: "STEMMING De Europese beurzen",
    lastWords: "dit jaar ruim 40 procent.",
    amcat: { paragraphs: 8 },
  },
  {
    file: TEST,
    index: 23,
    headline: "Russen willen 'Big Brother' terug op tv",
    // An unlabelled flush-left line between the headline and LENGTH:; AmCAT reads it as the
    // byline (" VAN ONZE CORRESPONDENT").
    byline: "VAN ONZE CORRESPONDENT",
    publishedAt: "2002-01-29",
    source: "De Telegraaf",
    language: "nl", // LANGUAGE: Dutch / Nederlands
    wordCount: 277,
    copyright: null, // see index 22
    copyrights: [],
    // "Van onze correspondent" and "MOSKOU, dinsdag" are blocks of their own, counted.
    paragraphs: 6,
    firstWords: "Van onze correspondent",
    lastWords: "een reele kijker is.",
  },
  {
    file: TEST,
    index: 24,
    // The marker "12 of 169 DOCUMENTS" is flush left, and so is everything after it: the
    // publication, a hard-wrapped URL, the date, the headline, "184 words".
    headline: "'Plofkip moet ook uit restaurants'",
    quoted: true,
    byline: null,
    publishedAt: "2016-04-03", // "3 april 2016 zondag"
    source: "Ad / Algemeen Dagblad",
    language: null,
    wordCount: 184, // an unlabelled "184 words" line
    copyright: null,
    copyrights: [],
    originalUrl:
      "http://www.ad.nl/ad/nl/5597/Economie/article/detail/4274851/2016/04/03/Plofkip-moet-ook-uit-restaurants.dhtml",
    paragraphs: 1,
    firstWords: "Bewaar lees artikel Wakker",
    lastWords: "de menukaart in de...",
  },
  {
    file: TEST,
    index: 25,
    headline: "Het stoplicht omarmd",
    byline: "NICOLE BESSELINK",
    publishedAt: "2015-05-01", // "1 mei 2015 vrijdag"
    source: "Trouw",
    language: "nl",
    section: "De Verdieping",
    wordCount: 2013,
    copyright: "Copyright 2015 De Persgroep Nederland BV All Rights Reserved",
    copyrights: ["Copyright 2015 De Persgroep Nederland BV All Rights Reserved"],
    // BODY: opens 3 blocks; then VIEW ORIGINAL PAGE:, GRAPHIC:, LANGUAGE:, … (AmCAT's text
    // keeps those three).
    paragraphs: 3,
    firstWords: "interview| Dertig jaar oud",
    lastWords: "kennelijk nog niet is afgelopen",
    amcat: { paragraphs: 6 },
  },
  {
    file: TEST,
    index: 26,
    headline: "Debat: På kro med racisme på værelset",
    byline: "Medhat Khattab Speciallæge",
    publishedAt: "2010-01-06", // "Onsdag 6. Januar 2010" (Danish)
    source: "Politiken & Politiken Weekly",
    language: "da", // LANGUAGE: DANISH; DANSK
    wordCount: 850,
    copyright: null,
    copyrights: [],
    // The first block opens "OFFERROLLER: " — an upper-case word and a colon, but body text.
    paragraphs: 3,
    firstWords: "OFFERROLLER: Jeg har lært",
    lastWords: "de gode luksusværelser.",
  },

  // LexisNexisTools-sample.TXT: BOM, CRLF; an English request header (Download Request, Send
  // To, Terms, Source, Combined Source, Project ID), then 10 markers. Placeholder bodies.
  {
    file: SAMPLE,
    index: 0,
    headline: "Lorem ipsum dolor sit amet",
    byline: "Andrew Sparrow",
    publishedAt: "2010-01-11",
    source: "Guardian.com",
    language: "en",
    section: null,
    wordCount: 355,
    copyright: guardian,
    copyrights: [guardian],
    paragraphs: 5,
    firstWords: "Lorem ipsum dolor sit",
    lastWords: "metus neque, ut varius.",
  },
  {
    file: SAMPLE,
    index: 1,
    headline: "Lorem ipsum dolor sit amet",
    byline: "Simon Tisdall",
    publishedAt: "2010-01-11",
    source: "Guardian",
    language: "en",
    section: null,
    wordCount: 927,
    copyright: guardian,
    copyrights: [guardian],
    paragraphs: 12,
    firstWords: "Lorem ipsum dolor sit",
    lastWords: "mauris egestas, rhoncus tortor",
  },
  {
    file: SAMPLE,
    index: 2,
    headline: "Lorem ipsum dolor sit amet",
    byline: "TREVOR Kavanagh",
    publishedAt: "2010-01-11", // then centered "Edition 1;" and "Scotland"
    source: "The Sun (England)",
    language: "en",
    section: "FEATURES; Pg. 6",
    wordCount: 677,
    copyright: "Copyright 2010 NEWS GROUP NEWSPAPERS LTD All Rights Reserved",
    copyrights: ["Copyright 2010 NEWS GROUP NEWSPAPERS LTD All Rights Reserved"],
    paragraphs: 8,
    firstWords: "Lorem ipsum dolor sit",
    lastWords: "est vehicula sodales.",
  },
  {
    file: SAMPLE,
    index: 3,
    headline: "Lorem ipsum dolor sit amet, consectetur adipiscing elit",
    byline: "Tom Coghlan",
    publishedAt: "2010-01-11", // then "Edition 1;" and "Ireland"
    source: "The Times (London)",
    language: "en",
    section: "NEWS; Pg. 3",
    wordCount: 453,
    copyright: times,
    copyrights: [times],
    paragraphs: 6, // GRAPHIC: (3 lines) after LANGUAGE: is a field
    firstWords: "Lorem ipsum dolor sit",
    lastWords: "purus sed urna lacinia.",
  },
  {
    file: SAMPLE,
    index: 4,
    // Three flush-left lines, trailing spaces dropped, joined.
    headline:
      "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Etiam lacinia elementum sapien?; eget aliquet ex finibus ut.",
    byline: "William Rees-Mogg",
    publishedAt: "2010-01-11", // then "Edition 1;" and "National Edition"
    source: "The Times (London)",
    language: "en",
    section: "EDITORIAL; Pg. 24",
    wordCount: 918,
    copyright: times,
    copyrights: [times],
    paragraphs: 12,
    firstWords: "Lorem ipsum dolor sit",
    lastWords: "Duis eleifend ipsum vehicula.",
  },
  {
    file: SAMPLE,
    index: 5,
    headline:
      "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Etiam lacinia elementum sapien, eget aliquet",
    byline: "Tom Coghlan",
    publishedAt: "2010-01-11", // then "Edition 2;" and "National Edition"
    source: "The Times (London)",
    language: "en",
    section: "NEWS; Pg. 8",
    wordCount: 471,
    copyright: times,
    copyrights: [times],
    // The last block is a photo caption, counted.
    paragraphs: 7,
    firstWords: "Lorem ipsum dolor sit",
    lastWords: "stable: photographer Philip Coburn",
  },
  {
    file: SAMPLE,
    index: 6,
    headline: "ranch noble ash voice declaration",
    byline: "Allegra Stratton",
    publishedAt: "2010-01-08", // "January 8, 2010", no weekday
    source: "Guardian",
    language: "en",
    section: null,
    wordCount: 607,
    copyright: guardian,
    copyrights: [guardian],
    paragraphs: 6,
    firstWords: "Afford ranch noble ash",
    lastWords: "commerce material refrigerator.",
  },
  {
    file: SAMPLE,
    index: 7,
    headline: "PRISONER OF HIS OWN CABINET",
    byline: "STEPHEN POLLARD", // BYLINE: BY STEPHEN POLLARD
    publishedAt: "2010-01-10",
    source: "MAIL ON SUNDAY (London)",
    language: "en",
    section: null,
    wordCount: 698,
    copyright: "Copyright 2010 Associated Newspapers Ltd. All Rights Reserved",
    copyrights: ["Copyright 2010 Associated Newspapers Ltd. All Rights Reserved"],
    paragraphs: 10,
    firstWords: "In publishing and graphic",
    lastWords: "pains to avoid worse.",
  },
  {
    file: SAMPLE,
    index: 8,
    headline: "R (programming language) on Wikipedia",
    byline: "Ross Ihaka and Robert Gentleman",
    publishedAt: "2010-01-10", // then "3 Star Edition"
    source: "Sunday Mirror",
    language: "en",
    section: "NEWS; Pg. 6",
    wordCount: 446,
    copyright: "Copyright 2010 MGN Ltd. All Rights Reserved",
    copyrights: ["Copyright 2010 MGN Ltd. All Rights Reserved"],
    paragraphs: 7, // GRAPHIC: after LANGUAGE: is a field
    firstWords: "R is a programming",
    lastWords: "and in hard copy.",
  },
  {
    file: SAMPLE,
    index: 9,
    headline: "Wikipedia",
    byline: null,
    publishedAt: "2010-01-09",
    source: "DAILY MAIL (London)",
    language: "en",
    section: null,
    wordCount: 2968, // LENGTH: 2,968 words
    copyright: null, // the export ends with PUBLICATION-TYPE:
    copyrights: [],
    paragraphs: 49, // the year blocks ("2011") count
    firstWords: "Wikipedia is a multilingual,",
    lastWords: "in all languages across Turkey.",
  },
];

/** Per file: documents after the split, and the request headers (cover pages) that are not documents. */
export const files = [
  { file: TEST, documents: 27, coverPages: 1 },
  { file: SAMPLE, documents: 10, coverPages: 1 },
];

export const counts = { files: 2, documents: 37, coverPages: 2 };

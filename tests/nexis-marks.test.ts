import { describe, expect, it } from "vitest";
import { continuesNotice, isCopyrightText, isMarkerText } from "../src/dialects/nexis-marks.js";

describe("nexis marks", () => {
  it("reads a document marker whatever its case, and nothing that only opens like one", () => {
    expect(isMarkerText("1 of 10 DOCUMENTS")).toBe(true);
    expect(isMarkerText("3 OF 3 documents")).toBe(true);
    expect(isMarkerText("Dokument 2 von 5")).toBe(true);
    expect(isMarkerText("FOCUS - 4 of 12 DOCUMENTS")).toBe(true);
    expect(isMarkerText("1 of 10 DOCUMENTS.")).toBe(false);
    expect(isMarkerText("Dokument 2 von 5a")).toBe(false);
    expect(isMarkerText("Document 2 of 5")).toBe(false);
    expect(isMarkerText("Dokument 2 von")).toBe(false);
  });

  it("finds a notice at the start of a long line, and no word run on into letters", () => {
    const long = ` ${"word ".repeat(80)}`;
    expect(isCopyrightText(`Copyright 2009 The Guardian${long}`)).toBe(true);
    expect(isCopyrightText(`COPYRIGHT${long}`)).toBe(true);
    expect(isCopyrightText(`© 2011 Axel Springer AG${long}`)).toBe(true);
    expect(isCopyrightText(`Copyrighted works${long}`)).toBe(false);
    expect(isCopyrightText(`The copyright holder${long}`)).toBe(false);
    // `İ` folds to two code units: the word after it is still not at the start.
    expect(isCopyrightText(`İCopyright${long}`)).toBe(false);
    expect(continuesNotice("Copyright 2010 Guardian News", `all rights reserved${long}`)).toBe(
      true,
    );
    expect(continuesNotice("Copyright 2010 Guardian News", `Reservations${long}`)).toBe(false);
  });
});

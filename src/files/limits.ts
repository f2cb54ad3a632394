// How much an export file may hold, so that a hostile or broken file costs
// bounded time and memory: a ZIP entry that inflates past its bound (a ZIP
// bomb) or markup nested deeper than any export nests is refused, not read.

/**
 * The bounds a file is read within. The defaults are far above any real
 * export (the largest Nexis Uni DOCX of 100 documents holds about 3 MB of
 * XML; exports nest their markup a few dozen elements deep).
 */
export interface ReadLimits {
  /** Bytes an entry of a ZIP may inflate to (`word/document.xml`). */
  maxInflatedBytes: number;
  /** How deep elements may nest in HTML or XML, and groups in RTF. */
  maxDepth: number;
}

export const defaultLimits: ReadLimits = {
  maxInflatedBytes: 64 * 1024 * 1024,
  maxDepth: 512,
};

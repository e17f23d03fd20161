/**
 * Limits on one PDF file, so that no file can take the bot down (issue 14): a file over a limit is
 * refused with a clear reason, never read until memory runs out. Real annual reports are 3–30 pages,
 * a few hundred kilobytes to a few megabytes, a few thousand text items and a few hundred table cells.
 */
export interface PdfLimits {
  /** Bytes per file. A report with photos stays well under it; a bomb does not get parsed at all. */
  maxBytes: number;
  /** Pages per file, checked before any page is read (an 8 MB file can declare 50,000 pages). */
  maxPages: number;
  /** Text items per page: the line grouping is quadratic in the worst case. */
  maxItemsPerPage: number;
  /** Text items in the whole file. */
  maxItems: number;
  /** Painted path segments per page kept for table borders (beyond this the page is read as text only). */
  maxRulingsPerPage: number;
  /** Table cells in the whole file. */
  maxCells: number;
  /** Time to read one file, in ms, checked between pages and while a page is read. */
  timeoutMs: number;
}

export const PDF_LIMITS: PdfLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxPages: 300,
  maxItemsPerPage: 20_000,
  maxItems: 300_000,
  maxRulingsPerPage: 20_000,
  maxCells: 50_000,
  timeoutMs: 60_000,
};

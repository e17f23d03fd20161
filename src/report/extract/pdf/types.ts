import type { GridTable } from './grid.js';
import type { Ruling } from './rulings.js';

/** Types shared by the stages of the PDF extractor. */


/** One text item in top-down page coordinates (y = baseline, growing downwards). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
  /** Straight lines the page paints (table borders), when the page was read for them. */
  rulings?: Ruling[];
}

export interface Seg {
  text: string;
  x0: number;
  x1: number;
  /** Baseline in stitched document coordinates. */
  y: number;
  size: number;
  /** Index of its line in the document (set when pages are stitched). */
  line: number;
  /**
   * The pieces it was joined from where a visible break (a space item or a small gap) separated
   * them: in a tight table (a web page printed by a browser) two cells can sit that close.
   */
  parts?: Part[];
}

export interface Part {
  text: string;
  x0: number;
  x1: number;
}

export interface Line {
  segs: Seg[];
  y: number;
  size: number;
  x0: number;
  x1: number;
  page: number;
  /** The largest gap between two consecutive parts, in em. */
  maxGap: number;
  /**
   * Visible gaps (≥ 0.25 em) between two CJK characters: running Chinese text has none, a row of
   * narrow cells printed close together ("结果维 结果纠 其他结 …") has one per cell.
   */
  cjkGaps: number;
  /** A ruled table standing in the flow at this place (no segments of its own). */
  grid?: GridTable;
}

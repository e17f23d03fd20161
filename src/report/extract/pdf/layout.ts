/**
 * Stages together: pages → ruled tables and lines → table regions → tables, headings and paragraphs.
 * A ruled table (./grid.ts) stands in the flow of lines as one pseudo-line; a ruled table that goes
 * on at the top of the next page with the same columns is one table.
 */
import type { Block } from '../../types.js';
import { cellBudget, gridTables, type CellBudget, type GridTable } from './grid.js';
import { PDF_LIMITS } from './limits.js';
import { dropFurniture, lineText, pageLines, prepareItems } from './lines.js';
import { textBlocks } from './paragraphs.js';
import { findTables } from './regions.js';
import { buildTable } from './tables.js';
import { NUMBERED, isNum, median, mode, quantile, tightenDigits } from './text.js';
import type { Line, PdfPage } from './types.js';

/** Gap left between the last line of a page and the first of the next when pages are stitched, in em. */
const PAGE_JOIN_GAP = 1.3;
/** Column borders of two parts of one table split by a page break agree within this (points). */
const SAME_COLUMNS = 3;

/** A page's ruled tables, and its lines without their text; each table as a pseudo-line. */
function pageFlow(page: PdfPage, pageNo: number, budget: CellBudget): Line[] {
  const items = prepareItems(page.items);
  const grids = page.rulings?.length ? gridTables(page.rulings, items, budget) : [];
  const rest = grids.length ? items.filter((it) => !grids.some((g) => g.items.has(it))) : items;
  const lines = pageLines({ ...page, items: rest }, pageNo);
  for (const g of grids) {
    const sizes = [...g.items].map((it) => it.size);
    lines.push({ segs: [], y: g.top, size: median(sizes), x0: g.x0, x1: g.x1, page: pageNo, maxGap: 0, cjkGaps: 0, grid: g });
  }
  return lines.sort((p, q) => p.y - q.y);
}

const bottomOf = (l: Line) => (l.grid ? l.grid.bottom : l.y);

/** Whether `next` (first thing on its page) continues `prev` (last thing on the page before). */
function continues(prev: GridTable, next: GridTable): boolean {
  return prev.xs.length === next.xs.length && prev.xs.every((x, i) => Math.abs(x - next.xs[i]!) <= SAME_COLUMNS);
}

/**
 * Rows of a table part that goes on from the previous page. A label cut by the page break (a merged
 * cell "（四）无" | "法提供") is joined back: a label cell of the first row that starts no numbered item
 * goes to the end of the label above it when that one starts a numbered item.
 */
function appendPart(rows: string[][], prev: GridTable, next: GridTable): void {
  const first = next.rows[0];
  let start = 0;
  // a header row repeated on the new page
  if (first && rows[0] && first.join('|') === rows[0].join('|')) start = 1;
  const row = next.rows[start];
  if (row && start === 0) {
    let joined = false;
    row.forEach((t, c) => {
      if (!t || isNum(t) || NUMBERED.test(t)) return;
      for (let r = rows.length - 1; r >= 0; r--) {
        const above = rows[r]![c]!;
        if (!above) continue;
        if (NUMBERED.test(above) && !isNum(above)) {
          rows[r]![c] = above + t;
          row[c] = '';
          joined = true;
        }
        break;
      }
    });
    if (joined && row.every((t) => !t)) start++;
  }
  void prev;
  rows.push(...next.rows.slice(start));
}

/** Lay out the pages of a PDF as blocks (pure; exported for tests). */
export function layoutPages(pdfPages: PdfPage[], maxCells: number = PDF_LIMITS.maxCells): Block[] {
  const budget = cellBudget(maxCells); // ruled-table cells of the whole file
  const perPage = dropFurniture(
    pdfPages.map((p, i) => pageFlow(p, i, budget)),
    pdfPages,
  );
  // stitch pages into one vertical coordinate
  const all: Line[] = [];
  let offset = 0;
  let prevBottom: number | null = null;
  for (const lines of perPage) {
    if (!lines.length) continue;
    const top = lines[0]!.y;
    const shift: number = prevBottom === null ? 0 : prevBottom + PAGE_JOIN_GAP * lines[0]!.size - (top + offset);
    offset += shift;
    for (const l of lines) {
      const dy = offset;
      const line = all.length;
      all.push({ ...l, y: l.y + dy, segs: l.segs.map((s) => ({ ...s, y: s.y + dy, line })) });
    }
    prevBottom = Math.max(...lines.map(bottomOf)) + offset;
  }
  if (!all.length) return [];

  const pageWidth = Math.max(...pdfPages.map((p) => p.width));
  const text = all.filter((l) => !l.grid);
  const wide = text.filter((l) => l.x1 - l.x0 > 0.5 * pageWidth && l.maxGap < 1);
  const left = mode((wide.length ? wide : text.length ? text : all).map((l) => ({ v: l.x0, w: 1 })));
  const right = wide.length ? quantile(wide.map((l) => l.x1), 0.8) : Math.max(...all.map((l) => l.x1));
  // text-built table regions never hold a ruled table: they are split around one
  const regions = findTables(all, { left, right }).flatMap((r) => {
    const parts: { start: number; end: number }[] = [];
    let start = r.start;
    for (let k = r.start; k < r.end; k++) {
      if (!all[k]!.grid) continue;
      if (k > start) parts.push({ start, end: k });
      start = k + 1;
    }
    if (r.end > start) parts.push({ start, end: r.end });
    return parts;
  });
  const outside = all.filter((l, k) => !l.grid && !regions.some((r) => k >= r.start && k < r.end));
  const bodySize = mode((outside.length ? outside : all).map((l) => ({ v: l.size, w: lineText(l).length })));
  const inTable = new Set(regions.flatMap((r) => Array.from({ length: r.end - r.start }, (_, k) => r.start + k)));
  const headingSizes = [
    ...new Set(all.filter((l, k) => !l.grid && !inTable.has(k) && l.size >= 1.12 * bodySize).map((l) => Math.round(l.size * 2) / 2)),
  ].sort((p, q) => q - p);

  const blocks: Block[] = [];
  const textLines: Line[] = [];
  let lastGrid: { grid: GridTable; rows: string[][]; page: number } | null = null;
  const flushText = () => {
    const out = textBlocks(textLines, { bodySize, left, right, headingSizes });
    if (out.length) lastGrid = null;
    blocks.push(...out);
    textLines.length = 0;
  };
  const pushLine = (l: Line) => {
    if (!l.grid) {
      textLines.push(l);
      return;
    }
    flushText();
    const g = l.grid;
    if (lastGrid && l.page === lastGrid.page + 1 && continues(lastGrid.grid, g)) {
      appendPart(lastGrid.rows, lastGrid.grid, g);
      lastGrid = { grid: g, rows: lastGrid.rows, page: l.page };
      return;
    }
    const rows = g.rows.map((r) => [...r]);
    blocks.push({ kind: 'table', rows });
    lastGrid = { grid: g, rows, page: l.page };
  };
  let i = 0;
  for (const r of regions) {
    while (i < r.start) pushLine(all[i++]!);
    const rows = buildTable(all.slice(r.start, r.end).flatMap((l) => l.segs));
    if (rows.length >= 2 || (rows.length === 1 && rows[0]!.filter((c) => c).length >= 3)) {
      flushText();
      lastGrid = null;
      blocks.push({ kind: 'table', rows: rows.map((row) => row.map(tightenDigits)) });
    } else {
      for (let k = r.start; k < r.end; k++) textLines.push(all[k]!);
    }
    i = r.end;
  }
  while (i < all.length) pushLine(all[i++]!);
  flushText();
  return blocks;
}

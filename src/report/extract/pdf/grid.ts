/**
 * Stage 3a — ruled tables: where a page draws the borders of a table, the borders say where every
 * cell is, merged cells included. Text is then put into the cell its middle falls in, and a cell's
 * lines are joined in reading order. This settles what positioned text alone cannot: labels wrapped
 * over two or three lines with the numbers on the middle line, labels printed one character per
 * line, header cells wrapped or run together, and where one table ends and the next begins.
 *
 * Tables without borders (or with only some) are left to the text-based builder (./tables.ts).
 */
import type { Ruling } from './rulings.js';
import { CJK, joinText, tightenDigits } from './text.js';
import type { PdfItem } from './types.js';

/** Borders closer than this (points) are one border: Word draws the shared border of two cells twice. */
export const SNAP = 2;
/** A border reaches a point if it ends no further than this from it (line caps, rounding). */
export const REACH = 2.5;
/** Collinear pieces of one border with a gap up to this are one border. */
const JOIN_GAP = 2;
/** Narrower empty columns are slivers between borders that do not line up (points; a digit is ~5). */
const MIN_COLUMN = 8;
/** Text items on a cell line within this share of the font size of each other's baseline are one line. */
const SAME_LINE = 0.5;
/** Where the middle of a text item is, above its baseline, in font sizes. */
const MID_ABOVE_BASELINE = 0.35;
/** A gap between two items of a cell line wider than this share of the font size is a space. */
const SPACE_GAP = 0.25;

export interface GridTable {
  /** Cells, row by row; a merged cell's text is in its top-left position, the rest of it is ''. */
  rows: string[][];
  /** Column borders kept (x), one more than the columns. */
  xs: number[];
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  /** Per column: whether the cell of the last row belongs to a cell merged from above (it continues on the next page). */
  openBelow: boolean[];
  /** The items used (so the page's other text can be laid out without them). */
  items: Set<PdfItem>;
}

/**
 * Thrown when the ruled tables of a file would have more cells than its budget (limits.ts: maxCells):
 * a page of 10,000 borders each way would otherwise allocate 10⁸ cells before any text is placed.
 */
export class TooManyCells extends Error {
  constructor(readonly cells: number, readonly limit: number) {
    super(`ruled tables: ${cells} cells over the limit of ${limit}`);
    this.name = 'TooManyCells';
  }
}

/** Cells the ruled tables of one file may still have (shared by its pages). */
export interface CellBudget {
  left: number;
  readonly limit: number;
}

export function cellBudget(limit: number): CellBudget {
  return { left: limit, limit };
}

function cluster(values: number[], tol: number): number[] {
  const s = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of s) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= tol) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
}

/** Merge collinear overlapping pieces of borders. */
function mergeRulings(rs: Ruling[]): Ruling[] {
  const out: Ruling[] = [];
  for (const dir of ['h', 'v'] as const) {
    const ats = cluster(rs.filter((r) => r.dir === dir).map((r) => r.at), SNAP);
    for (const at of ats) {
      const pieces = rs.filter((r) => r.dir === dir && Math.abs(r.at - at) <= SNAP).sort((a, b) => a.from - b.from);
      let cur: Ruling | null = null;
      for (const p of pieces) {
        if (cur && p.from <= cur.to + JOIN_GAP) cur.to = Math.max(cur.to, p.to);
        else {
          if (cur) out.push(cur);
          cur = { dir, at, from: p.from, to: p.to };
        }
      }
      if (cur) out.push(cur);
    }
  }
  return out;
}

/** Groups of borders that touch each other: one group per table. */
function components(rs: Ruling[]): Ruling[][] {
  const parent = rs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const hs = rs.map((r, i) => [r, i] as const).filter(([r]) => r.dir === 'h');
  const vs = rs.map((r, i) => [r, i] as const).filter(([r]) => r.dir === 'v');
  for (const [h, i] of hs) {
    for (const [v, j] of vs) {
      if (v.at >= h.from - REACH && v.at <= h.to + REACH && h.at >= v.from - REACH && h.at <= v.to + REACH) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Ruling[]>();
  rs.forEach((r, i) => {
    const k = find(i);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  });
  return [...groups.values()];
}

/** Text of a cell: its items in lines by baseline, lines top to bottom; spaces only where they separate Latin text. */
function cellText(items: PdfItem[]): string {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PdfItem[][] = [];
  for (const it of sorted) {
    const line = lines.find((l) => Math.abs(l[0]!.y - it.y) <= SAME_LINE * Math.min(l[0]!.size, it.size));
    if (line) line.push(it);
    else lines.push([it]);
  }
  let text = '';
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    let s = '';
    let lastX1: number | null = null;
    for (const it of line) {
      const space = lastX1 !== null && it.x - lastX1 > SPACE_GAP * it.size;
      s = joinText(s, it.str, space);
      lastX1 = it.x + it.w;
    }
    text = joinText(text, s.trim(), false);
  }
  const cjk = CJK.source;
  return tightenDigits(
    text
      .replace(/\s+/g, ' ')
      .replace(new RegExp(`(${cjk})\\s+(?=${cjk})`, 'g'), '$1')
      .trim(),
  );
}

/**
 * The ruled tables of one page. `items` are the page's text items (fixed and split into cells);
 * returns the tables found, top to bottom. Throws TooManyCells when the grids exceed `budget`.
 */
export function gridTables(rulings: Ruling[], items: PdfItem[], budget: CellBudget = cellBudget(Infinity)): GridTable[] {
  const out: GridTable[] = [];
  for (const group of components(mergeRulings(rulings))) {
    const hs = group.filter((r) => r.dir === 'h');
    const vs = group.filter((r) => r.dir === 'v');
    if (!hs.length || !vs.length) continue;
    // a row cut by a page break may have no border on the cut side (LibreOffice): the ends of the
    // column borders close it
    const hx0 = Math.min(...hs.map((r) => r.from));
    const hx1 = Math.max(...hs.map((r) => r.to));
    const vTop = Math.min(...vs.map((r) => r.from));
    const vBottom = Math.max(...vs.map((r) => r.to));
    if (vTop < Math.min(...hs.map((r) => r.at)) - 2 * REACH) hs.push({ dir: 'h', at: vTop, from: hx0, to: hx1 });
    if (vBottom > Math.max(...hs.map((r) => r.at)) + 2 * REACH) hs.push({ dir: 'h', at: vBottom, from: hx0, to: hx1 });
    const ys = cluster(hs.map((r) => r.at), SNAP);
    let xs = cluster(vs.map((r) => r.at), SNAP);
    if (ys.length < 2 || xs.length < 3) continue; // a box or a rule, not a table of cells
    const R = ys.length - 1;
    let C = xs.length - 1;
    budget.left -= R * C; // counted before the grid is allocated
    if (budget.left < 0) throw new TooManyCells(budget.limit - budget.left, budget.limit);
    const hasV = (x: number, y: number) => vs.some((v) => Math.abs(v.at - x) <= SNAP && v.from - REACH <= y && y <= v.to + REACH);
    const hasH = (y: number, x: number) => hs.some((h) => Math.abs(h.at - y) <= SNAP && h.from - REACH <= x && x <= h.to + REACH);

    // cells: grow right while no border separates, then down while no border separates
    type Cell = { r: number; c: number; rs: number; cs: number; items: PdfItem[] };
    const owner: (Cell | null)[][] = Array.from({ length: R }, () => Array<Cell | null>(C).fill(null));
    const cells: Cell[] = [];
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < C; c++) {
        if (owner[r]![c]) continue;
        const ym = (ys[r]! + ys[r + 1]!) / 2;
        let cs = 1;
        while (c + cs < C && !owner[r]![c + cs] && !hasV(xs[c + cs]!, ym)) cs++;
        let rs = 1;
        const below = (rr: number) => {
          for (let k = c; k < c + cs; k++) if (owner[rr]![k] || hasH(ys[rr]!, (xs[k]! + xs[k + 1]!) / 2)) return false;
          return true;
        };
        while (r + rs < R && below(r + rs)) rs++;
        const cell: Cell = { r, c, rs, cs, items: [] };
        cells.push(cell);
        for (let rr = r; rr < r + rs; rr++) for (let k = c; k < c + cs; k++) owner[rr]![k] = cell;
      }
    }
    // text into cells by its middle
    const top = ys[0]!;
    const bottom = ys[R]!;
    const x0 = xs[0]!;
    const x1 = xs[C]!;
    const used = new Set<PdfItem>();
    for (const it of items) {
      const mx = it.x + it.w / 2;
      const my = it.y - MID_ABOVE_BASELINE * it.size;
      if (mx < x0 || mx > x1 || my < top || my > bottom) continue;
      const r = ys.findIndex((y, i) => i < R && my >= y && my <= ys[i + 1]!);
      const c = xs.findIndex((x, i) => i < C && mx >= x && mx <= xs[i + 1]!);
      if (r < 0 || c < 0) continue;
      owner[r]![c]!.items.push(it);
      used.add(it);
    }
    if (!used.size) continue;
    let rows = Array.from({ length: R }, () => Array<string>(C).fill(''));
    for (const cell of cells) rows[cell.r]![cell.c] = cellText(cell.items);
    // narrow columns in which no cell with text starts are slivers between borders that do not
    // line up from one row to the next (a wider empty column is a column: its text may be on another page)
    const keep = Array.from(
      { length: C },
      (_, c) => xs[c + 1]! - xs[c]! >= MIN_COLUMN || cells.some((cell) => cell.c === c && rows[cell.r]![c] !== ''),
    );
    const openBelow = Array.from({ length: C }, (_, c) => {
      const cell = owner[R - 1]![c]!;
      return cell.r < R - 1 && cell.c === c;
    });
    rows = rows.map((row) => row.filter((_, c) => keep[c]));
    xs = [...xs.filter((_, c) => c < C && keep[c]), x1];
    C = xs.length - 1;
    out.push({
      rows: rows.filter((row) => row.some((t) => t)),
      xs,
      top,
      bottom,
      x0,
      x1,
      openBelow: openBelow.filter((_, c) => keep[c]),
      items: used,
    });
  }
  return out.sort((a, b) => a.top - b.top);
}

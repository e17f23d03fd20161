/** Stage 4 — tables rebuilt from positioned text around their numbers (tables without ruled borders). */
import { FIRST_ITEM, NUMBERED, isNum, joinText, median } from './text.js';
import type { Part, Seg } from './types.js';


interface Blk {
  segs: Seg[];
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
}

function blockOf(segs: Seg[]): Blk {
  let text = '';
  for (const s of segs) text = joinText(text, s.text, false);
  return {
    segs,
    text: text.replace(/\s+/g, ' ').trim(),
    x0: Math.min(...segs.map((s) => s.x0)),
    x1: Math.max(...segs.map((s) => s.x1)),
    top: segs[0]!.y,
    bottom: segs[segs.length - 1]!.y,
    size: median(segs.map((s) => s.size)),
  };
}

export const center = (b: { x0: number; x1: number }) => (b.x0 + b.x1) / 2;

interface MergeRules {
  /** Kind of a line: with numbers, header (text over the numbers, no numbers), or label text only. */
  kind: (line: number) => 'data' | 'header' | 'label';
  /** All segments of a line (to see whether a line below is one cell or several). */
  lineSegs: (line: number) => Seg[];
  /** Whether an upper line fills its cell (else the text below it is another cell). */
  full?: (s: Seg) => boolean;
}

/**
 * Merge segments into cell blocks. A segment continues the block right above it when:
 * it is one line pitch below; aligned with it (left edges or centres); does not start a numbered
 * item; is not wider than the line above (a wrapped line never is, give or take a character); is
 * the only part of its line under the line above (else the upper text heads several columns); the
 * two lines are not a header line and a data line; and the line above fills its cell.
 */
function mergeBlocks(segs: Seg[], rules: MergeRules): Blk[] {
  const sorted = [...segs].sort((p, q) => p.y - q.y || p.x0 - q.x0);
  const open: Seg[][] = [];
  for (const s of sorted) {
    const em = s.size;
    let best: Seg[] | null = null;
    let bestD = Infinity;
    for (const b of open) {
      const u = b[b.length - 1]!;
      const dy = s.y - u.y;
      if (dy <= 0.5 * em || dy > 1.6 * em) continue;
      const overlap = Math.min(u.x1, s.x1) - Math.max(u.x0, s.x0);
      const aligned = Math.abs(s.x0 - u.x0) <= 1.0 * em || Math.abs(center(s) - center(u)) <= 1.0 * em;
      if (overlap <= 0 || !aligned) continue;
      if (NUMBERED.test(s.text)) continue;
      if (s.x1 - s.x0 > u.x1 - u.x0 + 1.2 * em) continue;
      const under = rules.lineSegs(s.line).filter((t) => Math.min(u.x1, t.x1) - Math.max(u.x0, t.x0) > 0.3 * em);
      if (under.length > 1) continue;
      const k1 = rules.kind(u.line);
      const k2 = rules.kind(s.line);
      if ((k1 === 'data' && k2 === 'header') || (k1 === 'header' && k2 === 'data')) continue;
      // a label line over a header line (or the other way round) is one cell only if it fills it
      if (rules.full && k1 !== k2 && (k1 === 'header' || k2 === 'header') && !rules.full(u)) continue;
      if (rules.full && k1 === 'label' && k2 === 'data' && !rules.full(u)) continue;
      if (dy < bestD) [best, bestD] = [b, dy];
    }
    if (best) best.push(s);
    else open.push([s]);
  }
  return open.map(blockOf).sort((p, q) => p.top - q.top || p.x0 - q.x0);
}

/** Cluster x ranges that overlap into columns. */
function clusterRanges(ranges: { x0: number; x1: number }[], slack: number): { x0: number; x1: number }[] {
  const sorted = [...ranges].sort((p, q) => p.x0 - q.x0);
  const out: { x0: number; x1: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.x0 <= last.x1 + slack) last.x1 = Math.max(last.x1, r.x1);
    else out.push({ x0: r.x0, x1: r.x1 });
  }
  return out;
}

/** Rebuild one table from the segments of its region. */
export function buildTable(input: Seg[]): string[][] {
  if (!input.length) return [];
  const em = median(input.map((s) => s.size));
  const tol = 0.4 * em;
  // a number that touches the label before it ("行政规范性文件 3" in a tight table) is a cell of its own
  let segs = input.flatMap(splitTrailingNumber);
  const numeric = segs.filter((s) => isNum(s.text));
  const cols = clusterRanges(numeric.map((s) => ({ x0: s.x0, x1: s.x1 })), 0.05 * em);
  // header cells that touch ("本年制发件数本年废止件数现行有效件数"): split where they stand over
  // different numeric columns
  segs = segs.flatMap((s) => splitOverColumns(s, cols, em));

  // data rows ("anchors"): baselines of numbers
  const anchors: number[] = [];
  for (const s of [...numeric].sort((p, q) => p.y - q.y)) {
    const last = anchors[anchors.length - 1];
    if (last !== undefined && s.y - last <= tol) continue;
    anchors.push(s.y);
  }
  const anchorOf = (y: number, size: number) => anchors.findIndex((a) => Math.abs(a - y) <= 0.4 * size);
  const anchorsIn = (b: Blk) => anchors.map((a, i) => [a, i] as const).filter(([a]) => a >= b.top - tol && a <= b.bottom + tol).map(([, i]) => i);

  const byLine = new Map<number, Seg[]>();
  for (const s of segs) byLine.set(s.line, [...(byLine.get(s.line) ?? []), s]);
  const lineSegs = (line: number) => byLine.get(line) ?? [];

  if (!cols.length) return looseRows(mergeBlocks(segs, { kind: () => 'header', lineSegs }));

  // label area | numeric area
  const firstCol = cols[0]!;
  const onAnchor = segs.filter((s) => !isNum(s.text) && anchorOf(s.y, s.size) >= 0 && s.x1 <= firstCol.x0 + 0.1 * em);
  const labelRight = onAnchor.length ? Math.max(...onAnchor.map((s) => s.x1)) : firstCol.x0 - em;
  const boundary = Math.min((labelRight + firstCol.x0) / 2, firstCol.x0);
  const inLabel = (s: Seg) => !isNum(s.text) && center(s) < boundary;
  addHeaderColumns(cols, segs.filter((s) => !inLabel(s) && !isNum(s.text) && s.y < anchors[0]! - tol), em);
  const kind = (line: number): 'data' | 'header' | 'label' => {
    const ls = lineSegs(line);
    if (ls.some((t) => isNum(t.text))) return 'data';
    return ls.some((t) => !inLabel(t)) ? 'header' : 'label';
  };

  // label columns: left edges of the label text on data rows
  const anchoredSegs = segs.filter((t) => inLabel(t) && anchorOf(t.y, t.size) >= 0);
  const labelCols = labelColumns(anchoredSegs, (t) => anchorOf(t.y, t.size), em);
  const labelSegs = segs.filter(inLabel);
  if (!labelCols.length) labelCols.push(labelSegs.length ? Math.min(...labelSegs.map((t) => t.x0)) : 0);
  const L = labelCols.length;
  const N = cols.length;
  const colOfBlock = (b: { x0: number }) => columnOf(labelCols, b.x0, em);
  const colRight = (c: number) => (c < L - 1 ? labelCols[c + 1]! - 0.3 * em : boundary);
  // a wrapped line falls short of its cell's edge by the character that did not fit and the padding
  const merged = mergeBlocks(labelSegs, { kind, lineSegs, full: (u) => u.x1 >= colRight(colOfBlock(u)) - 2 * em });
  const otherBlocks = mergeBlocks(
    segs.filter((t) => !inLabel(t) && !isNum(t.text)),
    { kind, lineSegs },
  );
  // in the deepest label column a block never spans two data rows: split it where its lines sit
  // on two different rows (tight tables where a row is one line high)
  const labelBlocks: Blk[] = [];
  for (const b of merged) {
    if (colOfBlock(b) !== L - 1 || b.segs.length < 2) {
      labelBlocks.push(b);
      continue;
    }
    let part: Seg[] = [];
    let partAnchor = -1;
    for (const s of b.segs) {
      const a = anchorOf(s.y, s.size);
      if (part.length && a >= 0 && partAnchor >= 0 && a !== partAnchor) {
        labelBlocks.push(blockOf(part));
        part = [];
        partAnchor = -1;
      }
      part.push(s);
      if (a >= 0) partAnchor = a;
    }
    labelBlocks.push(blockOf(part));
  }

  // ---- data rows: label cells
  const cells: string[][] = anchors.map(() => Array<string>(L).fill(''));
  const free: Blk[] = [];
  const byCol: Blk[][] = Array.from({ length: L }, () => []);
  for (const b of labelBlocks) byCol[colOfBlock(b)]!.push(b);
  const put = (r: number, c: number, text: string) => {
    cells[r]![c] = cells[r]![c] ? `${cells[r]![c]} ${text}` : text;
  };
  for (let c = L - 1; c >= 0; c--) {
    const blocks = byCol[c]!;
    if (c === L - 1) {
      for (const b of blocks) {
        const hits = anchorsIn(b);
        if (!hits.length) {
          free.push(b);
          continue;
        }
        const mid = (b.top + b.bottom) / 2;
        const r = hits.reduce((p, q) => (Math.abs(anchors[q]! - mid) < Math.abs(anchors[p]! - mid) ? q : p));
        put(r, c, b.text);
      }
      continue;
    }
    // spans of rows for column c, delimited by the numbering of the deeper columns
    const deeper = (r: number) => cells[r]!.slice(c + 1).find((t) => t) ?? '';
    const spans: number[][] = [];
    for (let r = 0; r < anchors.length; r++) {
      const d = deeper(r);
      const cur = spans[spans.length - 1];
      const single = !d;
      if (!cur || single || FIRST_ITEM.test(d) || !deeper(cur[cur.length - 1]!) || gapBetween(anchors, r, em)) spans.push([r]);
      else cur.push(r);
    }
    const spanOfRow = new Map<number, number>();
    spans.forEach((s, k) => s.forEach((r) => spanOfRow.set(r, k)));
    const taken = new Set<number>();
    for (const b of blocks) {
      const hits = anchorsIn(b);
      let k: number | undefined;
      if (hits.length) {
        // the span holding most of the rows the block covers (first one on ties)
        const count = new Map<number, number>();
        for (const h of hits) count.set(spanOfRow.get(h)!, (count.get(spanOfRow.get(h)!) ?? 0) + 1);
        k = [...count.entries()].sort((p, q) => q[1] - p[1] || p[0] - q[0])[0]![0];
      } else {
        const mid = (b.top + b.bottom) / 2;
        k = spans.findIndex((s) => anchors[s[0]!]! - tol <= mid && mid <= anchors[s[s.length - 1]!]! + tol);
        if (k < 0) k = undefined;
      }
      if (k === undefined) {
        free.push(b);
        continue;
      }
      if (taken.has(k) && spans[k]!.length > 1) {
        // a second block in the same span: it starts a span of its own at its first row
        const first = hits.length ? Math.min(...hits) : spans[k]![0]!;
        put(first, c, b.text);
        continue;
      }
      taken.add(k);
      put(spans[k]![0]!, c, b.text);
    }
  }

  // ---- data rows: numeric cells
  const nums: string[][] = anchors.map(() => Array<string>(N).fill(''));
  const colOfX = (s: { x0: number; x1: number }) => {
    let best = 0;
    let bestScore = -Infinity;
    cols.forEach((c, i) => {
      const overlap = Math.min(c.x1, s.x1) - Math.max(c.x0, s.x0);
      const score = overlap > 0 ? overlap : -Math.abs(center(c) - center(s));
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    return best;
  };
  const rowValues: { seg: { text: string; x0: number; x1: number } }[][] = anchors.map(() => []);
  for (const s of numeric) {
    const r = anchorOf(s.y, s.size);
    if (r >= 0) rowValues[r]!.push({ seg: s });
  }
  // text blocks in the numeric area sitting on a data row: a "—" or "无" cell
  const header: Blk[] = [];
  for (const b of otherBlocks) {
    const hits = anchorsIn(b);
    if (hits.length === 1 && b.segs.length === 1 && b.text.length <= 3) rowValues[hits[0]!]!.push({ seg: b });
    else header.push(b);
  }

  // ---- rows without numbers (headers, sub-headers, item rows) and where they go
  const tableMid = (Math.min(...segs.map((t) => t.x0)) + Math.max(...segs.map((t) => t.x1))) / 2;
  const numericMid = (cols[0]!.x0 + cols[N - 1]!.x1) / 2;
  type Row = { y: number; cells: string[]; slots?: number[] };
  const rows: Row[] = [];
  const looseBlocks = [...free.map((b) => ({ b, label: true })), ...header.map((b) => ({ b, label: false }))].sort(
    (p, q) => p.b.top - q.b.top || p.b.x0 - q.b.x0,
  );
  for (const items of groupRows(looseBlocks, (x) => x.b)) {
    const g = { items };
    const row = Array<string>(L + N).fill('');
    const add = (i: number, t: string) => (row[i] = row[i] ? `${row[i]} ${t}` : t);
    const numericItems = g.items.filter((x) => !x.label).sort((p, q) => p.b.x0 - q.b.x0);
    let slots: number[] | undefined;
    if (g.items.length === 1) {
      const only = g.items[0]!;
      const c = center(only.b);
      if (only.label) add(colOfBlock(only.b), only.b.text);
      else if (Math.abs(c - tableMid) <= 2.5 * em) add(0, only.b.text); // centred over the table
      else if (Math.abs(c - numericMid) <= 2.5 * em) add(L, only.b.text); // centred over the numbers
      else if (only.b.x0 < boundary - em) add(0, only.b.text);
      else add(L + colOfX({ x0: only.b.x0, x1: only.b.x0 + 0.5 * em }), only.b.text); // left-aligned
    }
    else {
      for (const x of g.items.filter((y) => y.label)) add(colOfBlock(x.b), x.b.text);
      const midTable = anchors.length > 0 && Math.min(...g.items.map((x) => x.b.top)) > anchors[0]!;
      if (midTable && numericItems.length < N && N >= 2 && g.items.some((x) => x.label)) {
        // a sub-header with fewer columns (e.g. 信息内容 | 本年处理决定数量 over three columns)
        numericItems.forEach((x, k) => add(L + k, x.b.text));
        slots = numericItems.map((x) => center(x.b));
      } else for (const x of numericItems) add(L + colOfX(x.b), x.b.text);
    }
    rows.push({ y: Math.min(...g.items.map((x) => x.b.top)), cells: row, slots });
  }
  anchors.forEach((a, r) => rows.push({ y: a, cells: [...cells[r]!, ...nums[r]!] }));
  rows.sort((p, q) => p.y - q.y);

  // numbers into columns: the current sub-header's slots when they fit, else the columns
  let slots: number[] | undefined;
  for (const row of rows) {
    if (!anchors.includes(row.y)) {
      if (row.cells.slice(L).some((c) => c)) slots = row.slots;
      continue;
    }
    const r = anchors.indexOf(row.y);
    const values = rowValues[r]!.map((v) => v.seg).sort((p, q) => p.x0 - q.x0);
    let placed = false;
    if (slots && values.length <= slots.length) {
      const idx = values.map((v) => slots!.reduce((p, q, i) => (Math.abs(q - center(v)) < Math.abs(slots![p]! - center(v)) ? i : p), 0));
      if (new Set(idx).size === idx.length) {
        values.forEach((v, k) => (row.cells[L + idx[k]!] = v.text));
        placed = true;
      }
    }
    if (!placed) {
      for (const v of values) {
        const c = L + colOfX(v);
        row.cells[c] = row.cells[c] ? `${row.cells[c]} ${v.text}` : v.text;
      }
    }
  }
  return rows.map((r) => r.cells).filter((r) => r.some((c) => c));
}

/**
 * Group blocks into visual rows by height: the shortest blocks seed the rows; a taller block (a
 * wrapped or row-spanning cell) joins the row it overlaps most, without stretching it.
 */
function groupRows<T>(items: T[], blk: (t: T) => Blk): T[][] {
  const box = (b: Blk) => ({ top: b.top - 0.85 * b.size, bottom: b.bottom + 0.15 * b.size });
  const order = [...items].sort((p, q) => {
    const a = blk(p);
    const b = blk(q);
    return a.bottom - a.top - (b.bottom - b.top) || a.top - b.top;
  });
  const groups: { seed: { top: number; bottom: number }; items: T[] }[] = [];
  for (const it of order) {
    const b = box(blk(it));
    let best: (typeof groups)[number] | null = null;
    let bestOv = 0;
    for (const g of groups) {
      const ov = Math.min(g.seed.bottom, b.bottom) - Math.max(g.seed.top, b.top);
      if (ov >= 0.5 * Math.min(g.seed.bottom - g.seed.top, b.bottom - b.top) && ov > bestOv) [best, bestOv] = [g, ov];
    }
    if (best) best.items.push(it);
    else groups.push({ seed: b, items: [it] });
  }
  groups.sort((p, q) => p.seed.top - q.seed.top);
  // rows whose cells sit side by side at overlapping heights are one row (cells of different
  // heights, e.g. a row-spanning "自然人" next to "商业企业"), unless two of their cells are stacked
  const extent = (g: (typeof groups)[number]) => {
    const bs = g.items.map((t) => box(blk(t)));
    return { top: Math.min(...bs.map((x) => x.top)), bottom: Math.max(...bs.map((x) => x.bottom)) };
  };
  for (let k = 0; k + 1 < groups.length; ) {
    const a = groups[k]!;
    const b = groups[k + 1]!;
    const ea = extent(a);
    const eb = extent(b);
    const stacked = a.items.some((p) => b.items.some((q) => Math.min(blk(p).x1, blk(q).x1) - Math.max(blk(p).x0, blk(q).x0) > 0.2 * blk(p).size));
    if (Math.min(ea.bottom, eb.bottom) - Math.max(ea.top, eb.top) > 0 && !stacked) {
      a.items.push(...b.items);
      groups.splice(k + 1, 1);
    } else k++;
  }
  return groups.map((g) => g.items);
}

/** "行政规范性文件 3": a number joined to the text before it after a visible break → two segments. */
function splitTrailingNumber(s: Seg): Seg[] {
  const parts = s.parts;
  if (!parts || parts.length < 2 || isNum(s.text)) return [s];
  const last = parts[parts.length - 1]!;
  const before = parts[parts.length - 2]!;
  if (!isNum(last.text) || /[\d.,]$/.test(before.text) || !s.text.endsWith(last.text)) return [s];
  const rest = parts.slice(0, -1);
  const label: Seg = { ...s, text: s.text.slice(0, s.text.length - last.text.length).trim(), x1: before.x1, parts: rest.length > 1 ? rest : undefined };
  if (!label.text) return [s];
  return [label, { ...s, text: last.text, x0: last.x0, x1: last.x1, parts: undefined }];
}

/**
 * A text segment over the numeric area whose parts stand over different numeric columns (header
 * cells of a tight table printed without gaps) → one segment per column.
 */
function splitOverColumns(s: Seg, cols: { x0: number; x1: number }[], em: number): Seg[] {
  const parts = s.parts;
  if (!parts || parts.length < 2 || isNum(s.text) || !cols.length || s.x0 < cols[0]!.x0 - 0.5 * em) return [s];
  const colOf = (p: Part) => cols.findIndex((c) => Math.min(c.x1, p.x1) - Math.max(c.x0, p.x0) > 0);
  const groups: { col: number; parts: Part[] }[] = [];
  for (const p of parts) {
    const c = colOf(p);
    const g = groups[groups.length - 1];
    if (g && (c < 0 || g.col < 0 || c === g.col)) {
      g.parts.push(p);
      if (g.col < 0) g.col = c;
    } else groups.push({ col: c, parts: [p] });
  }
  if (groups.length < 2 || groups.some((g) => g.col < 0)) return [s];
  return groups.map((g) => {
    let text = '';
    for (const p of g.parts) text = joinText(text, p.text, false);
    return { ...s, text, x0: g.parts[0]!.x0, x1: Math.max(...g.parts.map((p) => p.x1)), parts: undefined };
  });
}

/**
 * Columns whose cells are all blank (a web page leaves zeros empty: 科研机构, 其他): the lowest header
 * cells over the numeric area that stand over no numbers become columns of their own — only when
 * every numeric column has such a header cell over it (headers and numbers line up).
 */
function addHeaderColumns(cols: { x0: number; x1: number }[], header: Seg[], em: number): void {
  if (!cols.length || !header.length) return;
  const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }, by = 0) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > by;
  // leaves: header text with no other header text right under it
  const leaves = header.filter((h) => !header.some((o) => o !== h && o.y - h.y > 0.5 * em && overlaps(h, o, 0.3 * em)));
  if (!cols.every((c) => leaves.some((h) => overlaps(h, c)))) return;
  const first = cols[0]!.x0;
  const extra: { x0: number; x1: number }[] = [];
  for (const h of [...leaves].sort((p, q) => p.x0 - q.x0)) {
    if (h.x0 <= first || cols.some((c) => overlaps(h, c)) || extra.some((c) => overlaps(h, c))) continue;
    extra.push({ x0: h.x0, x1: h.x1 });
  }
  if (!extra.length) return;
  cols.push(...extra);
  cols.sort((p, q) => p.x0 - q.x0);
}

/**
 * Label columns: left edges of the label text on data rows, clustered. Two neighbouring clusters are
 * one column when all their text is centred on one axis and never shares a data row (centred
 * labels of different lengths in one column: 规章 / 行政规范性文件).
 */
function labelColumns(segs: Seg[], rowOf: (s: Seg) => number, em: number): number[] {
  const sorted = [...segs].sort((p, q) => p.x0 - q.x0);
  const clusters: Seg[][] = [];
  for (const s of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && s.x0 <= last[last.length - 1]!.x0 + 1.0 * em) last.push(s);
    else clusters.push([s]);
  }
  for (let k = 0; k + 1 < clusters.length; ) {
    const a = clusters[k]!;
    const b = clusters[k + 1]!;
    const rows = new Set(a.map(rowOf));
    const shared = b.some((s) => rows.has(rowOf(s)));
    const axis = median([...a, ...b].map(center));
    const centred = [...a, ...b].every((s) => Math.abs(center(s) - axis) <= 0.5 * em);
    if (!shared && centred) {
      a.push(...b);
      clusters.splice(k + 1, 1);
    } else k++;
  }
  return clusters.map((c) => Math.min(...c.map((s) => s.x0)));
}

/** A big vertical gap between two data rows also ends a span. */
function gapBetween(anchors: number[], r: number, em: number): boolean {
  return r > 0 && anchors[r]! - anchors[r - 1]! > 8 * em;
}

function columnOf(starts: number[], x0: number, em: number): number {
  let c = 0;
  starts.forEach((s, i) => {
    if (s <= x0 + 0.5 * em) c = i;
  });
  return c;
}

/** A table without numbers: rows of blocks by height, cells in x order. */
function looseRows(blocks: Blk[]): string[][] {
  const rows = groupRows(blocks, (b) => b).map((g) => g.sort((p, q) => p.x0 - q.x0).map((b) => b.text));
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}

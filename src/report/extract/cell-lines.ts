/**
 * Tables copied from a web page one cell per line (text.ts reads the rest of a text file).
 *
 * Three ways a page's text shows them:
 * - each cell ends in " |", empty cells are bare pipes ("|", "||" for two): "信息内容 |", "0 |", "||";
 * - each cell on its own line(s), then a line holding only "|" (桃江县审计局 2020): "本年新", "制作数量",
 *   "|" is one cell "本年新制作数量" — rewritten to the first way before anything else;
 * - the first way with a label cell whose pipe went to the next line ("三、本年度办理结果", "|");
 * - the first way with a row's empty cells on its last cell's line ("325 | ||", 湖口县卫健委 2022):
 *   split into the cell and a line of pads before anything else.
 * A run of such lines becomes tab-separated rows: at one width when every row of that width starts
 * with a label (a row of the national format always does), else row by row from the labels (a
 * number or an empty cell never starts a row). A run that neither reading fits is left as it is.
 */

/** A cell's text without markdown emphasis, no-break spaces or surrounding blanks. */
export function cleanInline(s: string): string {
  return s
    .replace(/\*\*|__/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+$/g, '')
    .trim();
}

/** The cells up to the last non-empty one. */
export function trimTrailingEmpty(cells: string[]): string[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1] === '') n--;
  return cells.slice(0, n);
}

const CELL_LINE = /^([^|\t]*?)\s*\|\s*$/;
const PAD_LINE = /^\s*(\|+)\s*$/;
const BARE_PIPE = /^\s*\|\s*$/;
/** Consecutive one-cell lines needed to read them as a table (fewer: prose that ends with "|"). */
const MIN_CELL_LINES = 8;
/** Widest table a one-cell-per-line run may be read as (table 四 has 16 columns). */
const MAX_CELL_COLUMNS = 20;
/** Lines one cell may be wrapped over before its bare pipe ("本年新" / "制作数量" / "|"); more is prose. */
const MAX_CELL_LINES = 3;

const LABEL_CELL = /[\p{Script=Han}A-Za-z]/u;
/** A cell holding a figure ("12", "+3", "-253", "103.3879万元") rather than a label. */
// (with its unit in brackets or in 万: "16368(件)", "211.509万")
const VALUE_CELL = /^[-+－—–]*\d[\d,，.]*\s*(?:万元|万|元|件|条|个|项|%|[(（](?:万元|元|件|条|个|项)[)）])?$/;
/** A report section title ("三、收到和处理政府信息公开申请情况") is never part of a wrapped cell. */
const SECTION_TITLE = /^[一二三四五六七八九十]+、.*情况/;
/** A table 二 item line ("第二十条第（一）项", or in traditional characters 第二十條) is a row of its own. */
const ITEM_CELL = /^第[一二三四五六七八九十\d]+[条條]/;
/**
 * A sentence of the text, never a cell: it ends with a full stop and runs on past a comma ("2022年,区政府办公室共收到
 * 8份政府信息公开申请,…。无下年度结转。" above the bare pipe that opens table 三, 汉阳区政府办 2022).
 */
const PROSE_LINE = /[,，;；].{8,}[。！!]\s*$/;

/** One cell, then the row's empty cells on the same line ("325 | ||"). */
const CELL_THEN_PADS = /^([^|\t]*[^|\t\s])\s*\|\s*(\|[\s|]*)$/;

/**
 * "325 | ||" → "325 |" and "||", the way the rest of this file reads one-cell lines and pads — only
 * beside a one-cell line or a bare pipe (in a table of whole rows, "规章 | |||" is a row of its own).
 */
export function splitTrailingPads(raws: string[]): string[] {
  return raws.flatMap((raw, i) => {
    const m = CELL_THEN_PADS.exec(raw);
    const besideCells = (i > 0 && CELL_LINE.test(raws[i - 1]!)) || (i + 1 < raws.length && CELL_LINE.test(raws[i + 1]!));
    return m && besideCells ? [`${m[1]} |`, m[2]!.replace(/\s+/g, '')] : [raw];
  });
}

/**
 * A column's header ("现行有效件数", "本年处理决定数量"), never a row's label: empty cells after it are
 * the pipe that ends the header row (湖口县卫健委 2022), not a row of blanks.
 */
const COLUMN_HEADER = /件数|数量|金额|总数/;

const isLabel = (c: string) => LABEL_CELL.test(c) && !VALUE_CELL.test(c);

function joinWrapped(parts: string[]): string {
  return parts.reduce((a, b) => (/[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b));
}

/**
 * A line holding only "|" ends the cell above it: its text lines (up to MAX_CELL_LINES, after the
 * previous pipe, never a section title) become one "text |" line. Lines before them stay as they are.
 */
export function attachBarePipes(raws: string[]): string[] {
  const out: string[] = [];
  for (const raw of raws) {
    if (!BARE_PIPE.test(raw)) {
      out.push(raw);
      continue;
    }
    let k = out.length;
    while (out.length - k < MAX_CELL_LINES && k > 0) {
      const prev = out[k - 1]!.trim();
      if (prev === '' || prev.includes('|') || (k < out.length && SECTION_TITLE.test(prev))) break;
      k--;
    }
    // inside a run (a pipe right above) the lines are one wrapped cell; a cell that starts a run is
    // its last line only (the lines above are prose or a heading)
    const inRun = k > 0 && out[k - 1]!.includes('|');
    const from = inRun ? k : Math.max(k, out.length - 1);
    // (a section title right above the pipe that opens a table is the title, not its first cell:
    // "二、主动公开政府信息情况", "|", "第二十条第(一)项 |" — 连生乡 2025, each row opened by a bare pipe)
    const titleAbove = !inRun && from === out.length - 1 && SECTION_TITLE.test(out[from]!.trim());
    if (from >= out.length || titleAbove || out.slice(from).some((l) => PROSE_LINE.test(l.trim()))) {
      out.push(raw);
      continue;
    }
    const cell = joinWrapped(out.splice(from).map((l) => l.trim()));
    out.push(`${cell} |`);
  }
  return out;
}

/**
 * The narrowest width at which every row of `cells` starts with a label and has no label after a
 * figure (a row of the national format is labels, then figures); 0 when none fits.
 */
function cellTableWidth(cells: string[]): number {
  for (let w = 2; w <= MAX_CELL_COLUMNS && 2 * w <= cells.length; w++) {
    let ok = true;
    for (let k = 0; k < cells.length && ok; k += w) ok = LABEL_CELL.test(cells[k]!) && labelsThenFigures(cells.slice(k, k + w));
    if (ok) return w;
  }
  return 0;
}

function labelsThenFigures(row: string[]): boolean {
  const firstFigure = row.findIndex((c) => VALUE_CELL.test(c));
  return firstFigure < 0 || !row.slice(firstFigure).some(isLabel);
}

/**
 * Rows from the labels when no one width fits (rows of different widths, no pads to square them):
 * figures and empty cells belong to the label before them; of labels in a row, the last one before
 * figures starts the figures' row, an item line ("第二十条第（五）项") stands alone, and the rest
 * form one header row. Null when the run does not start with a label.
 */
export function rowsByLabels(cells: string[]): string[][] | null {
  if (!cells.length || !isLabel(cells[0]!)) return null;
  const rows: string[][] = [];
  const headerRows = (labels: string[]) => {
    let cur: string[] = [];
    for (const l of labels) {
      if (ITEM_CELL.test(l)) {
        if (cur.length) rows.push(cur);
        rows.push([l]);
        cur = [];
      } else cur.push(l);
    }
    if (cur.length) rows.push(cur);
  };
  let i = 0;
  // (header labels read so far, across empty cells after a column's header)
  let pending: string[] = [];
  while (i < cells.length) {
    let j = i;
    while (j < cells.length && isLabel(cells[j]!)) j++;
    if (j === cells.length) {
      headerRows([...pending, ...cells.slice(i, j)]);
      break;
    }
    let k = j;
    while (k < cells.length && !isLabel(cells[k]!)) k++;
    if (k < cells.length && COLUMN_HEADER.test(cells[j - 1]!) && cells.slice(j, k).every((c) => c === '')) {
      pending.push(...cells.slice(i, j));
      i = k;
      continue;
    }
    headerRows([...pending, ...cells.slice(i, j - 1)]);
    pending = [];
    rows.push([cells[j - 1]!, ...cells.slice(j, k)]);
    i = k;
  }
  return rows;
}

/** A line that is a cell's end or a bare pipe, indented or not ("\t\t\t0  | "). */
const ENDS_IN_PIPE = /\|\s*$/;
/** A line of white space only. */
const BLANK = /^\s*$/;

/**
 * A page's HTML cells copied with their indentation and blank lines between rows (遂溪县农业农村局 2021: "规章  | ",
 * "\t\t\t0  | ", …, "\t\t\t0", "   | ", "\t\t"): the indentation taken off the lines of a run, and a blank line
 * between two of its lines dropped, so that the run reads as the first way of the top of the file. Lines outside
 * such runs are left as they are.
 */
export function tightenCellRuns(raws: string[]): string[] {
  const piped = raws.map((l) => ENDS_IN_PIPE.test(l));
  // (a cell whose pipe went to the next line, "\t\t\t0" then "   | ")
  const inRun = raws.map((l, i) => piped[i] || (!BLANK.test(l) && (piped[i + 1] ?? false) && BARE_PIPE.test(raws[i + 1]!)));
  const out: string[] = [];
  for (let i = 0; i < raws.length; i++) {
    const l = raws[i]!;
    if (BLANK.test(l)) {
      // (a blank line between two lines of a run: dropped)
      let a = i - 1;
      while (a >= 0 && BLANK.test(raws[a]!)) a--;
      let b = i + 1;
      while (b < raws.length && BLANK.test(raws[b]!)) b++;
      if (a >= 0 && b < raws.length && inRun[a] && inRun[b] && /^\s/.test(raws[a + 1] ?? '') && l !== '') continue;
      out.push(l);
      continue;
    }
    out.push(inRun[i] ? l.replace(/^[\t ]+/, '').replace(/[\t ]+$/, (m) => (piped[i] ? '' : m)) : l);
  }
  return out;
}

/**
 * Runs of one-cell lines (see the top of the file) → tab-separated rows. At the end of the text, a
 * run's last line without its pipe (a copy cut there: "0 ") is its last cell.
 */
export function joinCellLines(input: string[]): string[] {
  const raws = attachBarePipes(splitTrailingPads(tightenCellRuns(input)));
  const out: string[] = [];
  let lastLine = raws.length - 1;
  while (lastLine >= 0 && raws[lastLine]!.trim() === '') lastLine--;
  let i = 0;
  while (i < raws.length) {
    let j = i;
    while (j < raws.length && (CELL_LINE.test(raws[j]!) || PAD_LINE.test(raws[j]!))) j++;
    const cutCell = j === lastLine && j > i ? cleanInline(raws[j]!) : null;
    if (j - i < MIN_CELL_LINES) {
      out.push(...raws.slice(i, Math.max(j, i + 1)));
      i = Math.max(j, i + 1);
      continue;
    }
    const cells: string[] = [];
    for (let k = i; k < j; k++) {
      const pad = PAD_LINE.exec(raws[k]!);
      if (pad) for (let n = 0; n < pad[1]!.length; n++) cells.push('');
      else cells.push(cleanInline(CELL_LINE.exec(raws[k]!)![1]!));
    }
    // (pads before the first cell open its row, they are no cells of it)
    while (cells.length && cells[0] === '') cells.shift();
    if (cutCell !== null && VALUE_CELL.test(cutCell)) {
      cells.push(cutCell);
      j++;
    }
    const width = cellTableWidth(cells);
    let rows: string[][] | null = null;
    if (width) {
      rows = [];
      for (let k = 0; k < cells.length; k += width) rows.push(cells.slice(k, k + width));
    } else rows = rowsByLabels(cells);
    if (!rows) out.push(...raws.slice(i, j));
    else {
      for (const r of rows) {
        const row = trimTrailingEmpty(r);
        if (row.length) out.push(row.join('\t'));
      }
    }
    i = j;
  }
  return out;
}

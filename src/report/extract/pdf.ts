/**
 * PDF → Document, from the positioned text pdfjs gives (no OCR: a scanned PDF is refused).
 *
 * 1. Text items (pdfjs-dist legacy build, imported only when a PDF is read) are put in top-down page
 *    coordinates; rotated items (watermarks) are skipped; Kangxi/CJK radical code points that some
 *    fonts map to (⼈ ⺠ ⼯) become the ordinary characters (人 民 工), and so do variants a font names
 *    instead of the standard character (〈 U+2329, 戶 for 户).
 * 2. Lines: items grouped by baseline with a tolerance of half the font size, sorted by x.
 *    Page furniture is dropped: page numbers ("-4-", "— 4 —", "第 4 页", "4/6") in the top/bottom band
 *    of a page, running headers/footers (the same text at the same height on several pages) and a
 *    browser's print header/footer (date and time + page title; page URL + "1/3").
 *    Pages are then stitched into one vertical coordinate, so paragraphs and tables flow on.
 * 3. Table regions: lines with wide gaps between their parts (≥ 1 em) are tabular; a region is a run
 *    of them plus the narrow lines around and between them (wrapped labels, stacked header letters,
 *    a centred "第二十条第（一）项", a full-width row of narrow cells printed close together), ending at
 *    a heading, a change of font size or a wide gap.
 * 4. Tables are rebuilt around their numbers: numbers define the numeric columns (by overlapping x
 *    ranges) and the data rows (by baseline). In a tight table (a web page printed by a browser) cells
 *    touch: a number after its label and header cells run together are split at their visible breaks,
 *    and a column whose cells are all blank (zeros left empty) is taken from its header.
 *    Label text left of the numbers is merged into cell blocks (wrapped lines, one-character-per-line
 *    labels) and assigned to label columns by x (left edges; labels centred on one axis are one
 *    column whatever their length); a block
 *    goes to the data row whose numbers sit within its height (numbers on a middle or first line), a
 *    block spanning several rows (三、本年度办理结果, （三）不予公开 …) goes to the first row of its span —
 *    spans are delimited by the numbering of the next deeper column (a "1." or "（一）" starts one).
 *    Text without numbers (headers, "第二十条第（五）项", a table with no figures) forms rows of its own;
 *    header text over the numbers is mapped to the nearest numeric column.
 *    Each row is: label cells, then one cell per numeric column — the shape of the text form.
 * 5. Other lines become headings (font clearly larger than the body text) or paragraphs; wrapped
 *    lines are joined (a paragraph starts at an indented line, after a short line, at a numbered item
 *    or after a wide gap).
 * 6. Spaces between Chinese text and digits are dropped ("民主路 1 号" → "民主路1号"): Word and
 *    LibreOffice space Western runs apart in print, which a PDF cannot tell from a typed space.
 */
import { ReportError } from '../errors.js';
import type { Block, Document } from '../types.js';

// ------------------------------------------------------------------ types

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
}

interface Seg {
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

interface Part {
  text: string;
  x0: number;
  x1: number;
}

interface Line {
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
}

// ------------------------------------------------------------------ entry point

export async function extract(file: string, data: Uint8Array): Promise<Document> {
  const pages = await readPages(file, data);
  const blocks = layoutPages(pages);
  if (!blocks.length) {
    throw new ReportError(file, 'PDF 中没有可提取的文字（可能是扫描件或图片），请提供文字版 PDF、Word 或网页版本');
  }
  return { file, blocks };
}

async function readPages(file: string, data: Uint8Array): Promise<PdfPage[]> {
  if (data.length === 0) throw new ReportError(file, 'PDF 文件是空的（0 字节）');
  const head = new TextDecoder('latin1').decode(data.subarray(0, Math.min(data.length, 1024)));
  if (!head.includes('%PDF-')) throw new ReportError(file, 'PDF 文件已损坏或不是 PDF 文件（没有 PDF 文件头）');

  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(data), // a copy, and a plain Uint8Array (pdfjs refuses Node Buffers, may detach its input)
    disableFontFace: true,
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      const name = (err as { name?: string }).name;
      if (name === 'PasswordException') throw new ReportError(file, 'PDF 文件已加密（需要密码），无法读取');
      throw new ReportError(file, `PDF 文件已损坏或无法读取（${err instanceof Error ? err.message : String(err)}）`);
    }
    const readPage = async (n: number): Promise<PdfPage> => {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const [a, b, c, d] = viewport.transform as number[];
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        const t = it.transform as number[];
        // direction of the text in viewport space: skip rotated text (watermarks, stamps)
        const dx = t[0]! * a! + t[1]! * c!;
        const dy = t[0]! * b! + t[1]! * d!;
        if (Math.abs(dy) > 0.2 * Math.abs(dx) || dx <= 0) continue;
        const [x, y] = viewport.convertToViewportPoint(t[4]!, t[5]!) as [number, number];
        const size = Math.hypot(t[2]!, t[3]!) || Math.hypot(t[0]!, t[1]!);
        if (!(size > 0)) continue;
        items.push({ str: it.str, x, y, w: it.width, size });
      }
      page.cleanup();
      return { width: viewport.width, height: viewport.height, items };
    };
    try {
      // all pages at once: pdfjs interleaves their work a little better than one by one
      return await Promise.all(Array.from({ length: doc.numPages }, (_, i) => readPage(i + 1)));
    } catch (err) {
      if (err instanceof ReportError) throw err;
      throw new ReportError(file, `PDF 文件已损坏或无法读取（${err instanceof Error ? err.message : String(err)}）`);
    }
  } finally {
    await task.destroy();
  }
}

// ------------------------------------------------------------------ text helpers

/** CJK radicals some PDF fonts map ordinary characters to. Kangxi radicals are handled by NFKC. */
const RADICALS: Record<string, string> = {
  '⺟': '母', '⺠': '民', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻓': '长', '⻔': '门',
  '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼',
  '⻥': '鱼', '⻦': '鸟', '⻨': '麦', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟', '⺁': '厂',
  '⺇': '几', '⺌': '小', '⺢': '水', '⺣': '火', '⺤': '爪', '⺦': '丬', '⺧': '牛', '⺫': '罒', '⺮': '竹',
  '⺯': '糸', '⺶': '羊', '⺼': '肉', '⻊': '足', '⻌': '辶', '⻏': '阝', '⻖': '阝', '⻗': '雨', '⻂': '衤',
};

/**
 * Characters a Chinese font draws with the same glyph as the standard one, whose name the PDF then
 * gives instead (a browser printing 门户 wrote 门戶).
 */
const VARIANTS: Record<string, string> = { '戶': '户', '戸': '户' };

export function fixText(s: string): string {
  return s
    .replace(/[\u2f00-\u2fd5]/g, (ch) => ch.normalize('NFKC'))
    // angle brackets 〈〉 and CJK compatibility ideographs: their canonical forms
    .replace(/[\u2329\u232a\uf900-\ufaff]/g, (ch) => ch.normalize('NFC'))
    .replace(/[戶戸]/g, (ch) => VARIANTS[ch] ?? ch)
    .replace(/[\u2e80-\u2ef3]/g, (ch) => RADICALS[ch] ?? ch)
    .replace(/[\u00a0\u2002-\u200a\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '');
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2014\u2026]/;
const NUM = /^[-+]?\d[\d,]*(\.\d+)?%?$/;
const isNum = (s: string) => NUM.test(s.trim());
/** Start of a numbered item: 一、 （一） (一) 1. 1、 1． ①. */
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}\s*[.、．](?!\d)|[①-⑳])/;
/** The first item of a numbering: 一、 （一） 1. ①. */
const FIRST_ITEM = /^\s*(?:一[、.．]|[（(][一1][)）]|1\s*[.、．](?!\d)|①)/;
const SECTION = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;

const CJK_CHAR = CJK.source;
const SPACE_BEFORE_DIGITS = new RegExp(`(${CJK_CHAR})\\s+(?=\\d[\\d.,%]*\\s*${CJK_CHAR})`, 'g');
const SPACE_AFTER_DIGITS = new RegExp(`(\\d)\\s+(?=${CJK_CHAR})`, 'g');

/**
 * Drop the spaces a PDF puts between Chinese text and digits ("民主路 1 号", "2024 年"): Word and
 * LibreOffice space Western runs apart, the text itself has none. A number at the end ("行政处罚 0 0 0",
 * "总计 15") keeps its space: it may be a cell of its own.
 */
export function tightenDigits(s: string): string {
  return s.replace(SPACE_BEFORE_DIGITS, '$1').replace(SPACE_AFTER_DIGITS, '$1');
}

/** Join two pieces of text: a space only between two Latin letters/digits, or when told. */
function joinText(a: string, b: string, space: boolean): string {
  if (!a) return b;
  if (!b) return a;
  const last = a[a.length - 1]!;
  const first = b[0]!;
  if (last === ' ' || first === ' ') return a + b;
  if (space && !(CJK.test(last) && CJK.test(first))) return `${a} ${b}`;
  if (/[A-Za-z0-9]/.test(last) && /[A-Za-z0-9]/.test(first) && space) return `${a} ${b}`;
  return a + b;
}

const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((p, q) => p - q);
  return s[s.length >> 1]!;
};

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((p, r) => p - r);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

/** The most frequent value (rounded to 1 unit), weighted. */
function mode(values: { v: number; w: number }[]): number {
  const m = new Map<number, number>();
  for (const { v, w } of values) m.set(Math.round(v), (m.get(Math.round(v)) ?? 0) + w);
  let best = 0;
  let bestW = -1;
  for (const [v, w] of m) if (w > bestW) [best, bestW] = [v, w];
  return best;
}

// ------------------------------------------------------------------ lines

function pageLines(page: PdfPage, pageNo: number): Line[] {
  const items = page.items
    .map((it) => ({ ...it, str: fixText(it.str) }))
    .flatMap(splitItem)
    .filter((it) => it.str !== '')
    .sort((p, q) => p.y - q.y || p.x - q.x);
  const groups: { y: number; size: number; items: PdfItem[] }[] = [];
  for (const it of items) {
    const blank = it.str.trim() === '';
    const g = groups.find((l) => Math.abs(l.y - it.y) <= 0.5 * Math.min(l.size, blank ? l.size : it.size));
    if (g) g.items.push(it);
    else if (!blank) groups.push({ y: it.y, size: it.size, items: [it] });
  }
  const lines: Line[] = [];
  for (const g of groups) {
    g.items.sort((p, q) => p.x - q.x);
    const segs: Seg[] = [];
    let cur: (Seg & { pendingSpace: boolean; pieces: Part[] }) | null = null;
    let maxGap = 0;
    let cjkGaps = 0;
    let lastX1: number | null = null;
    let lastText = '';
    for (const it of g.items) {
      if (it.str.trim() === '') {
        if (cur) cur.pendingSpace = true;
        continue;
      }
      const text = it.str.replace(/\s+/g, ' ');
      const size = it.size;
      if (lastX1 !== null) {
        const gap = (it.x - lastX1) / size;
        maxGap = Math.max(maxGap, gap);
        if (gap >= 0.25 && CJK.test(lastText.trimEnd().slice(-1)) && CJK.test(text.trimStart().charAt(0))) cjkGaps++;
      }
      lastX1 = it.x + it.w;
      lastText = text;
      if (cur) {
        const gap = it.x - cur.x1;
        const em = Math.max(cur.size, size);
        const numeric = isNum(cur.text) || isNum(text);
        const limit = isNum(cur.text) && isNum(text) ? 0.15 * em : numeric ? 0.3 * em : 0.5 * em;
        if (gap < limit) {
          const broken = cur.pendingSpace || gap > 0.1 * em;
          cur.text = joinText(cur.text, text, cur.pendingSpace || gap > 0.2 * em);
          cur.x1 = Math.max(cur.x1, it.x + it.w);
          cur.pendingSpace = false;
          const last = cur.pieces[cur.pieces.length - 1]!;
          if (broken) cur.pieces.push({ text, x0: it.x, x1: it.x + it.w });
          else {
            last.text = joinText(last.text, text, false);
            last.x1 = Math.max(last.x1, it.x + it.w);
          }
          continue;
        }
        segs.push(finish(cur));
      }
      cur = { text, x0: it.x, x1: it.x + it.w, y: it.y, size, line: -1, pendingSpace: false, pieces: [{ text, x0: it.x, x1: it.x + it.w }] };
    }
    if (cur) segs.push(finish(cur));
    if (!segs.length) continue;
    lines.push({
      segs,
      y: median(segs.map((s) => s.y)),
      size: median(segs.map((s) => s.size)),
      x0: segs[0]!.x0,
      x1: Math.max(...segs.map((s) => s.x1)),
      page: pageNo,
      maxGap,
      cjkGaps,
    });
  }
  return lines.sort((p, q) => p.y - q.y);
}

/**
 * One item holding several cells ("0   0   0", "15 0 0 0 15", "规章    0"): split it at runs of two
 * or more spaces, and at single spaces between numbers, placing the parts by character position.
 */
function splitItem(it: PdfItem): PdfItem[] {
  const str = it.str;
  if (!/\S\s{2,}\S|\d\s+\d/.test(str)) return [it];
  const parts: { text: string; at: number }[] = [];
  const re = /\S+(?:\s(?!\s)\S+)*/g;
  for (let m = re.exec(str); m; m = re.exec(str)) {
    // a run joined by single spaces is one part unless it is numbers only
    const words = m[0].split(' ');
    if (words.length > 1 && words.every((w) => NUM.test(w))) {
      let at = m.index;
      for (const w of words) {
        parts.push({ text: w, at });
        at += w.length + 1;
      }
    } else parts.push({ text: m[0], at: m.index });
  }
  if (parts.length < 2) return [it];
  const unit = it.w / Math.max(1, str.length);
  return parts.map((p) => ({ ...it, str: p.text, x: it.x + p.at * unit, w: p.text.length * unit }));
}

function finish(s: Seg & { pendingSpace: boolean; pieces: Part[] }): Seg {
  const seg: Seg = { text: s.text.trim(), x0: s.x0, x1: s.x1, y: s.y, size: s.size, line: -1 };
  const parts = s.pieces.map((p) => ({ ...p, text: p.text.trim() })).filter((p) => p.text);
  if (parts.length > 1) seg.parts = parts;
  return seg;
}

const lineText = (l: Line) => l.segs.map((s) => s.text).join(' ');

const PAGE_NUMBER = [
  /^[-—–－_\s]*\d{1,4}[-—–－_\s]*$/,
  /^[-—–－\s]*第\s*\d{1,4}\s*页\s*(?:[，,/]?\s*共\s*\d{1,4}\s*页)?[-—–－\s]*$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
];

/**
 * A browser's print header and footer (Chromium, Firefox, Edge): the date and time, then the page
 * title, at the top; the address of the page and a page counter ("1/3") at the bottom.
 */
const PRINT_MARGIN = [
  /^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}[,，]?\s*(?:上午|下午|AM|PM)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM))?(?:\s|$)/i,
  /^(?:file|https?):\/\/\S+(?:\s+\d{1,4}\s*[/／]\s*\d{1,4})?$/i,
  /^(?:page|第)?\s*\d{1,4}\s*(?:[/／]|of)\s*\d{1,4}\s*页?\s+(?:file|https?):\/\/\S+$/i,
];

/** Drop page numbers and running headers/footers (lines in the top/bottom band of a page). */
function dropFurniture(pages: Line[][], sizes: PdfPage[]): Line[][] {
  const band = (l: Line) => {
    const h = sizes[l.page]!.height;
    return l.y < 0.12 * h ? 'top' : l.y > 0.88 * h ? 'bottom' : null;
  };
  // running headers/footers: the same text (digits ignored) at about the same height on ≥ 2 pages
  const key = (l: Line) => `${band(l)}|${lineText(l).replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  const seen = new Map<string, { pages: Set<number>; ys: number[] }>();
  for (const lines of pages) {
    for (const l of lines) {
      if (!band(l)) continue;
      const k = key(l);
      const e = seen.get(k) ?? { pages: new Set<number>(), ys: [] };
      e.pages.add(l.page);
      e.ys.push(l.y);
      seen.set(k, e);
    }
  }
  const repeated = (l: Line) => {
    const e = seen.get(key(l));
    if (!e || e.pages.size < 2) return false;
    return Math.max(...e.ys) - Math.min(...e.ys) <= 2 * l.size;
  };
  return pages.map((lines) =>
    lines.filter((l, i) => {
      if (!band(l)) return true;
      if (repeated(l)) return false;
      const edge = i < 2 || i >= lines.length - 2;
      if (edge && l.segs.length <= 3 && PAGE_NUMBER.some((re) => re.test(lineText(l).trim()))) return false;
      if (edge && PRINT_MARGIN.some((re) => re.test(lineText(l).trim()))) return false;
      return true;
    }),
  );
}

// ------------------------------------------------------------------ document layout

/** Lay out the pages of a PDF as blocks (pure; exported for tests). */
export function layoutPages(pdfPages: PdfPage[]): Block[] {
  const perPage = dropFurniture(
    pdfPages.map((p, i) => pageLines(p, i)),
    pdfPages,
  );
  // stitch pages into one vertical coordinate
  const all: Line[] = [];
  let offset = 0;
  let prevBottom: number | null = null;
  for (const lines of perPage) {
    if (!lines.length) continue;
    const top = lines[0]!.y;
    const shift: number = prevBottom === null ? 0 : prevBottom + 1.3 * lines[0]!.size - (top + offset);
    offset += shift;
    for (const l of lines) {
      const dy = offset;
      const line = all.length;
      all.push({ ...l, y: l.y + dy, segs: l.segs.map((s) => ({ ...s, y: s.y + dy, line })) });
    }
    prevBottom = lines[lines.length - 1]!.y + offset;
  }
  if (!all.length) return [];

  const pageWidth = Math.max(...pdfPages.map((p) => p.width));
  const wide = all.filter((l) => l.x1 - l.x0 > 0.5 * pageWidth && l.maxGap < 1);
  const left = mode((wide.length ? wide : all).map((l) => ({ v: l.x0, w: 1 })));
  const right = wide.length ? quantile(wide.map((l) => l.x1), 0.8) : Math.max(...all.map((l) => l.x1));
  const regions = findTables(all, { left, right });
  const outside = all.filter((_, k) => !regions.some((r) => k >= r.start && k < r.end));
  const bodySize = mode((outside.length ? outside : all).map((l) => ({ v: l.size, w: lineText(l).length })));
  const inTable = new Set(regions.flatMap((r) => Array.from({ length: r.end - r.start }, (_, k) => r.start + k)));
  const headingSizes = [
    ...new Set(all.filter((l, k) => !inTable.has(k) && l.size >= 1.12 * bodySize).map((l) => Math.round(l.size * 2) / 2)),
  ].sort((p, q) => q - p);

  const blocks: Block[] = [];
  const textLines: Line[] = [];
  const flushText = () => {
    blocks.push(...textBlocks(textLines, { bodySize, left, right, headingSizes }));
    textLines.length = 0;
  };
  let i = 0;
  for (const r of regions) {
    while (i < r.start) textLines.push(all[i++]!);
    const rows = buildTable(all.slice(r.start, r.end).flatMap((l) => l.segs));
    if (rows.length >= 2 || (rows.length === 1 && rows[0]!.filter((c) => c).length >= 3)) {
      flushText();
      blocks.push({ kind: 'table', rows: rows.map((row) => row.map(tightenDigits)) });
    } else {
      for (let k = r.start; k < r.end; k++) textLines.push(all[k]!);
    }
    i = r.end;
  }
  while (i < all.length) textLines.push(all[i++]!);
  flushText();
  return blocks;
}

// ------------------------------------------------------------------ table regions

function findTables(lines: Line[], m: { left: number; right: number }): { start: number; end: number }[] {
  const width = m.right - m.left;
  const tabular = lines.map((l) => l.segs.length >= 2 && l.maxGap >= 1.0);
  const regions: { start: number; end: number }[] = [];
  const headingLike = (l: Line, g: number) =>
    SECTION.test(lineText(l)) && l.segs.length === 1 && Math.abs(l.x0 - m.left) <= 1.5 * l.size && g > 1.9 * l.size;
  let i = 0;
  while (i < lines.length) {
    if (!tabular[i]) {
      i++;
      continue;
    }
    let start = i;
    let end = i + 1;
    const size = () => median(lines.slice(start, end).map((l) => l.size));
    // grow downwards: tabular lines, and narrow lines close to the region
    for (;;) {
      const next = lines[end];
      if (!next) break;
      const prev = lines[end - 1]!;
      const gap = next.y - prev.y;
      if (tabular[end] && gap <= 3.5 * size()) {
        end++;
        continue;
      }
      if (joins(next, gap, size(), width, m) && !headingLike(next, gap)) {
        // a narrow line is kept only if a tabular line follows closely (else the table ended)
        let k = end + 1;
        while (k < lines.length && !tabular[k] && joins(lines[k]!, lines[k]!.y - lines[k - 1]!.y, size(), width, m) && k - end < 6) k++;
        if (k < lines.length && tabular[k] && lines[k]!.y - lines[k - 1]!.y <= 3.5 * size()) {
          end = k + 1;
          continue;
        }
        // narrow lines right under the rows, starting where cells of the table start (rows with
        // blank cells, a wrapped last label)
        const starts = lines.slice(start, end).flatMap((l) => l.segs.map((g) => g.x0));
        const aligned = starts.some((x) => Math.abs(x - next.x0) <= 0.5 * next.size);
        if (aligned || (gap <= 1.6 * size() && !NUMBERED.test(lineText(next)))) {
          end++;
          continue;
        }
      }
      break;
    }
    // grow upwards: header lines above the first tabular line
    while (start > 0) {
      const prev = lines[start - 1]!;
      const gap = lines[start]!.y - prev.y;
      if (regions.length && start - 1 < regions[regions.length - 1]!.end) break;
      if (!joins(prev, gap, size(), width, m) || headingLike(prev, gap)) break;
      // the last line of a paragraph ("…情况如下：") right above the table is not a header
      const above = lines[start - 2];
      if (above && above.x1 - above.x0 > 0.7 * width && prev.y - above.y <= 1.6 * prev.size && Math.abs(prev.x0 - above.x0) < prev.size) break;
      start--;
    }
    const last = regions[regions.length - 1];
    // a table interrupted by a run of narrow lines (rows with blank cells) is one table
    if (last && last.end === start && lines[start]!.y - lines[start - 1]!.y <= 2.4 * size()) last.end = end;
    else regions.push({ start, end });
    i = end;
  }
  return regions;
}

/** Whether a non-tabular line can belong to a table next to it. */
function joins(l: Line, gap: number, size: number, width: number, m: { left: number; right: number }): boolean {
  if (Math.abs(l.size - size) > 0.15 * size) return false;
  if (gap > 2.4 * size) return false;
  const w = l.x1 - l.x0;
  // a full-width line is running text, not a cell (unless its characters stand in separate cells)
  if (w > 0.7 * width && Math.abs(l.x0 - m.left) < 2.5 * size && l.cjkGaps < 3) return false;
  return true;
}

// ------------------------------------------------------------------ tables

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

const center = (b: { x0: number; x1: number }) => (b.x0 + b.x1) / 2;

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
function buildTable(input: Seg[]): string[][] {
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

// ------------------------------------------------------------------ headings and paragraphs

function textBlocks(lines: Line[], m: { bodySize: number; left: number; right: number; headingSizes: number[] }): Block[] {
  const out: Block[] = [];
  const levelOf = (size: number) => m.headingSizes.indexOf(Math.round(size * 2) / 2) + 1;
  let cur: { kind: 'heading' | 'paragraph'; text: string; size: number; last: Line } | null = null;
  const flush = () => {
    if (cur && cur.text.trim()) {
      const text = tightenDigits(cur.text.trim());
      out.push(cur.kind === 'heading' ? { kind: 'heading', text, level: Math.min(6, levelOf(cur.size)) } : { kind: 'paragraph', text });
    }
    cur = null;
  };
  for (const l of lines) {
    const text = lineText(l);
    const heading = l.size >= 1.12 * m.bodySize;
    const kind = heading ? 'heading' : 'paragraph';
    let fresh = true;
    if (cur) {
      const c: { kind: string; size: number; last: Line; text: string } = cur;
      const prev = c.last;
      const gap = l.y - prev.y;
      const sameSize = Math.abs(l.size - c.size) <= 0.1 * c.size;
      const indented = l.x0 - m.left >= 1.2 * l.size;
      // a line ending early is the end of a paragraph, unless the next line starts with an
      // unbreakable word (a number, a URL, "〔2021〕30") that did not fit at its end
      const word = /^[〔（(［[【《“‘]?[0-9A-Za-z][0-9A-Za-z.,:/\\\-_%#@&?=~+]*[〕）)］\]】》”’]?/.exec(text)?.[0] ?? '';
      const wordWidth = [...word].reduce((w, ch) => w + (CJK.test(ch) ? 1 : 0.6) * l.size, 0);
      const prevShort = prev.x1 < m.right - Math.max(3 * prev.size, wordWidth + 1.5 * prev.size);
      const numbered = SECTION.test(text) && /[。：:；;！？!?）)]$|^\S{0,20}$/.test(c.text.trim()) ;
      fresh = c.kind !== kind || !sameSize || gap > 2.2 * l.size || gap < 0;
      if (!fresh && kind === 'paragraph') fresh = indented || prevShort || numbered || SECTION.test(text) && prevShort;
      if (!fresh && kind === 'heading') fresh = NUMBERED.test(text) && !prevShort;
    }
    if (fresh) {
      flush();
      cur = { kind, text, size: l.size, last: l };
    } else if (cur) {
      const c: { text: string; last: Line } = cur;
      c.text = joinText(c.text, text, false);
      c.last = l;
    }
  }
  flush();
  return out;
}

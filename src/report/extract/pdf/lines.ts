/** Stage 2 — lines: text items grouped by baseline into lines of segments; page furniture dropped. */
import { CJK, NUM, fixText, isNum, joinText, median } from './text.js';
import type { Line, Part, PdfItem, PdfPage, Seg } from './types.js';

const SPACE_IN_CJK = new RegExp(`(?<=${CJK.source}) (?=${CJK.source})|(?<=\\d) (?=[，。；：、）])`, 'g');

/** A page's text items with their characters fixed and multi-cell items split, top to bottom. */
export function prepareItems(items: PdfItem[]): PdfItem[] {
  return items
    .map((it) => ({ ...it, str: fixText(it.str) }))
    .flatMap(splitItem)
    // single spaces between Chinese characters or punctuation inside one item: justified text
    // ("号 ， 邮 编 ：223100"), never meaningful in Chinese
    .map((it) => (/\s/.test(it.str) ? { ...it, str: it.str.replace(SPACE_IN_CJK, '') } : it))
    .filter((it) => it.str !== '')
    .sort((p, q) => p.y - q.y || p.x - q.x);
}

/** Lines of a page from its prepared items (see prepareItems). */
export function pageLines(page: PdfPage, pageNo: number): Line[] {
  const items = page.items;
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
export function splitItem(it: PdfItem): PdfItem[] {
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

export const lineText = (l: Line) => l.segs.map((s) => s.text).join(' ');

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

/** A site's footer printed at the bottom of a page: never report text, never the office's name. */
const SITE_FOOTER = /版权所有|Copyright|©|ICP备|ICP证|公网安备|网站标识码|^(?:主办单位|主办|承办单位|承办|技术支持)\s*[:：]/i;

/** Drop page numbers and running headers/footers (lines in the top/bottom band of a page). */
export function dropFurniture(pages: Line[][], sizes: PdfPage[]): Line[][] {
  const band = (l: Line) => {
    const h = sizes[l.page]!.height;
    return l.y < 0.12 * h ? 'top' : l.y > 0.88 * h ? 'bottom' : null;
  };
  // running headers/footers: the same text (digits ignored) at about the same height on ≥ 2 pages
  const key = (l: Line) => `${band(l)}|${lineText(l).replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  const seen = new Map<string, { pages: Set<number>; ys: number[] }>();
  for (const lines of pages) {
    for (const l of lines) {
      if (l.grid || !band(l)) continue;
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
      if (l.grid || !band(l)) return true;
      if (repeated(l)) return false;
      const edge = i < 2 || i >= lines.length - 2;
      if (edge && l.segs.length <= 3 && PAGE_NUMBER.some((re) => re.test(lineText(l).trim()))) return false;
      if (edge && PRINT_MARGIN.some((re) => re.test(lineText(l).trim()))) return false;
      if (band(l) === 'bottom' && i >= lines.length - 3 && SITE_FOOTER.test(lineText(l))) return false;
      return true;
    }),
  );
}

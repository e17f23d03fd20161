/** Text helpers of the PDF extractor: character fixes, patterns, joining, small statistics. */


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

export const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2014\u2026]/;
export const NUM = /^[-+]?\d[\d,]*(\.\d+)?%?$/;
export const isNum = (s: string) => NUM.test(s.trim());
/** Start of a numbered item: 一、 （一） (一) 1. 1、 1． ①. */
export const NUMBERED = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}\s*[.、．](?!\d)|[①-⑳])/;
/** The first item of a numbering: 一、 （一） 1. ①. */
export const FIRST_ITEM = /^\s*(?:一[、.．]|[（(][一1][)）]|1\s*[.、．](?!\d)|①)/;
export const SECTION = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;

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
export function joinText(a: string, b: string, space: boolean): string {
  if (!a) return b;
  if (!b) return a;
  const last = a[a.length - 1]!;
  const first = b[0]!;
  if (last === ' ' || first === ' ') return a + b;
  if (space && !(CJK.test(last) && CJK.test(first))) return `${a} ${b}`;
  if (/[A-Za-z0-9]/.test(last) && /[A-Za-z0-9]/.test(first) && space) return `${a} ${b}`;
  return a + b;
}

export const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((p, q) => p - q);
  return s[s.length >> 1]!;
};

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((p, r) => p - r);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

/** The most frequent value (rounded to 1 unit), weighted. */
export function mode(values: { v: number; w: number }[]): number {
  const m = new Map<number, number>();
  for (const { v, w } of values) m.set(Math.round(v), (m.get(Math.round(v)) ?? 0) + w);
  let best = 0;
  let bestW = -1;
  for (const [v, w] of m) if (w > bestW) [best, bestW] = [v, w];
  return best;
}

/** Small text helpers shared by the parser: label normalisation, numbers in cells, numerals. */

/** Full-width ASCII → half-width, ideographic space → space. */
export function halfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * Normalise a table label for matching: half-width, no spaces, unified numbering punctuation and
 * the usual variants (不在→不再, 情况→情形, 三类内容→三类内部, 社会组织/社会公益→社会公益组织).
 */
/** The Chinese characters of a label only: numbering, spaces, punctuation and quotes are no part of its wording. */
export function hanOnly(s: string): string {
  return s.replace(/[^\p{Script=Han}]/gu, '');
}

export function normLabel(s: string): string {
  return halfWidth(s)
    .replace(/\s+/g, '')
    .replace(/[“”"‘’']/g, '"')
    .replace(/^(\d{1,2})[、.，,](?=\D)/, '$1.')
    .replace(/^([一二三四五六七八九十]+)[.，,](?=\D)/, '$1、')
    .replace(/不在处理/g, '不再处理')
    .replace(/这一情况/g, '这一情形')
    .replace(/其他情况/g, '其他情形')
    .replace(/三类内容/g, '三类内部')
    .replace(/社会公益组织|社会组织|社会公益/g, '社会公益组织');
}

export type CellKind = 'empty' | 'number' | 'dash' | 'text';

const NUM_RE = /^[-+]?\d+(?:\.\d+)?$/;

/** Parse a printed number ("1,234", "4068.208", "15件", "16368(件)", "１５", "140万" = 1,400,000); null when the cell is not a number. */
export function parseNumber(cell: string): number | null {
  const t = halfWidth(cell)
    .replace(/\s+/g, '')
    .replace(/(?<=\d)[,，](?=\d{3})/g, '')
    .replace(/(?:件|条|个|项|万元|元|批次|批|次|人)$/, '')
    // (the unit in brackets after it, "16368(件)")
    .replace(/(?<=\d)[(（](?:件|条|个|项|万元|元|批次|批|次|人)[)）]$/, '');
  // (a count in 万 with no 元: "140万" is 140 × 10,000 — an amount column reads it back in 万元, table2.ts)
  const tenThousands = /\d万$/.test(t);
  const s = tenThousands ? t.slice(0, -1) : t;
  if (!NUM_RE.test(s)) return null;
  const n = tenThousands ? Math.round(Number(s) * 10_000 * 1e6) / 1e6 : Number(s);
  return Number.isFinite(n) ? n : null;
}

export function cellKind(cell: string): CellKind {
  const s = cell.trim();
  if (s === '') return 'empty';
  if (/^[-—–－/／\\—_、无]+$/.test(s)) return 'dash';
  if (parseNumber(s) !== null) return 'number';
  return 'text';
}

/**
 * A label cell carrying its numbers after single spaces ("行政处罚 0 0 0", "(七) 总计 15 0 0") is
 * split into the label and one cell per number.
 */
export function splitTrailingNumbers(cells: string[]): string[] {
  const out: string[] = [];
  for (const c of cells) {
    const m = /^(.*?[^\d\s.,，])\s+((?:\d+(?:\.\d+)?\s+)*\d+(?:\.\d+)?)$/.exec(c.trim());
    if (m && cellKind(m[1]!) === 'text' && !/[年月日第号]$/.test(m[1]!)) {
      out.push(m[1]!.trim(), ...m[2]!.split(/\s+/));
    } else out.push(c);
  }
  return out;
}

export const CN_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function cnToInt(s: string): number | null {
  if (!s) return null;
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? CN_NUMERALS.indexOf(m[1]) + 1 : 1) * 10 + (m[2] ? CN_NUMERALS.indexOf(m[2]) + 1 : 0);
  const i = CN_NUMERALS.indexOf(s);
  return i >= 0 ? i + 1 : null;
}

/** Split narrative text into sentences on 。！？；(and their ASCII forms), keeping the punctuation. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?；;])|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1 && /[\p{Script=Han}A-Za-z0-9]/u.test(s));
}

/** Collapse runs of whitespace; drop spaces between CJK characters. */
export function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/(?<=[\p{Script=Han}])\s+(?=[\p{Script=Han}])/gu, '').trim();
}

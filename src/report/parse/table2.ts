/** Table 二 (主动公开): rows as printed (table2Raw, old 2019 columns too) and the standard t2.* figures. */
import { SOURCE, T2_ROWS } from '../format.js';
import type { Finding, RawRow, Value } from '../types.js';
import type { Item } from './items.js';
import { bestMatch } from './similar.js';
import { cellKind, halfWidth, normLabel, parseNumber, splitTrailingNumbers } from './util.js';

const ROW_MATCH: Record<string, RegExp> = {
  rules: /^规章$/,
  // (规范性档案: 文件 as a mirror's traditional-character conversion prints it, 規範性檔案)
  normative: /规范性文件|规范性档案/,
  license: /^行政许可/,
  penalty: /^行政处罚/,
  enforcement: /^行政强制/,
  fees: /事业性收费/,
  'other-services': /其他对外管理服务/,
  procurement: /集中采购/,
};

/**
 * Standard column id → header. The 2019 format's headers map where the meaning is the same (see the
 * comment at T2_ROWS): 本年新制作数量 → issued, 对外公开总数量 → valid; 本年新公开数量, 上一年项目数量
 * and 本年增/减 map to nothing.
 */
const COL_MATCH: Record<string, RegExp> = {
  issued: /制发|新制作/,
  repealed: /废止/,
  valid: /现行有效|对外公开总数/,
  decisions: /处理决定/,
  count: /采购项目|采购.*数量/,
  amount: /金额/,
};

/** An amount printed in 元 (header "（单位：元）" or a cell "4863000元") → 万元, the catalogue's unit. */
function toWanYuan(n: number, cell: string, header: string): number {
  const c = halfWidth(cell).replace(/\s+/g, '');
  // ("140万": parsed as 1,400,000, the amount in 万元 is 140)
  if (/\d万$/.test(c)) return Math.round((n / 10_000) * 1e6) / 1e6;
  const inYuan = /\d元$/.test(c) || (!/万元$/.test(c) && /[(（:：]元[)）]|单位[:：]?元(?!.*万)/.test(halfWidth(header).replace(/\s+/g, '')));
  return inYuan ? Math.round(n * 100) / 1_000_000 : n;
}

/**
 * A row label no pattern knows, with figures, that is clearly one catalogue row misprinted
 * ("行政事业型收费", 会仪镇 2021): that row, with a misprint note; else null.
 */
function misprinted(label: string, findings: Finding[]): string | null {
  const m = bestMatch(label, T2_ROWS, (r) => r.label);
  if (!m) return null;
  findings.push({
    rule: 'misprint',
    severity: 'warning',
    message: `表二行名“${label}”与国家格式不符（疑为印刷错误），已按最接近的标准行“${m.item.label}”读取`,
    row: m.item.id,
  });
  return m.item.id;
}

export interface Table2Result {
  raw: RawRow[];
  found: boolean;
  hasData: boolean;
  /** Standard rows (规章, 行政许可, …) printed with at least one number. */
  rows: Set<string>;
}

function itemOf(text: string): string | null {
  const m = /第二十条第\(([一二三四五六七八九十]+)\)项/.exec(halfWidth(text).replace(/\s+/g, ''));
  return m ? `第二十条第（${m[1]}）项` : null;
}

/**
 * `endsText`: nothing of the report follows table 二 (a page cut inside it). Its last row's cells that are
 * not there at all ("行政规范性文件 0 0" and the text ends) are then not reported, never 0 — a blank cell
 * of a table that goes on is still 0.
 */
export function parseTable2(items: Item[], values: Record<string, Value>, findings: Finding[] = [], endsText = false): Table2Result {
  const raw: RawRow[] = [];
  const rows: { id: string | null; label: string; header: string[] | null; cells: string[]; split?: (number | null)[] }[] = [];
  let item = '';
  let header: string[] | null = null;
  let found = false;
  let hasData = false;
  const standard = new Set<string>();

  for (const it of items) {
    if (it.kind === 'context') {
      const i = itemOf(it.text);
      if (i) {
        item = i;
        header = null;
      }
      continue;
    }
    found = true;
    const cells = splitTrailingNumbers(it.cells.map((c) => c.trim()));
    const filled = cells.filter((c) => c !== '');
    if (!filled.length) continue;
    const i = itemOf(filled.join(''));
    if (i && filled.length === 1) {
      item = i;
      header = null;
      continue;
    }
    const first = normLabel(cells[0] ?? '');
    const kinds = cells.slice(1).map(cellKind);
    if (/信息内容|^内容$|^项目$/.test(first) || (kinds.every((k) => k !== 'number') && cells.slice(1).some((c) => /件数|数量|金额|项目/.test(c)))) {
      header = cells.map((c) => c.trim());
      continue;
    }
    const hasFigures = kinds.some((k) => k === 'number') || it.split?.some((v) => v !== null);
    const id = Object.keys(ROW_MATCH).find((k) => ROW_MATCH[k]!.test(first)) ?? (hasFigures ? misprinted(cells[0]!.trim(), findings) : null);
    if (hasFigures) {
      hasData = true;
      if (id) standard.add(id);
    }
    rows.push({ id, label: cells[0]!.trim(), header, cells, ...(it.split ? { split: it.split } : {}) });
    const rawCells: Record<string, string> = {};
    for (let c = 1; c < cells.length; c++) {
      // (a heading wrapped over two lines, "本年新 公开数量", is one heading: no white space inside)
      const key = header?.[c]?.replace(/\s+/g, '') || `列${c}`;
      if (key in rawCells) rawCells[`${key}#${c}`] = cells[c]!;
      else rawCells[key] = cells[c]!;
    }
    raw.push({ item, label: cells[0]!.trim(), cells: rawCells });
  }

  for (const def of T2_ROWS) {
    const row = rows.find((r) => r.id === def.id);
    for (const col of Object.keys(def.cols)) {
      const id = `t2.${def.id}.${col}`;
      if (!row) {
        values[id] = { value: null, source: SOURCE.二 };
        continue;
      }
      let idx = -1;
      if (row.header) {
        idx = row.header.findIndex((h, i) => i > 0 && COL_MATCH[col]!.test(normLabel(h)));
      } else {
        idx = Object.keys(def.cols).indexOf(col) + 1;
      }
      if (idx < 0) {
        values[id] = { value: null, source: SOURCE.二 };
        continue;
      }
      if (endsText && row === rows.at(-1) && idx >= row.cells.length) {
        values[id] = { value: null, source: SOURCE.二 };
        continue;
      }
      const cell = row.cells[idx] ?? '';
      if (row.split && row.split[idx - 1] === null) {
        values[id] = { value: null, source: SOURCE.二 }; // a run-together cell no rule settles: not reported, never 0
        continue;
      }
      let n = parseNumber(cell);
      if (n !== null && col === 'amount') n = toWanYuan(n, cell, row.header?.[idx] ?? '');
      values[id] = { value: n ?? (hasData && cellKind(cell) !== 'text' ? 0 : null), source: SOURCE.二 };
    }
  }
  return { raw, found, hasData, rows: standard };
}

/**
 * Table 四 (行政复议、行政诉讼): 15 numbers. One data row of 15 after a 3-row header, or three small
 * tables of 5 under headings naming the group. Headers without a data row → every value null.
 */
import { SOURCE, T4_COLUMNS, T4_GROUPS } from '../format.js';
import type { Finding, Value } from '../types.js';
import type { Item } from './items.js';
import { cellKind, normLabel, parseNumber, splitTrailingNumbers } from './util.js';

/** Numbers in table 四: 3 groups × 5 columns. */
const T4_WIDTH = T4_GROUPS.length * T4_COLUMNS.length;

export interface Table4Result {
  found: boolean;
  hasData: boolean;
}

function groupOf(text: string): string | null {
  const t = normLabel(text);
  if (/复议后起诉|复议后/.test(t)) return 'suit-after-review';
  if (/未经复议|直接起诉/.test(t)) return 'suit-direct';
  if (/行政复议/.test(t) && !/诉讼/.test(t)) return 'review';
  return null;
}

export function parseTable4(items: Item[], values: Record<string, Value>, findings: Finding[]): Table4Result {
  const got: Record<string, (number | null)[]> = {};
  const derivedTotal = new Set<string>();
  let context: string | null = null;
  let found = false;
  let hasData = false;
  const order = T4_GROUPS.map((g) => g.id);
  const nextFree = () => order.find((g) => !got[g]) ?? null;

  for (const it of items) {
    if (it.kind === 'context') {
      context = groupOf(it.text) ?? context;
      continue;
    }
    found = true;
    const cells = splitTrailingNumbers(it.cells.map((c) => c.trim()));
    const kinds = cells.map(cellKind);
    if (it.split) {
      // a run-together row, already split (flat-tables.ts): the whole table, or one group; unknown cells stay null
      hasData = true;
      const split = it.split;
      const g = groupOf(cells.join('')) ?? (context && !got[context] ? context : null) ?? nextFree();
      if (split.length === 15) order.forEach((id, i) => (got[id] = split.slice(i * 5, i * 5 + 5)));
      else if (split.length === 5 && g) got[g] = split;
      continue;
    }
    const first = kinds.indexOf('number');
    if (first < 0) {
      const texts = cells.filter((_, i) => kinds[i] === 'text');
      // A label-only row naming one group ("行政复议") sets the context; header rows name several.
      const named = new Set(texts.map(groupOf).filter(Boolean));
      if (named.size === 1 && texts.length <= 2) context = [...named][0]!;
      continue;
    }
    const last = kinds.length - 1 - [...kinds].reverse().indexOf('number');
    let nums = cells.slice(first, last + 1).map((c) => parseNumber(c) ?? 0);
    // The data row of 15 cells whose first or last cells are blank (上海 2019: 复议后起诉 all blank):
    // the row's own width says where the 15 are; its blanks are 0 like the blanks between numbers.
    const labelEnd = kinds.findIndex((k) => k !== 'text');
    const valueCells = labelEnd < 0 ? [] : cells.slice(labelEnd);
    if (nums.length < T4_WIDTH && valueCells.length === T4_WIDTH && valueCells.every((_, i) => kinds[labelEnd + i] !== 'text')) {
      nums = valueCells.map((c) => parseNumber(c) ?? 0);
    }
    const rowGroup = groupOf(cells.slice(0, first).join('')) ?? null;
    hasData = true;
    if (nums.length >= 15) {
      if (nums.length > 15) {
        findings.push({ rule: 'columns', severity: 'warning', message: `表四数据行有 ${nums.length} 个数字（应为 15 个），按前 15 个读取`, numbers: nums });
      }
      order.forEach((g, i) => (got[g] = nums.slice(i * 5, i * 5 + 5)));
      continue;
    }
    if (nums.length === 10) {
      const g1 = rowGroup ?? context ?? nextFree();
      const start = g1 ? order.indexOf(g1) : 0;
      if (start <= 1) {
        got[order[start]!] = nums.slice(0, 5);
        got[order[start + 1]!] = nums.slice(5, 10);
        continue;
      }
    }
    if (nums.length === 5 || nums.length === 4) {
      const g = rowGroup ?? (context && !got[context] ? context : null) ?? nextFree();
      if (g) {
        got[g] = nums.length === 5 ? nums : [...nums, nums.reduce((a, b) => a + b, 0)];
        if (nums.length === 4) {
          derivedTotal.add(g);
          findings.push({ rule: 'columns', severity: 'info', message: `表四“${T4_GROUPS.find((x) => x.id === g)!.label}”只有 4 个数字，总计按各项之和计算`, numbers: nums });
        }
        context = null;
        continue;
      }
    }
    findings.push({ rule: 'columns', severity: 'warning', message: `表四有一行 ${nums.length} 个数字，无法对应到复议/诉讼各列`, numbers: nums });
  }

  for (const g of T4_GROUPS) {
    T4_COLUMNS.forEach((c, i) => {
      const v = got[g.id]?.[i];
      values[`t4.${g.id}.${c.id}`] = { value: v ?? null, source: SOURCE.四, ...(c.id === 'total' && derivedTotal.has(g.id) ? { derived: true } : {}) };
    });
  }
  return { found, hasData };
}

/**
 * Table 三 printed without cell breaks ("一、本年新收政府信息公开申请数量 713000074二、上年结转…"): each
 * labelled run is split into the row's 7 cells by the rules of the format — no leading zeros, the
 * six applicant columns sum to the 总计 (R3) — and, where a row still splits more than one way, by
 * the balances across rows, per column (R1: 一 + 二 = (七)总计 + 四; R2: (七)总计 = the outcome rows;
 * a printed group subtotal = its sub-rows). Cells no rule settles stay unknown.
 */
import { T3_COLUMNS, T3_GROUPS, T3_ROW_BY_ID, T3_ROWS } from '../format.js';
import { splitRun, sixSumToTotal } from './digit-split.js';
import type { LabelledRun } from './flat-runs.js';
import type { FlatRow } from './flat-notes.js';
import { identifyT3 } from './table3.js';
import { normLabel } from './util.js';
import type { Balance } from './split-search.js';

const CELLS = T3_COLUMNS.length; // 6 applicant columns + 总计
const GROUPS = new Set<string>(T3_GROUPS);

/** Where a numbered label starts: "一、", "（三）", "2." (a label holds several when a group heads its first row). */
const NUMBER_MARK = '[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d{1,2}[.．、](?=\\D)';
const NUMBERED = new RegExp(`(?=${NUMBER_MARK})`);
const STARTS_NUMBERED = new RegExp(`^(?:${NUMBER_MARK})`);

/** The number the format prints before the sub-row `label` names ("2" for 其他法律行政法规禁止公开). */
export function t3Number(label: string): string | null {
  const id = identifyT3(label, null);
  if (id?.kind !== 'row') return null;
  const num = /^(\d+)\./.exec(T3_ROW_BY_ID[id.id]?.num ?? '');
  return num ? num[1]! : null;
}

/** The rows of table 三's labelled runs: context labels, and each run's row with its possible splits. */
export function table3Rows(runs: LabelledRun[]): FlatRow[] {
  const out: FlatRow[] = [];
  let group: string | null = null;
  for (const run of runs) {
    const parts = run.label.split(NUMBERED).map((p) => p.trim()).filter(Boolean);
    let rowId: string | null = null;
    let rowLabel = '';
    parts.forEach((part, i) => {
      const id = identifyT3(part, group);
      // text without a number that only resembles a row (the column header) is no label
      if (!id || (id.kind === 'row' && id.misprint && !STARTS_NUMBERED.test(part))) return;
      if (id.kind === 'result') group = null;
      else if (id.kind === 'group') group = id.id;
      else group = T3_ROW_BY_ID[id.id]?.parent ?? (GROUPS.has(id.id) ? group : null);
      if (i < parts.length - 1 || id.kind === 'result') out.push({ kind: 'context', label: part });
      else {
        rowId = id.id;
        rowLabel = part;
      }
    });
    if (!rowId) continue; // a run after the header or after an unknown label: no row of the format
    const found = splitRun(run.tokens, CELLS);
    const valid = found.splits.filter(sixSumToTotal);
    // a run with one split only is the report's own figures even when its total is off (R3 then says so)
    const splits = found.splits.length === 1 ? found.splits : valid;
    out.push({ kind: 'row', id: rowId, label: rowLabel, run: run.tokens.join(' '), splits, complete: found.complete });
  }
  return out;
}

/** The balances of table 三 whose rows are all printed (row ids → printed). */
export function table3Balances(printed: Set<string>): Balance[] {
  const out: Balance[] = [];
  const has = (ids: string[]) => ids.every((id) => printed.has(id));
  if (has(['new', 'carried', 'total', 'carry-over'])) out.push({ left: ['new', 'carried'], right: ['total', 'carry-over'] });
  const parts: string[] = ['granted', 'partial'];
  let complete = has(parts);
  for (const g of T3_GROUPS) {
    const children = T3_ROWS.filter((r) => r.parent === g).map((r) => r.id);
    if (has(children)) {
      parts.push(...children);
      if (printed.has(g)) out.push({ left: [g], right: children });
    } else if (printed.has(g) && !children.some((c) => printed.has(c))) parts.push(g);
    else complete = false;
  }
  if (complete && printed.has('total')) out.push({ left: ['total'], right: parts });
  return out;
}

/** Metric id of row `row`, cell `i` of table 三. */
export function t3Metric(row: string, i: number): string {
  return `t3.${row}.${T3_COLUMNS[i]!.id}`;
}

/** Label of cell `i` for staff ("自然人", "总计"). */
export function t3ColumnLabel(i: number): string {
  return T3_COLUMNS[i]!.label;
}

/** A label as the staff read it in a finding: "（二）部分公开" (no long parenthesised notes). */
export function t3RowName(id: string, printed: string): string {
  const row = T3_ROW_BY_ID[id];
  return row ? `${row.num}${row.label}` : normLabel(printed);
}

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
import type { FlatTable, SplitNote } from './flat-notes.js';
import type { Item } from './items.js';
import { identifyT3 } from './table3.js';
import { resolveSplits, type Balance } from './split-search.js';

/** A labelled run of table 三's text: a label without figures, or a row and its possible splits. */
type FlatRow =
  | { kind: 'context'; label: string }
  | { kind: 'row'; id: string; label: string; run: string; splits: number[][]; complete: boolean };

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
function table3Rows(runs: LabelledRun[]): FlatRow[] {
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
function table3Balances(printed: Set<string>): Balance[] {
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

/** Items (context labels, rows with their split figures) and notes of table 三's labelled runs. */
export function readTable3(runs: LabelledRun[]): FlatTable {
  const rows = table3Rows(runs);
  const first = new Map<string, number[][]>();
  for (const r of rows) {
    if (r.kind !== 'row' || first.has(r.id)) continue;
    first.set(r.id, r.complete ? r.splits : []);
  }
  const resolved = resolveSplits(first, table3Balances(new Set(first.keys())), CELLS);
  const limited = !resolved.complete;
  const items: Item[] = [];
  const notes: SplitNote[] = [];
  const used = new Set<string>();
  for (const r of rows) {
    if (r.kind === 'context') {
      items.push({ kind: 'context', text: r.label });
      continue;
    }
    if (used.has(r.id)) {
      items.push({ kind: 'row', cells: [r.label], table: 0, split: [] }); // a repeated row: the table parser reports it
      continue;
    }
    used.add(r.id);
    const cells = resolved.cells.get(r.id)!;
    const sources = resolved.sources.get(r.id)!;
    items.push({ kind: 'row', cells: [r.label], table: 0, split: cells });
    const note: SplitNote = {
      table: '三',
      row: `${T3_ROW_BY_ID[r.id]!.num}${T3_ROW_BY_ID[r.id]!.label}`,
      run: r.run,
      columns: T3_COLUMNS.map((c) => c.label),
      metrics: T3_COLUMNS.map((c) => `t3.${r.id}.${c.id}`),
      cells,
      sources,
      ways: r.splits.length,
    };
    if (!r.complete) note.limit = 'row';
    else if (limited && cells.some((v) => v === null)) note.limit = 'search';
    notes.push(note);
  }
  return { items, notes };
}

/**
 * Table 四 printed without a table: the header run together, then the 15 figures (复议, 直接起诉,
 * 复议后起诉 × 维持, 纠正, 其他, 尚未审结, 总计), with or without spaces; a shorter run is one group of 5.
 * Split so that each group's four results sum to its 总计 (R4).
 */
import { T4_COLUMNS, T4_GROUPS } from '../format.js';
import { commonValue, groupsOfFiveSum, splitRun } from './digit-split.js';
import type { FlatTable, SplitNote } from './flat-notes.js';
import type { LabelledRun } from './flat-runs.js';
import type { Item } from './items.js';

/** A table-四 run this long is the whole table (3 groups × 5); shorter, one group of 5. */
const T4_CELLS = T4_GROUPS.length * T4_COLUMNS.length;

/** Items (rows with their split figures) and notes of table 四's labelled runs. */
export function readTable4(runs: LabelledRun[]): FlatTable {
  const items: Item[] = [];
  const notes: SplitNote[] = [];
  for (const run of runs) {
    const digits = run.tokens.join('').length;
    const n = digits >= T4_CELLS ? T4_CELLS : T4_COLUMNS.length;
    const found = splitRun(run.tokens, n, groupsOfFiveSum);
    const splits = found.complete ? found.splits : [];
    const cells = Array.from({ length: n }, (_, i) => commonValue(splits, i) ?? null);
    items.push({ kind: 'row', cells: [run.label], table: 0, split: cells });
    const columns = Array.from({ length: n }, (_, i) => `${n === T4_CELLS ? T4_GROUPS[Math.floor(i / 5)]!.label : ''}${T4_COLUMNS[i % 5]!.label}`);
    const note: SplitNote = { table: '四', row: '复议、诉讼数据行', run: run.tokens.join(' '), columns, metrics: columns.map((_, i) => (n === T4_CELLS ? `t4.${T4_GROUPS[Math.floor(i / 5)]!.id}.${T4_COLUMNS[i % 5]!.id}` : '')), cells, sources: cells.map((v) => (v === null ? null : 'row')), ways: found.splits.length };
    if (!found.complete) note.limit = 'row';
    notes.push(note);
  }
  return { items, notes };
}

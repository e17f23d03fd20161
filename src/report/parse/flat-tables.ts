/**
 * Tables 二–四 whose cells were run together with no separators (a web capture's text: labels of the
 * national catalogue followed by runs of digits). Read only for a section that holds no table at
 * all: its text is cut into labelled runs (flat-runs.ts), each run split into its row's cells by the
 * format's rules (digit-split.ts, split-search.ts), and handed to the ordinary table parsers as rows
 * whose figures are already split (Item.split; null = not determined, never 0).
 */
import { T3_COLUMNS, T4_COLUMNS, T4_GROUPS } from '../format.js';
import type { Finding, Value } from '../types.js';
import { groupsOfFiveSum, splitRun } from './digit-split.js';
import { markByBalance, splitFindings, type SplitNote } from './flat-notes.js';
import { labelledRuns } from './flat-runs.js';
import { readTable2 } from './flat-table2.js';
import { t3ColumnLabel, t3Metric, t3Number, t3RowName, table3Balances, table3Rows } from './flat-table3.js';
import type { Item, TableId } from './items.js';
import type { Section } from './sections.js';
import { resolveSplits } from './split-search.js';

/**
 * Rows of the catalogue, each followed by a run of digits, that make a run-together table even when
 * not one of their figures could be read: one or two such pairs occur in prose ("行政许可 3"), three
 * in a row do not.
 */
const MIN_UNREAD_ROWS = 3;

/** A table-四 run this long is the whole table (3 groups × 5); shorter, one group of 5. */
const T4_CELLS = T4_GROUPS.length * T4_COLUMNS.length;

function table3(text: string): { items: Item[]; notes: SplitNote[] } {
  const rows = table3Rows(labelledRuns(text, t3Number));
  const first = new Map<string, number[][]>();
  let limited = false;
  for (const r of rows) {
    if (r.kind !== 'row' || first.has(r.id)) continue;
    first.set(r.id, r.complete ? r.splits : []);
  }
  const resolved = resolveSplits(first, table3Balances(new Set(first.keys())), T3_COLUMNS.length);
  if (!resolved.complete) limited = true;
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
      row: t3RowName(r.id, r.label),
      run: r.run,
      columns: cells.map((_, i) => t3ColumnLabel(i)),
      metrics: cells.map((_, i) => t3Metric(r.id, i)),
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

function table4(text: string): { items: Item[]; notes: SplitNote[] } {
  const items: Item[] = [];
  const notes: SplitNote[] = [];
  for (const run of labelledRuns(text)) {
    const digits = run.tokens.join('').length;
    const n = digits >= T4_CELLS ? T4_CELLS : T4_COLUMNS.length;
    const found = splitRun(run.tokens, n, groupsOfFiveSum);
    const splits = found.complete ? found.splits : [];
    const cells = Array.from({ length: n }, (_, i) => (splits.length && splits.every((s) => s[i] === splits[0]![i]) ? splits[0]![i]! : null));
    items.push({ kind: 'row', cells: [run.label], table: 0, split: cells });
    const columns = Array.from({ length: n }, (_, i) => `${n === T4_CELLS ? T4_GROUPS[Math.floor(i / 5)]!.label : ''}${T4_COLUMNS[i % 5]!.label}`);
    const note: SplitNote = { table: '四', row: '复议、诉讼数据行', run: run.tokens.join(' '), columns, metrics: columns.map(() => ''), cells, sources: cells.map((v) => (v === null ? null : 'row')), ways: found.splits.length };
    if (!found.complete) note.limit = 'row';
    notes.push(note);
  }
  return { items, notes };
}

/**
 * For each of sections 二–四 whose stream holds no table row: read its text as a run-together table.
 * Rows found are appended to the stream; returns the notes, to be applied once the tables are parsed
 * (applyFlatNotes).
 */
export function readFlatTables(sections: Section[], streams: Record<TableId, Item[]>, narrative: string[]): SplitNote[][] {
  const out: SplitNote[][] = [];
  for (const id of ['二', '三', '四'] as const) {
    if (streams[id].some((it) => it.kind === 'row')) continue;
    const text = sections
      .filter((s) => s.id === id)
      .flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text])))
      .join(' ');
    if (!/\d/.test(text)) continue;
    const read = id === '二' ? readTable2(labelledRuns(text), narrative) : id === '三' ? table3(text) : table4(text);
    // a table: a figure read, or rows enough that no prose makes them (then staff hear why none was read)
    if (!read.notes.some((n) => n.cells.some((v) => v !== null)) && read.notes.length < MIN_UNREAD_ROWS) continue;
    streams[id].push(...read.items);
    out.push(read.notes);
  }
  return out;
}

/** After the tables are parsed: the findings about the split rows, and the balance marks. */
export function applyFlatNotes(notes: SplitNote[][], values: Record<string, Value>, findings: Finding[]): void {
  for (const table of notes) {
    findings.push(...splitFindings(table[0]!.table, table));
    markByBalance(values, table);
  }
}

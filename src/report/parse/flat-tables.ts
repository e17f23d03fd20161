/**
 * Tables 二–四 whose cells were run together with no separators (a web capture's text: labels of the
 * national catalogue followed by runs of digits). Read only for a section that holds no table at
 * all: its text is cut into labelled runs (flat-runs.ts), each run split into its row's cells by the
 * format's rules (digit-split.ts, split-search.ts), and handed to the ordinary table parsers as rows
 * whose figures are already split (Item.split; null = not determined, never 0).
 */
import type { Finding, Value } from '../types.js';
import { markByBalance, splitFindings, type SplitNote } from './flat-notes.js';
import { labelledRuns } from './flat-runs.js';
import { readTable2 } from './flat-table2.js';
import { readTable3, t3Number } from './flat-table3.js';
import { readTable4 } from './flat-table4.js';
import type { Item, TableId } from './items.js';
import type { Section } from './sections.js';

/**
 * Rows of the catalogue, each followed by a run of digits, that make a run-together table even when
 * not one of their figures could be read: one or two such pairs occur in prose ("行政许可 3"), three
 * in a row do not.
 */
const MIN_UNREAD_ROWS = 3;

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
    const read = id === '二' ? readTable2(labelledRuns(text), narrative) : id === '三' ? readTable3(labelledRuns(text, t3Number)) : readTable4(labelledRuns(text));
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

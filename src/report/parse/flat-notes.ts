/**
 * What the reading of run-together tables tells staff, and how its figures are marked: one `split`
 * finding per table (how its rows were split), one per row whose cells were chosen by the table's
 * balance or the narrative, one per row with cells left unknown; cells chosen by the balance are
 * marked derived, by 'balance' (answers then say "根据表内合计推算"), as are the sums built on them.
 */
import { T3_GROUPS, T3_ORG_COLUMNS, T3_ROWS } from '../format.js';
import type { Finding, Value } from '../types.js';
import type { Item } from './items.js';
import { MAX_SPLIT_STEPS } from './digit-split.js';
import { MAX_SEARCH_STEPS } from './split-search.js';

/** What reading one run-together table gives: rows for the table parser, notes for staff and marks. */
export interface FlatTable {
  items: Item[];
  notes: SplitNote[];
}

/** How a cell's figure was settled: by its row's own rules, by the table's balance, by the narrative; null: not at all. */
export type Source = 'row' | 'balance' | 'narrative' | null;

/** One split row, for the findings and the marks. */
export interface SplitNote {
  table: '二' | '三' | '四';
  /** The row as staff know it: "（二）部分公开", "行政规范性文件". */
  row: string;
  /** The digits as printed. */
  run: string;
  /** Column label per cell. */
  columns: string[];
  /** Metric id per cell. */
  metrics: string[];
  cells: (number | null)[];
  sources: Source[];
  /** Splits the row's own rules allow (0: none). */
  ways: number;
  /** Which limit stopped the reading of this row, if one did. */
  limit?: 'row' | 'search';
  /** For cells chosen by the narrative: the figures it states ("现行有效 698"). */
  stated?: string[];
}

const listed = (note: SplitNote, src: Source) =>
  note.cells.map((v, i) => (note.sources[i] === src ? `${note.columns[i]} ${v}` : '')).filter(Boolean).join('，');

/** The balances each table's figures answer to, in words. */
const BALANCE_WORDS: Record<SplitNote['table'], string> = {
  二: '',
  三: '第一项加第二项之和等于第三项加第四项之和、各办理结果之和等于总计',
  四: '',
};

/** Findings for staff about the rows of one run-together table (none when `notes` is empty). */
export function splitFindings(table: SplitNote['table'], notes: SplitNote[]): Finding[] {
  if (!notes.length) return [];
  const out: Finding[] = [];
  const unknown = notes.filter((n) => n.cells.some((v) => v === null));
  const byBalance = notes.filter((n) => n.sources.includes('balance'));
  const byNarrative = notes.filter((n) => n.sources.includes('narrative'));
  out.push({
    rule: 'split',
    severity: 'info',
    message:
      `表${table}的单元格连成一段文字、没有分隔（如网页转存的文字），已按国家格式的行名和勾稽关系拆分：共 ${notes.length} 行，` +
      `${notes.filter((n) => n.sources.every((s) => s === 'row')).length} 行由本行规则唯一确定` +
      (byBalance.length ? `，${byBalance.length} 行由表内平衡关系确定` : '') +
      (byNarrative.length ? `，${byNarrative.length} 行按正文所述确定` : '') +
      (unknown.length ? `，${unknown.length} 行有数字无法确定（视为未报告）` : ''),
    numbers: [notes.length, unknown.length],
  });
  for (const n of byBalance) {
    out.push({
      rule: 'split',
      severity: 'info',
      message: `表${table}“${n.row}”一行的数字连在一起（${n.run}），本行有 ${n.ways} 种拆分，按表内平衡关系（${BALANCE_WORDS[table]}）只有一种成立，据此推算：${listed(n, 'balance')}`,
      row: n.row,
    });
  }
  for (const n of byNarrative) {
    out.push({
      rule: 'split',
      severity: 'info',
      message: `表${table}“${n.row}”一行的数字连在一起（${n.run}），本行有 ${n.ways} 种拆分，按正文所述（${(n.stated ?? []).join('，')}）拆分为：${n.cells.map((v, i) => `${n.columns[i]} ${v}`).join('，')}`,
      row: n.row,
    });
  }
  for (const n of unknown) {
    const missing = n.cells.map((v, i) => (v === null ? n.columns[i] : '')).filter(Boolean).join('、');
    const why =
      n.limit === 'row'
        ? `可能的拆分太多（超过上限 ${MAX_SPLIT_STEPS} 步）`
        : n.limit === 'search'
          ? `与其他行一起比对时超过搜索上限（${MAX_SEARCH_STEPS} 步）`
          : n.ways === 0
            ? `无法拆分成 ${n.cells.length} 格并符合本行规则`
            : `有 ${n.ways} 种拆分都符合本行规则${BALANCE_WORDS[table] ? '和表内平衡关系' : ''}`;
    out.push({
      rule: 'split',
      severity: 'warning',
      message: `表${table}“${n.row}”一行的数字连在一起（${n.run}），${why}，无法确定${missing}，这些数字视为未报告`,
      row: n.row,
    });
  }
  return out;
}

/**
 * Mark the cells chosen by the table's balance as derived, by 'balance', and with them the table-三
 * sums built on them (the 法人或其他组织 column, the group subtotals).
 */
export function markByBalance(values: Record<string, Value>, notes: SplitNote[]): void {
  const mark = (id: string) => {
    const v = values[id];
    if (v && v.value !== null) values[id] = { ...v, derived: true, by: 'balance' };
  };
  const marked = new Set<string>();
  for (const n of notes) n.metrics.forEach((id, i) => n.sources[i] === 'balance' && marked.add(id));
  for (const id of marked) mark(id);
  if (![...marked].some((id) => id.startsWith('t3.'))) return;
  const isMarked = (id: string) => values[id]?.by === 'balance';
  for (const row of T3_ROWS) {
    if (T3_ORG_COLUMNS.some((c) => isMarked(`t3.${row.id}.${c}`))) mark(`t3.${row.id}.org`);
  }
  for (const g of T3_GROUPS) {
    const children = T3_ROWS.filter((r) => r.parent === g);
    for (const c of ['natural', ...T3_ORG_COLUMNS, 'total', 'org']) {
      if (children.some((r) => isMarked(`t3.${r.id}.${c}`)) && values[`t3.${g}.${c}`]?.derived) mark(`t3.${g}.${c}`);
    }
  }
}

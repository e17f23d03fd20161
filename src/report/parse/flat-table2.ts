/**
 * Table 二 printed without cell breaks: "第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数
 * 规章000行政规范性文件8855698第二十条第（五）项信息内容本年处理决定数量行政许可10690…". Each labelled
 * run ends in a row of the catalogue; what comes before it is the item (第二十条第（X）项) and the
 * header, whose column headers give the number of cells. Table 二 has no sum rule: a row that splits
 * more than one way is settled by the figures the narrative states for it, else its cells that the
 * splits disagree on stay unknown.
 */
import { T2_ROWS } from '../format.js';
import { commonValue, splitRun } from './digit-split.js';
import type { LabelledRun } from './flat-runs.js';
import type { FlatTable, Source, SplitNote } from './flat-notes.js';
import type { Item } from './items.js';
import { columnWord, statedFigures } from './stated-figures.js';

/** Catalogue rows, longest label first (行政规范性文件 before a shorter label it ends with). */
const ROWS = [...T2_ROWS].sort((a, b) => b.label.length - a.label.length);
const ITEM = /第二十条第[（(][一二三四五六七八九十]+[）)]项/;
/** One column header: up to its 件数 / 数量 / 金额（单位） / 增减. */
const HEADER_CELL = /.+?(?:件数|数量|金额(?:[（(][^）)]*[）)])?|增\/?减)/g;

/** Items (item context, header rows, rows with their split figures) and notes of table 二's runs. */
export function readTable2(runs: LabelledRun[], narrative: string[]): FlatTable {
  const items: Item[] = [];
  const notes: SplitNote[] = [];
  let header: string[] | null = null;
  for (const run of runs) {
    const text = run.label.replace(/\s+/g, '');
    const row = ROWS.find((r) => text.endsWith(r.label));
    if (!row) continue;
    const before = text.slice(0, text.length - row.label.length);
    const item = ITEM.exec(before);
    if (item) {
      items.push({ kind: 'context', text: item[0] });
      header = null;
    }
    const head = (item ? before.slice(item.index + item[0].length) : before).replace(/^信息内容/, '');
    const cells = head.match(HEADER_CELL);
    if (cells?.length) {
      header = cells;
      items.push({ kind: 'row', cells: ['信息内容', ...cells], table: 0 });
    }
    const columns = header ?? Object.values(row.cols);
    const found = splitRun(run.tokens, columns.length);
    let splits = found.complete ? found.splits : [];
    const sources: Source[] = columns.map((_, i) => (commonValue(splits, i) !== undefined ? 'row' : null));
    let stated: string[] | undefined;
    if (splits.length > 1) {
      const figures = statedFigures(narrative, row.label, T2_ROWS.filter((r) => r !== row).map((r) => r.label), columns);
      const fits = splits.filter((s) => s.every((v, i) => !figures[i]!.size || figures[i]!.has(v)));
      if (fits.length && fits.length < splits.length) {
        stated = columns.map((c, i) => (figures[i]!.size ? `${columnWord(c)} ${[...figures[i]!].join('或')}` : '')).filter(Boolean);
        splits = fits;
        columns.forEach((_, i) => {
          if (sources[i] === null && commonValue(splits, i) !== undefined) sources[i] = 'narrative';
        });
      }
    }
    const values = columns.map((_, i) => commonValue(splits, i) ?? null);
    items.push({ kind: 'row', cells: [row.label, ...values.map((v) => (v === null ? '' : String(v)))], table: 0, split: values });
    const note: SplitNote = {
      table: '二',
      row: row.label,
      run: run.tokens.join(' '),
      columns,
      metrics: columns.map((_, i) => `t2.${row.id}.${Object.keys(row.cols)[i] ?? i}`),
      cells: values,
      sources,
      ways: found.splits.length,
    };
    if (!found.complete) note.limit = 'row';
    if (stated) note.stated = stated;
    notes.push(note);
  }
  return { items, notes };
}

/**
 * The cells of a figure answer and the arithmetic on them that every table shares: a cell's value, the cells
 * an answer states, figures quoted to check against them, and the difference of two.
 */
import { ImpossibleFigure } from '../report/sanity.js';
import { T2_ROWS } from '../report/format.js';
import type { Report } from '../report/types.js';
import type { MetricQuery } from '../understand/metrics.js';

/**
 * Decimal places a figure keeps: all a report prints (收费金额 190.457379 万元, six places), while the float noise of
 * a computed figure (0.1 + 0.2 = 0.30000000000000004) is rounded away.
 */
const FIGURE_DECIMALS = 8;

/** A figure as the report prints it (integers plain, decimals as printed). */
export const fmt = (v: number) => (Number.isInteger(v) ? String(v) : String(Number(v.toFixed(FIGURE_DECIMALS))));

/** A cell's value; an impossible figure is never stated (report/sanity.ts): the handler words the answer. */
export function val(r: Report, id: string): number | null | undefined {
  const v = r.values[id];
  if (v?.invalid) throw new ImpossibleFigure(r, id); // never stated (report/sanity.ts); the handler words the answer
  return v === undefined ? undefined : v.value;
}


/** The cells a figure answer states, in order (table 三 rows × columns, table 二 row × columns). */
export function cellsOf(r: Report, q: MetricQuery): (number | null | undefined)[] {
  if (q.table === '三') {
    const cols = q.cols.length ? q.cols : ['total'];
    return q.rows.filter((x) => !(q.rate && x === 'total')).flatMap((x) => cols.map((c) => val(r, `t3.${x}.${c}`)));
  }
  if (q.table === '二') {
    return q.rows.flatMap((rowId) => {
      const row = T2_ROWS.find((x) => x.id === rowId)!;
      const cols = q.cols.filter((c) => c in row.cols);
      return (cols.length ? cols : Object.keys(row.cols)).map((c) => val(r, `t2.${rowId}.${c}`));
    });
  }
  return q.rows.map((g) => val(r, `t4.${g}.total`));
}

/**
 * Figures the asker quotes to check, against the cells the answer states: all of them there ("对，…一致"),
 * or the ones that are not (the report's figures follow). Nothing when the report gives none of the cells.
 */
// (`inOrder`: the cells of the rows named, in the order named, one quoted figure each — each figure must be its own row's)
export function checkLine(cells: (number | null | undefined)[], quoted: number[], unit = '件', inOrder?: (number | null | undefined)[]): string | undefined {
  const have = new Set(cells.filter((c): c is number => typeof c === 'number'));
  if (!have.size) return undefined;
  const wrong = inOrder && inOrder.every((c) => typeof c === 'number') ? quoted.filter((n, i) => inOrder[i] !== n) : quoted.filter((n) => !have.has(n));
  return wrong.length
    ? `核对：不对，您说的 ${wrong.map(fmt).join('、')} ${unit}与报告中的数字不一致，报告中的数字如下：`
    : `核对：对，您说的 ${quoted.map(fmt).join('、')} ${unit}与报告中的数字一致：`;
}

/** "两者相差 14（18 − 4，按报告数字计算）": exactly two figures stated, both in the report. */
export function differenceLine(cells: (number | null | undefined)[]): string | undefined {
  if (cells.length !== 2 || !cells.every((c): c is number => typeof c === 'number')) return undefined;
  const [a, b] = cells[0]! >= cells[1]! ? [cells[0]!, cells[1]!] : [cells[1]!, cells[0]!];
  return `两者相差 ${fmt(a - b)}（${fmt(a)} − ${fmt(b)}，按报告数字计算）。`;
}

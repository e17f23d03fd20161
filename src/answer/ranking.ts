/**
 * One figure of every loaded office, ranked ("这几家单位里哪家新收申请最多"): each office's newest report
 * (or the year named), from the most to the least (or the reverse for 最少). A report that does not give
 * the figure is listed as such, never as 0. Pure: no I/O.
 */
import type { Report } from '../report/types.js';
import type { MetricQuery } from '../understand/metrics.js';
import { renderMetric, reportLabel } from './render.js';
import { sumOfCells } from './trend.js';

/** Table 二 rows with a single column, so a question need not name it. */
const T2_SINGLE: Record<string, string> = { license: 'decisions', penalty: 'decisions', enforcement: 'decisions', 'other-services': 'decisions', fees: 'amount' };

/** The value ids one metric of one row adds up to, or undefined when the metric names no single figure. */
export function valueIds(m: MetricQuery): string[] | undefined {
  if (m.rows.length !== 1 || m.cols.length > 1) return undefined;
  const row = m.rows[0]!;
  const col = m.cols[0];
  if (m.table === '二') {
    const c = col ?? T2_SINGLE[row];
    return c ? [`t2.${row}.${c}`] : undefined;
  }
  if (m.table === '四') {
    const c = col ?? 'total';
    return row === 'suit' ? [`t4.suit-direct.${c}`, `t4.suit-after-review.${c}`] : [`t4.${row}.${c}`];
  }
  return [`t3.${row}.${col ?? 'total'}`];
}

/** The head of a ranking: the first office, or the offices tied first said to have as many ("一样多，都是29件"). */
export function tiedHead(tied: string[], fewest: boolean | undefined, value: number, unit: string): string {
  return tied.length > 1 ? `${tied.join('、')}一样${fewest ? '少' : '多'}，都是${value}${unit}` : `${fewest ? '最少' : '最多'}的是${tied[0]}`;
}

export interface Ranking {
  text: string;
  /** The report that ranks first (the answer's source). */
  top: Report;
  /** How many offices' reports do not give the figure (listed as such). */
  missing: number;
}

/** The newest report of each office (of the year named, when one is), ranked by the figure. */
/** A figure a report tells only in its text: its value and the words that state it (see core/handlers.ts). */
export type ToldFigure = (r: Report, m: MetricQuery) => { v: number; text: string } | undefined;

export function rankOffices(reports: Report[], m: MetricQuery, opts: { years?: readonly number[]; fewest?: boolean; told?: ToldFigure } = {}): Ranking | undefined {
  const ids = valueIds(m);
  if (!ids) return undefined;
  const newest = new Map<string, Report>();
  for (const r of reports) {
    // (each office of the year named with it: "彭阳县2022年和海棠区2023年，哪个…多" ranks 2022 against 2023)
    if (opts.years?.length && (r.year === null || !opts.years.includes(r.year))) continue;
    const had = newest.get(r.office);
    if (!had || (r.year ?? 0) > (had.year ?? 0)) newest.set(r.office, r);
  }
  if (newest.size < 2) return undefined;
  // (a report without the table, that states the figure in its text: that figure, said to come from the text)
  const rows = [...newest.values()].map((r) => {
    const v = sumOfCells(r, ids);
    const told = v === null ? opts.told?.(r, m) : undefined;
    return { r, v: told ? told.v : v, told };
  });
  const given = rows.filter((x) => x.v !== null).sort((a, b) => (opts.fewest ? a.v! - b.v! : b.v! - a.v!));
  if (!given.length) return undefined;
  const first = given[0]!;
  const tied = given.filter((x) => x.v === first.v).map((x) => reportLabel(x.r));
  const lines = [
    `${tiedHead(tied, opts.fewest, first.v!, m.table === '二' ? '' : '件')}。各单位报告中的数字（${opts.fewest ? '从少到多' : '从多到少'}）：`,
    ...given.map((x, i) => `${i + 1}. ${reportLabel(x.r)}：${x.told ? `（报告正文）${x.told.text}` : renderMetric(x.r, m).lines.join('')}`),
    ...rows.filter((x) => x.v === null).map((x) => `· ${reportLabel(x.r)}：报告中没有这项数字`),
  ];
  return { text: lines.join('\n'), top: first.r, missing: rows.length - given.length };
}

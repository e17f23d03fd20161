/**
 * Which results of table 三 are zero ("表三办理结果里哪几类是0"): staff checking a report list them by
 * group — a group whose every reason is 0 is named once — then the results that are not zero, with their
 * counts. A cell the report does not give is neither. Pure: no I/O.
 */
import { METRICS, SOURCE, T3_ROWS } from '../report/format.js';
import type { Report } from '../report/types.js';
import type { Rendered } from './render.js';
import { reportLabel } from './render.js';

/** The results of table 三, in the order of the printed table (the counts of requests before them are not results). */
const RESULT_ROWS = T3_ROWS.filter((r) => !['new', 'carried', 'total', 'carry-over'].includes(r.id));

export function zeroRows(r: Report): Rendered | undefined {
  const v = (id: string) => r.values[`t3.${id}.total`]?.value;
  const zero: string[] = [];
  const nonZero: string[] = [];
  for (const row of RESULT_ROWS.filter((x) => !x.parent)) {
    const subs = RESULT_ROWS.filter((x) => x.parent === row.id);
    if (!subs.length) {
      const x = v(row.id);
      if (x === 0) zero.push(row.label);
      else if (typeof x === 'number') nonZero.push(`${row.label} ${x} 件`);
      continue;
    }
    const values = subs.map((s) => ({ s, x: v(s.id) }));
    if (values.every(({ x }) => x === 0)) {
      zero.push(`${row.label}（${subs.length}项全部）`);
      continue;
    }
    const z = values.filter(({ x }) => x === 0).map(({ s }) => s.label);
    if (z.length) zero.push(`${row.label}中的${z.join('、')}`);
    const n = values.filter(({ x }) => typeof x === 'number' && x > 0).map(({ s, x }) => `${s.label} ${x} 件`);
    if (n.length) nonZero.push(`${row.label}：${n.join('，')}`);
  }
  if (!zero.length && !nonZero.length) return undefined;
  return {
    head: `${reportLabel(r)}表三办理结果：`,
    lines: [`为 0 的：${zero.length ? zero.join('；') : '没有'}。`, `不为 0 的：${nonZero.length ? nonZero.join('；') : '没有'}。`],
    source: SOURCE['三'],
    labelled: true,
  };
}

/** Table 二's figures of the 2021 format (the 2019 format's own rows are not staff's to check here). */
const T2_FIGURES = METRICS.filter((m) => m.table === '二');

/**
 * Which cells of table 二 are zero, or which are not ("表二里哪一项不是0"): the cells that are not zero with their values,
 * then how many are 0. A cell the report does not give is neither. Undefined when the table gives no cell.
 */
export function zeroCellsOfTableTwo(r: Report): Rendered | undefined {
  const given = T2_FIGURES.map((m) => ({ m, x: r.values[m.id]?.value })).filter((c): c is { m: (typeof T2_FIGURES)[number]; x: number } => typeof c.x === 'number');
  if (!given.length) return undefined;
  const nonZero = given.filter((c) => c.x !== 0).map((c) => `${c.m.label} ${c.x} ${c.m.unit}`);
  const zero = given.filter((c) => c.x === 0).length;
  return {
    head: `${reportLabel(r)}表二（主动公开政府信息情况）：`,
    lines: [`不为 0 的：${nonZero.length ? nonZero.join('；') : '没有'}。`, `其余 ${zero} 格为 0${given.length < T2_FIGURES.length ? `（另有 ${T2_FIGURES.length - given.length} 格报告未列出）` : ''}。`],
    source: SOURCE['二'],
    labelled: true,
  };
}

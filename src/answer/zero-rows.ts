/**
 * Which results of table 三 are zero ("表三办理结果里哪几类是0"): staff checking a report list them by
 * group — a group whose every reason is 0 is named once — then the results that are not zero, with their
 * counts. A cell the report does not give is neither. Pure: no I/O.
 */
import { SOURCE, T3_ROWS } from '../report/format.js';
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

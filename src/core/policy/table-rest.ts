/**
 * Rule table-rest-asked: a row of table 三 taken away from the result it is part of, the rest asked ("无法提供一共几件" …
 * "去掉不掌握的还剩几件", "不予公开里除了第三方的还剩几件"): the whole's count minus the row's, worked from the table's own
 * figures and said as a sum; with the other parts of the whole named when the table gives them. Only rows of one
 * whole, each with its figure in the table — never a rest the table cannot give.
 */
import { reportLabel } from '../../answer/render.js';
import { SOURCE, T3_ROW_BY_ID, T3_ROWS } from '../../report/format.js';
import type { Report } from '../../report/types.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** A part taken away and the rest asked ("去掉…还剩几件", "除了…剩下的", "不算…其余几件"). */
const REST_ASKED = /(?:扣掉|扣除|去掉|除去|除了|减去|减掉|不算|刨去|刨掉)[^，,。？?]{2,24}?(?:以外|之外)?[，,\s]*(?:还剩|剩下|剩余|剩|其余|其他的|其它的|别的)/;

const cell = (r: Report, row: string) => r.values[`t3.${row}.total`]?.value;

export const tableRestAsked: Rule = {
  name: 'table-rest-asked',
  doc: 'A row of table 三 taken from the result it is part of, the rest asked ("去掉不掌握的还剩几件" after 无法提供): the whole minus the row, from the table\'s figures, the other parts named.',
  decide: (u, state, kn) => {
    const m = u.metric;
    if (!m || m.table !== '三' || m.rows.length !== 1 || m.cols.length || !REST_ASKED.test(u.norm)) return undefined;
    const row = T3_ROW_BY_ID[m.rows[0]!];
    const whole = row?.parent;
    if (!row || !whole) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const [all, part] = [cell(r, whole), cell(r, row.id)];
    if (typeof all !== 'number' || typeof part !== 'number' || part > all) return undefined;
    const others = T3_ROWS.filter((x) => x.parent === whole && x.id !== row.id).map((x) => [x.label, cell(r, x.id)] as const).filter(([, v]) => typeof v === 'number' && v > 0);
    const wholeLabel = T3_ROW_BY_ID[whole]!.label;
    const lines = [
      `办理结果为“${wholeLabel}”的申请 ${all} 件，其中“${row.label}” ${part} 件；`,
      `去掉后还剩 ${all} − ${part} = ${all - part} 件（按报告数字计算）${others.length ? `：${others.map(([l, v]) => `${l} ${v} 件`).join('，')}` : ''}。`,
    ];
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines, source: SOURCE['三'], labelled: true } };
  },
};

/**
 * The other results of the requests, asked after one result ("为什么15件申请只有4件予以公开？其他的都去哪了"): each
 * other result of table 三 with its count (and its reasons that count any), computed from the report's cells.
 */
import { T3_ROWS } from '../../report/format.js';
import { reportLabel } from '../../answer/render.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** The results of table 三, in the table's order (their reasons are rows with a parent). */
const RESULTS = ['granted', 'partial', 'refused', 'unable', 'rejected', 'other'] as const;

/** The rest asked of ("其他的都去哪了", "剩下的呢", "其余的怎么处理的", "别的那些是啥情况"). */
// (not the result "其他处理" itself, nor "其他" quoted as its reason)
const REST_ASKED = /(?:其他|其余|剩下|剩余|别的)(?!处理|[”"」])(?:的|那些|那几件|几件|那部分)?[^，。？?]{0,6}(?:去哪|哪去|哪儿去|怎么|咋|呢|是什么|是啥|啥情况|什么情况)/;

/** Where table 三 stands in the report. */
const SOURCE = '三、收到和处理政府信息公开申请情况';

export const restOfResults: Rule = {
  name: 'rest-of-results-asked',
  doc: 'One result of the requests named and the rest asked of ("只有4件予以公开？其他的都去哪了"): each other result of table 三 with its count and counted reasons.',
  decide: (u, state, kn) => {
    const m = u.metric;
    if (!m || m.table !== '三' || !REST_ASKED.test(u.norm)) return undefined;
    const named = m.rows.filter((x) => (RESULTS as readonly string[]).includes(x));
    if (named.length !== 1 || (named[0] === 'other' && /其他/.test(u.norm))) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const v = (id: string) => r.values[`t3.${id}.total`]?.value;
    const others = RESULTS.filter((x) => x !== named[0]);
    if (others.some((x) => typeof v(x) !== 'number') || typeof v(named[0]!) !== 'number') return undefined;
    const label = (id: string) => T3_ROWS.find((x) => x.id === id)?.label ?? id;
    const rest = others.reduce((a, x) => a + (v(x) as number), 0);
    const parts = others.map((x) => {
      const reasons = T3_ROWS.filter((y) => y.parent === x && (v(y.id) ?? 0) > 0).map((y) => `${y.label} ${v(y.id)} 件`);
      return `${label(x)} ${v(x)} 件${reasons.length ? `（${reasons.join('，')}）` : ''}`;
    });
    const lines = [`办理结果中“${label(named[0]!)}”${v(named[0]!)} 件，其余 ${rest} 件：${parts.join('；')}。`];
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines, source: SOURCE, labelled: true } };
  },
};

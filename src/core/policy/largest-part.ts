/**
 * Which reason or kind of a result counted most ("哪一类最多", "哪种理由最少"), right after that result's figure
 * ("不予公开的一共多少件"): its parts in table 三, the largest (or smallest) named with its count — computed from
 * the report's cells, ties all named.
 */
import { T3_ROWS } from '../../report/format.js';
import { reportLabel } from '../../answer/render.js';
import { reportById } from '../select.js';
import type { Rule } from './types.js';

/** Which kind or reason counted most or least ("哪一类最多", "哪种理由最少", "哪项最多"). */
const WHICH_PART = /^(?:那|那么|其中)?(?:是)?哪(?:一)?(?:类|种|项|个|条)(?:理由|原因|情况|情形)?(?:的)?(?:最多|最少|多|少)(?:呢|啊)?[?？]?$/;

export const largestPart: Rule = {
  name: 'largest-part',
  doc: 'Which part of a result counted most or least ("哪一类最多" right after "不予公开的一共多少件"): the reasons of that result in table 三, the largest (or smallest) with its count.',
  decide: (u, state, kn) => {
    const m = WHICH_PART.exec(u.norm.trim());
    const group = state.metric?.table === '三' && state.metric.rows.length === 1 ? state.metric.rows[0]! : undefined;
    if (!m || !group || u.slots.offices.length || u.slots.years.length) return undefined;
    const r = reportById(kn, state.report);
    if (!r) return undefined;
    const parts = T3_ROWS.filter((x) => x.parent === group)
      .map((x) => ({ label: x.label, v: r.values[`t3.${x.id}.total`]?.value }))
      .filter((x): x is { label: string; v: number } => typeof x.v === 'number');
    if (parts.length < 2) return undefined;
    const fewest = /少/.test(m[0]);
    const best = fewest ? Math.min(...parts.map((x) => x.v)) : Math.max(...parts.map((x) => x.v));
    const top = parts.filter((x) => x.v === best);
    const label = T3_ROWS.find((x) => x.id === group)?.label ?? group;
    const lines = [
      `“${label}”的各项中${fewest ? '最少' : '最多'}的是${top.map((x) => `“${x.label}”`).join('、')}：${best} 件。`,
      `各项：${parts.map((x) => `${x.label} ${x.v} 件`).join('，')}。`,
    ];
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines, source: '三、收到和处理政府信息公开申请情况', labelled: true } };
  },
};

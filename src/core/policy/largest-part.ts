/**
 * Which reason or kind of a result counted most ("哪一类最多", "哪种理由最少"), right after that result's figure
 * ("不予公开的一共多少件"): its parts in table 三, the largest (or smallest) named with its count — computed from
 * the report's cells, ties all named.
 */
import { T3_ROWS } from '../../report/format.js';
import { reportLabel } from '../../answer/render.js';
import { pickReport, reportById } from '../select.js';
import type { Rule } from './types.js';
import type { Report } from '../../report/types.js';

/** Which kind or reason counted most or least ("哪一类最多", "哪种理由最少", "哪项最多"). */
const WHICH_PART = /^(?:那|那么|其中)?(?:是)?哪(?:一)?(?:类|种|项|个|条)(?:理由|原因|情况|情形)?(?:的)?(?:最多|最少|多|少)(?:呢|啊)?[?？]?$/;

/** The reasons of these results in table 三 that the report counts, each with its result's label and its count. */
function reasonCounts(r: Report, groups: readonly string[]): { label: string; parent: string; v: number }[] {
  return T3_ROWS.filter((x) => x.parent && groups.includes(x.parent))
    .map((x) => ({ label: x.label, parent: T3_ROWS.find((y) => y.id === x.parent)?.label ?? x.parent!, v: r.values[`t3.${x.id}.total`]?.value }))
    .filter((x): x is { label: string; parent: string; v: number } => typeof x.v === 'number');
}

export const largestPart: Rule = {
  name: 'largest-part',
  doc: 'Which part of a result counted most or least ("哪一类最多" right after "不予公开的一共多少件"): the reasons of that result in table 三, the largest (or smallest) with its count.',
  decide: (u, state, kn) => {
    const m = WHICH_PART.exec(u.norm.trim());
    const group = state.metric?.table === '三' && state.metric.rows.length === 1 ? state.metric.rows[0]! : undefined;
    if (!m || !group || u.slots.offices.length || u.slots.years.length) return undefined;
    const r = reportById(kn, state.report);
    if (!r) return undefined;
    const parts = reasonCounts(r, [group]);
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

/** The reason counted most (or least) asked ("最多的是啥原因", "哪种理由最多"). */
const MOST_REASON = /(?:最多|最少)的?(?:是|为)?(?:什么|啥|哪个|哪一?种|哪一?类)(?:原因|理由|情形|情况)|(?:什么|啥|哪个|哪一?种|哪一?类)(?:原因|理由|情形)(?:的)?(?:最多|最少)/;
/** Requests that gave the asker nothing, in everyday words ("被拒或者没拿到信息的"): every result but those granting. */
const NOTHING_GIVEN = /没拿到|没有拿到|没能拿到|拿不到|没给|不给|没有给|没公开|没有公开|被拒|拒了|拒绝/;
/** The results of table 三 that give nothing (their reasons are rows with them as parent). */
const NOT_GRANTED_RESULTS: readonly string[] = ['refused', 'unable', 'rejected', 'other'];

export const largestReason: Rule = {
  name: 'largest-reason-asked',
  doc: 'Which reason counted most among the requests that gave nothing ("被拒或者没拿到信息的申请里头，最多的是啥原因"): every reason of 不予公开, 无法提供, 不予处理 and 其他处理 in table 三, the largest (or smallest) with its count — not 不予公开 alone, which "被拒" reads as.',
  decide: (u, state, kn) => {
    const m = MOST_REASON.exec(u.norm);
    if (!m || !NOTHING_GIVEN.test(u.norm) || (u.metric && u.metric.table !== '三')) return undefined;
    // (one result named in the table's words, "不予公开的里面哪种理由最多": that result's, largest-part's way)
    const named = u.metric?.rows.filter((x) => NOT_GRANTED_RESULTS.includes(x) && !/被拒|拒了|拒绝/.test(u.norm)) ?? [];
    const groups = named.length === 1 ? named : NOT_GRANTED_RESULTS;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const parts = reasonCounts(r, groups);
    if (parts.length < 2) return undefined;
    const fewest = /少/.test(m[0]);
    const best = fewest ? Math.min(...parts.map((x) => x.v)) : Math.max(...parts.map((x) => x.v));
    const top = parts.filter((x) => x.v === best);
    const counted = parts.filter((x) => x.v > 0);
    const lines = [
      `没有拿到信息的申请中，${fewest ? '最少' : '最多'}的原因是${top.map((x) => `“${x.label}”（${x.parent}）`).join('、')}：${best} 件。`,
      ...(counted.length ? [`有数的各项：${counted.map((x) => `${x.label} ${x.v} 件`).join('，')}。`] : []),
    ];
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines, source: '三、收到和处理政府信息公开申请情况', labelled: true } };
  },
};

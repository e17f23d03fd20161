/**
 * Rule result-of-reason-asked: which result a reason of table 三 is counted under, asked right after its figure ("那报告里这
 * 一类最后算进了哪一项结果？" after 信访举报投诉类申请 1 件): that result's figure (不予处理), which lists the reason among its parts.
 */
import { T3_ROW_BY_ID } from '../../report/format.js';
import { figuresIntent } from '../handlers.js';
import { POLICY } from '../thresholds.js';
import type { Rule } from './types.js';

/** Which result it was counted under, asked ("算进了哪一项", "属于哪类结果", "归到哪一栏"). */
const WHICH_RESULT = /算(?:进|在|入|到)?(?:了)?哪(?:一)?(?:项|类|个|栏)|属于哪(?:一)?(?:项|类|种)(?:结果|办理结果)|归(?:到|入|在)?(?:了)?哪(?:一)?(?:项|类|栏)|哪(?:一)?(?:项|类)(?:办理)?结果/;

export const resultOfReasonAsked: Rule = {
  name: 'result-of-reason-asked',
  doc: 'Which result a reason of table 三 is counted under, asked right after its figure ("这一类最后算进了哪一项结果"): that result\'s figure, which lists the reason among its parts.',
  decide: (u, state, kn) => {
    const prev = state.metric;
    if (u.metric || !prev || prev.table !== '三' || prev.rows.length !== 1 || !WHICH_RESULT.test(u.norm)) return undefined;
    const parent = T3_ROW_BY_ID[prev.rows[0]!]?.parent;
    const figures = figuresIntent(kn);
    if (!parent || !figures) return undefined;
    return { kind: 'figure', intent: figures, metric: { ...prev, rows: [parent], cols: [], rowsExplicit: true, basis: undefined }, confidence: POLICY.figureMinConfidence };
  },
};

/** Rule for comparisons over the loaded years of one office ("比去年多了多少", "近三年申请数变化"). */
import { trendAnswer } from '../../answer/trend-answer.js';
import { defaultReport, reportById } from '../select.js';
import type { Rule } from './types.js';

export const yearOverYear: Rule = {
  name: 'year-over-year',
  doc: 'Change words (比去年, 变化, 近三年, 对比) and an office with two or more loaded years: each year\'s figure, the change and the percentage (src/answer/trend-answer.ts).',
  decide: (u, state, kn) => {
    if (u.empty || kn.reports.length < 2) return undefined;
    // the conversation's office, else the default one; the conversation's figure for "多了多少件"
    const office = (state.report ? reportById(kn, state.report)?.office : undefined) ?? defaultReport(kn)?.office;
    const result = trendAnswer(u.text, kn.reports, office, u.metric, state.metric);
    return result ? { kind: 'trend', result } : undefined;
  },
};

/** Rule for comparisons over the loaded years of one office ("比去年多了多少", "近三年申请数变化"). */
import { trendAnswer } from '../../answer/trend-answer.js';
import { defaultReport, pickReport, reportById } from '../select.js';
import { figuresIntent } from '../handlers.js';
import { reportLabel } from '../../answer/render.js';
import { THRESHOLDS } from '../thresholds.js';
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

/** Set against the year before the report's own, by a word that names no year ("跟上一年比", "较上年度", "比前一年"). */
// (not the year before's requests carried over, "和上年结转的加起来": table 三's row)
const AGAINST_YEAR_BEFORE = /(?:比|跟|和|与|同|较|对比)(?:上一年度?|上年度?|前一年|上一个年度)(?!度?(?:结转|转))|(?:上一年度?|上年度?|前一年)(?:相比|比较|对比)/;
/** Which way asked ("涨了还是降了", "多了吗", "有没有增加"); not a how-many ("多少"). */
const WHICH_WAY = /涨|增|降|减|多了|少了|多吗|少吗|多还是少|升|跌|变化|变动|幅度|趋势/;

export const changeWithOneYear: Rule = {
  name: 'change-with-one-year',
  doc: 'A table figure set against the year before ("跟上一年比申请量是涨了还是降了") of an office with one year loaded, the text stating no change (change-in-text answers those first): the year\'s figure, said to have nothing to compare with.',
  decide: (u, state, kn) => {
    if (!u.metric || u.slots.years.length || !AGAINST_YEAR_BEFORE.test(u.norm) || !WHICH_WAY.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const figures = figuresIntent(kn);
    if (!r?.year || !figures || kn.reports.some((x) => x.office === r.office && x.year === r.year! - 1)) return undefined;
    const noteIfAnswered = `${reportLabel(r)}报告只有${r.year}年的数字，没有${r.year - 1}年的，无法比较涨跌；${r.year}年的数字如下。\n`;
    return { kind: 'intent', intent: figures, confidence: THRESHOLDS.answer, noteIfAnswered };
  },
};

/**
 * Rule for a change over last year asked of a report whose office has no report of the year before loaded
 * ("受理量比上一年变化了多少" of 上海市政府办公厅 2019): the report's own sentence that states the change
 * ("申请数量较去年回落12.3%") — never a change computed from a year we do not have.
 */
import { reportLabel } from '../../answer/render.js';
import { TREND_WORDS } from '../../answer/trend-answer.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport, reportsOf } from '../select.js';
import type { Rule } from './types.js';

/** A change stated against the year before ("较去年回落12.3%", "同比增长5件", "比上年减少"). */
const CHANGE_STATED = /(?:较|比|与)(?:去年|上年|上一年|上年度|(?:19|20)\d\d年)|同比|环比/;
/** …with its size ("12.3%", "5件", "三成"). */
const SIZE_STATED = /\d+(?:\.\d+)?\s*(?:%|％|个百分点|件|条|个|次|项)|[一二三四五六七八九]成/;
/** What table 三's requests are called in the text. */
const REQUEST_WORDS = /申请|受理/;

export const changeToldInText: Rule = {
  name: 'change-in-text',
  doc: 'A change over last year asked (比上一年变化了多少, 同比) of a figure whose office has no report of the year before: the report\'s own sentence stating the change ("较去年回落12.3%"), never one computed from a year not loaded.',
  decide: (u, state, kn) => {
    const metric = u.metric;
    if (!metric || metric.table !== '三' || !TREND_WORDS.test(u.norm)) return undefined;
    if (!metric.rows.some((r) => r === 'new' || r === 'total')) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r || r.year === null || reportsOf(kn, r.office).some((x) => x.year === r.year! - 1)) return undefined;
    const said = r.passages.find((p) => REQUEST_WORDS.test(p.text) && CHANGE_STATED.test(p.text) && SIZE_STATED.test(p.text));
    if (!said) return undefined;
    return {
      kind: 'passage',
      report: r,
      parts: { head: `${reportLabel(r)}：没有加载${r.year - 1}年的报告；本年报告正文写道：`, lines: [said.text.trim()], source: sectionSource(said.section), labelled: true },
    };
  },
};

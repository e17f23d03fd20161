/**
 * Rule report-deadline-asked: when the annual report must be out, asked of a report said to be late ("年报2月28号才发出来，
 * 不是说年报要1月底前发吗，为啥这么晚", "年报2026年2月2号才挂出来，部门年报不是有期限吗"): the deadlines of 《条例》第四十九条
 * — not the remedies a 期限 or a complaint in the words may match, nor a fallback for the story's dates.
 */
import { THRESHOLDS } from '../thresholds.js';
import { intentDecision } from './helpers.js';
import type { Rule } from './types.js';

/** The intent of the report's deadlines (intents/procedure.yml). */
const REPORT_DEADLINE = 'procedure.annual-report';

/** The annual report said to come out late, or its deadline asked after ("才发出来", "这么晚", "不是有期限吗", "要1月底前发吗"). */
const LATE_OR_DEADLINE = /(?:年报|年度报告)[^。？?]{0,24}?(?:才|拖到|晚了|迟了)[^。？?]{0,6}(?:发|挂|公布|公开|出来|上网)|(?:年报|年度报告)[^。？?]{0,12}(?:不是|是不是|有没有|没有)(?:有|规定)?(?:期限|截止|时限|deadline)|(?:年报|年度报告)[^。？?]{0,8}(?:要|得|应该|应当)?\d{1,2}月(?:底|末|\d{1,2}[日号])?(?:前|以前|之前)(?:发|公布|挂|出)|(?:发|公布|挂出来?|出来)[^。？?]{0,4}(?:这么晚|那么晚|太晚|晚了|迟了|超期|逾期)/;

/** The annual report named ("年报", "年度报告"): a late reply to a request ("发改委逾期不答复") is no late report. */
const ANNUAL_REPORT = /年报|年度报告/;

export const reportDeadlineAsked: Rule = {
  name: 'report-deadline-asked',
  doc: 'When the annual report must be published, asked of one said to be late ("年报2月28号才发出来…为啥这么晚"): the deadlines of 《条例》第四十九条, not the remedies its 期限 matches.',
  decide: (u, _state, kn) => (ANNUAL_REPORT.test(u.norm) && LATE_OR_DEADLINE.test(u.norm) && !u.metric ? intentDecision(u, kn, REPORT_DEADLINE, THRESHOLDS.answer) : undefined),
};

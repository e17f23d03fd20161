/**
 * Rule for a loaded report asked for as a whole ("帮学生查一下南昌市人民政府2024年的政府信息公开年报", "我是跑货运的，想了解下
 * 定西市公共资源交易中心2020年的信息公开年报"): its overview (section 一), not a guess from the few other words.
 */
import { pickReport } from '../select.js';
import { THRESHOLDS } from '../thresholds.js';
import { topScore } from './helpers.js';
import { cutSpans } from '../../understand/slots.js';
import type { Rule } from './types.js';

/** The report named by what it is. */
const REPORT_WORD = /(?:政府)?(?:信息公开|政务公开)?(?:工作)?(?:年度报告|年报|报告)/;
/** Words of asking to see or know it, which say nothing of a part of it. */
const ASKING_TO_SEE = /你好|您好|问(?:问|一下|下)|帮(?:我|忙|学生|孩子|人)?|给我|麻烦|请|你|我|想|要|查(?:一下|下|查)?|看(?:一下|下|看)?|了解(?:一下|下)?|介绍(?:一下|下)?|找(?:一下|下)?|说说|讲讲|这份|那份|一份|的|呢|吗|啊|呀|吧|[,，。.!！?？\s]/g;
/** A clause that says who the asker is ("我是跑货运的", "我是学生"): no part of the report asked. */
const SELF_INTRO = /^我是[^,，。]{1,12}[,，。]/;
/** The intent that gives a report's overview (intents/report.yml). */
const REPORT_SUMMARY = 'report.summary';

export const reportItselfAsked: Rule = {
  name: 'report-itself-asked',
  doc: 'A loaded report asked for as a whole, nothing of it named ("帮学生查一下南昌市人民政府2024年的政府信息公开年报"): its overview, section 一.',
  decide: (u, state, kn) => {
    if (u.metric || !u.slots.offices.length || !REPORT_WORD.test(u.norm)) return undefined;
    const summary = kn.byId.get(REPORT_SUMMARY);
    if (!summary || !pickReport(kn, u.slots, state).report) return undefined;
    const rest = cutSpans(u.norm, u.slots.spans).replace(SELF_INTRO, '').replace(REPORT_WORD, '').replace(ASKING_TO_SEE, '');
    // (any word left asks something of it: where to read it, whether it is there, a part of it)
    if (rest.length) return undefined;
    return { kind: 'intent', intent: summary, confidence: Math.max(topScore(u), THRESHOLDS.answer) };
  },
};

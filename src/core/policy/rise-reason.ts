/**
 * Rule rise-reason-told: why the requests rose (or fell) so much, asked ("为什么2024年信息公开申请涨了这么多", "申请为啥一下子
 * 多了"), of a report that says why in the sentence giving the change ("近两年我区加大土地整备力度…因此政府信息公开申请数量较
 * 上年增长96%", "…同比上升400%,主要是公民权利意识觉醒…等原因"): that sentence — never the regulation's reasons to withhold
 * information, which the words 为什么 and 申请 also read. Without such a sentence the other rules answer.
 */
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { kindsOf } from './helpers.js';
import type { Rule } from './types.js';

/** A change in how many, asked ("涨了这么多", "增加这么多", "多了这么多", "一下子多了", "下降", "少了这么多"). */
const CHANGE_ASKED = /涨|增|多了|多这么|翻|上升|激增|暴涨|猛增|下降|减少|少了|少这么|降/;
/** Requests named: the change of their number is asked. */
const REQUESTS = /申请/;
/** A change stated of the requests ("增长96%", "同比上升400%", "较上年增加12件"). */
const CHANGE_STATED = /增长|上升|增加|翻番|翻了|下降|减少|回落/;
/** Its reason stated with it ("因此", "主要是…原因", "由于", "得益于"). */
const REASON_STATED = /因此|所以|主要是|主要原因|原因是|原因|由于|因为|得益于|随着|导致/;

export const riseReasonTold: Rule = {
  name: 'rise-reason-told',
  doc: 'Why the requests rose or fell so much ("为什么申请涨了这么多"), of a report whose sentence on the change gives its reason: that sentence, not the reasons to withhold information.',
  decide: (u, state, kn) => {
    if (!kindsOf(u).why || !REQUESTS.test(u.norm) || !CHANGE_ASKED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const said = r.passages.find((p) => REQUESTS.test(p.text) && CHANGE_STATED.test(p.text) && REASON_STATED.test(p.text));
    if (!said) return undefined;
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [said.text.trim()], source: sectionSource(said.section), labelled: true } };
  },
};

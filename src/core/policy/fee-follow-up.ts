/**
 * Rule fee-follow-up: right after the fee rules, the asker's own number of requests ("那要是我一个月申请十几件呢",
 * "申请30件要交多少"): the fee rules again, whose tiers answer it — not a count of the report's that 几件 reads.
 */
import { THRESHOLDS } from '../thresholds.js';
import { intentDecision } from './helpers.js';
import type { Rule } from './types.js';
import { PASSAGE_INTENT } from '../respond.js';
import { reportById } from '../select.js';
import { figuresIntent } from '../handlers.js';

/** The intent of the fee rules (intents/procedure.yml). */
const FEE = 'procedure.fee';
/** The asker's own requests counted ("我一个月申请十几件", "要是申请30件"). */
const OWN_REQUESTS_COUNTED = /(?:我|要是|如果|假如|万一)[^，。？?]{0,10}申请[^，。？?]{0,4}(?:\d+|[一二两三四五六七八九十百几]+)\s*(?:多)?件|(?:一个月|每月|一月)[^，。？?]{0,6}(?:\d+|[一二两三四五六七八九十百几]+)\s*(?:多)?件/;

export const feeFollowUp: Rule = {
  name: 'fee-follow-up',
  doc: 'Right after the fee rules, the asker\'s own number of requests ("那要是我一个月申请十几件呢"): the fee rules again, not a count of the report\'s.',
  decide: (u, state, kn) => (state.intent === FEE && OWN_REQUESTS_COUNTED.test(u.norm) && !u.slots.years.length ? intentDecision(u, kn, FEE, THRESHOLDS.answer) : undefined),
};

/** The report's fee told (intents/report.yml): what its sixth part says was charged. */
const REPORT_FEE = 'report.fee';
/** A fee named alone as a follow-up ("那收费呢", "费用呢", "信息处理费呢"). */
const FEE_ALONE = /^(?:那|那么)?(?:收费|费用|信息处理费|处理费|收费情况|收没收费)(?:情况)?(?:呢|嘞)?[?？。]*$/;

export const reportFeeFollowUp: Rule = {
  name: 'report-fee-follow-up',
  doc: 'A fee named alone right after a figure or passage of a report that states its fee ("…有人申请没有" → "那收费呢"): what that report says was charged, not the fee rules. Not after a row of table 二, whose 收费 is the fees row.',
  decide: (u, state, kn) => {
    if (!u.followUp.is || !FEE_ALONE.test(u.text.trim()) || state.metric?.table === '二') return undefined;
    if (!(state.metric || state.intent === figuresIntent(kn)?.id || state.intent === PASSAGE_INTENT) || !reportById(kn, state.report)?.feeStatement) return undefined;
    return intentDecision(u, kn, REPORT_FEE, THRESHOLDS.answer);
  },
};

/** The disclosure fee named as such ("信息处理费", "依申请公开的收费情况"), not table 二's fees row (行政事业性收费). */
const DISCLOSURE_FEE = /信息处理费|处理费|(?:依申请公开|信息公开|公开申请|申请公开)的?(?:收费|费用|收取费用)/;
/** Whether a report tells something, asked ("年报有没有交代…", "报告里写没写…", "年报是否说明了…"). */
const REPORT_TELLS_ASKED = /(?:年报|报告)[^，。？?]{0,10}(?:有没有|有无|是否|写没写|提没提|说没说)[^，。？?]{0,4}(?:写|交代|提到?|说明|披露|讲|列|公布|反映)/;

export const reportFeeAsked: Rule = {
  name: 'report-fee-asked',
  doc: 'Whether a report tells the disclosure fee ("月浦镇2025年报有没有交代依申请公开的收费情况"): that report\'s line on fees (its sixth part, or that it has none), not the requests\' overview nor the fee rules.',
  decide: (u, _state, kn) => (REPORT_TELLS_ASKED.test(u.norm) && DISCLOSURE_FEE.test(u.norm) ? intentDecision(u, kn, REPORT_FEE, THRESHOLDS.answer) : undefined),
};

/**
 * Rule fee-follow-up: right after the fee rules, the asker's own number of requests ("那要是我一个月申请十几件呢",
 * "申请30件要交多少"): the fee rules again, whose tiers answer it — not a count of the report's that 几件 reads.
 */
import { THRESHOLDS } from '../thresholds.js';
import { intentDecision } from './helpers.js';
import type { Rule } from './types.js';

/** The intent of the fee rules (intents/procedure.yml). */
const FEE = 'procedure.fee';
/** The asker's own requests counted ("我一个月申请十几件", "要是申请30件"). */
const OWN_REQUESTS_COUNTED = /(?:我|要是|如果|假如|万一)[^，。？?]{0,10}申请[^，。？?]{0,4}(?:\d+|[一二两三四五六七八九十百几]+)\s*(?:多)?件|(?:一个月|每月|一月)[^，。？?]{0,6}(?:\d+|[一二两三四五六七八九十百几]+)\s*(?:多)?件/;

export const feeFollowUp: Rule = {
  name: 'fee-follow-up',
  doc: 'Right after the fee rules, the asker\'s own number of requests ("那要是我一个月申请十几件呢"): the fee rules again, not a count of the report\'s.',
  decide: (u, state, kn) => (state.intent === FEE && OWN_REQUESTS_COUNTED.test(u.norm) && !u.slots.years.length ? intentDecision(u, kn, FEE, THRESHOLDS.answer) : undefined),
};

/**
 * Rule fee-reckoned: the information-processing fee reckoned for a number of requests the asker supposes ("一个人一个
 * 月提交了25件申请，按件收费的话怎么算"): the fee rules (国办函〔2020〕109号), which count by requests a month — not
 * the report's count of requests, which the supposed number reads as.
 */
import { THRESHOLDS } from '../thresholds.js';
import { intentDecision } from './helpers.js';
import type { Rule } from './types.js';

/** The intent with the fee rules (intents/procedure.yml). */
const FEE_INTENT = 'procedure.fee';

/** How the fee is reckoned, asked ("处理费怎么算", "要交多少钱", "怎么计算费用"). */
// (or whether one is charged at all, "会被收费吗", "要交钱吗", "申请了几十件，也不收？")
const FEE_RECKONED = /(?:信息处理费|处理费|收费|费用)[^。？?]{0,10}(?:怎么算|怎么计算|如何计算|怎么收|如何收取?|收多少|交多少|要多少钱|多少钱)|会(?:被)?收(?:费|钱)|收不收(?:费|钱)|要(?:不要)?交(?:钱|费)|(?:要|收)钱吗|(?:也|还|都|就)不收(?:费|钱)?(?=[?？吗呢啊]|$)|(?:怎么算|怎么计算|如何计算)[^。？?]{0,6}(?:信息处理费|处理费|费用|收费)/;
/** A number of requests the asker supposes ("提交了25件", "申请了40件"). */
// (or said roughly, "申请了十几次", "交了二十多件")
const REQUESTS_SUPPOSED = /(?:提交|提出|申请|递交|交)了?\s*(?:\d+|十几|好几十|几十|好几|[一二两三四五六七八九十]+(?:多|来)?)\s*(?:件|次|份)/;

export const feeReckoned: Rule = {
  name: 'fee-reckoned',
  doc: 'The fee reckoned for a number of requests the asker supposes ("一个月内提交了25件申请，按件收信息处理费的话怎么算"), no report named: the fee rules, not the report\'s count of requests.',
  decide: (u, _state, kn) => {
    if (u.slots.years.length || u.slots.offices.length || !FEE_RECKONED.test(u.norm) || !REQUESTS_SUPPOSED.test(u.norm)) return undefined;
    return intentDecision(u, kn, FEE_INTENT, THRESHOLDS.answer);
  },
};

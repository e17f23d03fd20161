/**
 * Rule unclear-request: what happens to the asker's own request when it is unclear or incomplete ("申请表里的信息我没写
 * 清楚，机关会怎么处理", "申请内容写得不太清楚，会不会直接驳回"): the correction rule (《条例》第三十条, 补正 within 7 working
 * days) — not how a request the office does not hold is handled, nor the remedies or the refusals that 驳回/拒绝 read as.
 */
import { intentDecision } from './helpers.js';
import type { Rule } from './types.js';

/** The intent with the correction rule (intents/procedure.yml). */
const CORRECTION_INTENT = 'procedure.correction';
/** The request unclear or incomplete, as the asker says it ("没写清楚", "不太明确", "写得模糊", "漏填了"). */
const UNCLEAR = /(?:没|没有|不太|不够|不是很|不)(?:写|填|说)?(?:清楚|明确|具体|完整|明白)|写得?(?:模糊|含糊|不清)|漏(?:写|填)|(?:写|填)(?:错|漏)/;
/** The asker's own request or what it holds ("申请", "申请表", "写的内容"). */
const OWN_REQUEST = /申请|申请表|写的|填的|内容/;
/** What happens asked ("会怎么处理", "会不会驳回", "会被拒绝吗", "怎么办"). */
const WHAT_HAPPENS = /会怎么|会怎样|怎么处理|如何处理|怎么办|咋办|会不会|会(?:被|直接)?(?:驳回|拒绝|退回|不受理|不予受理|不理)|(?:驳回|拒绝|退回|不受理)(?:吗|么|嘛)/;

export const unclearRequest: Rule = {
  name: 'unclear-request',
  doc: 'What happens to the asker\'s own request when it is unclear or incomplete ("申请内容我没写清楚，会不会直接驳回"), no count of the report asked: the correction rule (补正, 《条例》第三十条), not the refusals or remedies its words read.',
  decide: (u, _state, kn) => {
    // (a count of the report asked, "不明确的申请有几件", is a figure: "有几处没填清楚" is the asker's own story)
    if ((u.quantity && u.metric) || !UNCLEAR.test(u.norm) || !OWN_REQUEST.test(u.norm) || !WHAT_HAPPENS.test(u.norm)) return undefined;
    return intentDecision(u, kn, CORRECTION_INTENT);
  },
};

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

/** The intent with the rule on repeated requests (intents/procedure.yml, 《条例》第三十六条). */
const REPEAT_INTENT = 'procedure.repeat';
/** The asker's own request made again ("再申请一遍", "重复申请", "又去申请", "申请过…再交一次"). */
const MADE_AGAIN = /再(?:次)?(?:去)?申请|重复(?:提交|提出)?申请|又(?:去)?申请|申请过[^。？?]{0,24}再(?:交|提|申请|递)/;

export const repeatedRequest: Rule = {
  name: 'repeated-request',
  doc: 'What happens to a request the asker makes again ("已经申请过也拿到答复了，再申请一遍会怎么处理"), no count of the report asked: the rule on repeated requests (不予重复处理, 《条例》第三十六条), not how the year\'s requests were handled.',
  decide: (u, _state, kn) => ((u.quantity && u.metric) || !MADE_AGAIN.test(u.norm) || !WHAT_HAPPENS.test(u.norm) ? undefined : intentDecision(u, kn, REPEAT_INTENT)),
};

/** The intent with what a request must hold (intents/procedure.yml, 《条例》第二十九条). */
const CONTENT_INTENT = 'procedure.content';
/** What a request must hold, asked ("申请里必须写清哪些内容", "申请表要填什么", "申请书上得写啥"). */
const CONTENT_ASKED = /申请(?:书|表)?(?:里|上|中)?(?:面)?(?:必须|需要|要|得|应当|应该)?(?:写清|写明|写|填写|填|包括|包含|注明|载明)(?:楚)?(?:哪些|什么|啥)(?:内容|信息|东西|事项)?/;

export const requestContentAsked: Rule = {
  name: 'request-content-asked',
  doc: 'What a request must hold, asked in so many words ("申请里必须写清哪些内容"), no count asked: the regulation\'s list (第二十九条), not what an office must publish on its own (必须 of 必须主动公开).',
  decide: (u, _state, kn) => (u.quantity || u.metric || !CONTENT_ASKED.test(u.norm) ? undefined : intentDecision(u, kn, CONTENT_INTENT)),
};

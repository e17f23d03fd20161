/**
 * Rule reply-lawful-asked: whether a reply the asker got is lawful, asked ("镇政府回复说“该信息不存在”，这种答复合法吗",
 * "答复说不掌握，有依据吗"): the regulation's rule for that kind of reply (第三十六条, and 第十四—十六条 for withholding) — not
 * the report's count of such replies, which the reply's words also read as a row of table 三.
 */
import { THRESHOLDS } from '../thresholds.js';
import type { Rule } from './types.js';

/** A reply told, with what it said ("回复说该信息不存在", "答复我不予公开", "告知不属于本机关"). */
const REPLY_TOLD = /(?:答复|回复|回信|告知|告诉我|跟我说|回我)(?:说|称|是|我)?[^。？?]{0,16}(?:不存在|不掌握|没有(?:这个|这项|该|相关)?(?:政府)?信息|查无|检索不到|找不到|不予公开|不公开|不能公开|不属于|不归|不予处理|重复申请|补正|信访|投诉|举报|不按(?:政府)?信息公开(?:申请)?处理|不作为(?:政府)?信息公开申请(?:处理)?)/;
/** Whether it is lawful, asked ("合法吗", "有依据吗", "站得住脚吗", "对吗"). */
const LAWFUL_ASKED = /合法吗|合不合法|是否合法|违法吗|违不违法|是不是违法|合理吗|合不合理|合规吗|有依据吗|有没有依据|有法律依据吗|站得住|说得过去吗|符合规定吗|符不符合规定|可以这样吗|能这样吗|对吗|对不对/;
/** A count asked: the report's figure of such replies, not the rule. */
const COUNT_ASKED = /多少|几件|几个|几次/;
/** Which intent says the rule of a reply (intents/procedure.yml), by what it said. */
const RULE_OF_REPLY: readonly [RegExp, string][] = [
  [/不属于|不归/, 'procedure.not-ours'],
  [/不予公开|不公开|不能公开/, 'procedure.exempt'],
  // (told it is a petition or a complaint, "属于信访投诉，不按信息公开处理": 第三十九条)
  [/信访|投诉|举报|不按|不作为/, 'procedure.petition'],
];
/** The intent that lists every kind of reply with its article (第三十六条). */
const OUTCOMES = 'procedure.outcomes';

export const replyLawfulAsked: Rule = {
  name: 'reply-lawful-asked',
  doc: 'Whether a reply the asker got is lawful ("回复说“该信息不存在”，这种答复合法吗"): the regulation\'s rule for that kind of reply (第三十六条), not the report\'s count of such replies.',
  decide: (u, _state, kn) => {
    const told = REPLY_TOLD.exec(u.norm);
    if (!told || !LAWFUL_ASKED.test(u.norm.slice(told.index)) || COUNT_ASKED.test(u.norm)) return undefined;
    const id = RULE_OF_REPLY.find(([re]) => re.test(told[0]))?.[1] ?? OUTCOMES;
    const intent = kn.byId.get(id) ?? kn.byId.get(OUTCOMES);
    return intent ? { kind: 'intent', intent, confidence: THRESHOLDS.clarify } : undefined;
  },
};

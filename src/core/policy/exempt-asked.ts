/**
 * Rule exempt-cases-asked: in what cases information is not disclosed, asked in so many words ("什么情况下才不公开",
 * "哪些信息不予公开") — however a result of the requests the message also names reads (a report said to grant all,
 * "说依申请全部予以公开，那什么情况下才不公开"): the rules' cases (《条例》第十四—十六条), not a count of the tables.
 */
import { THRESHOLDS } from '../thresholds.js';
import { topScore } from './helpers.js';
import type { Rule } from './types.js';

/** The intent of the cases not disclosed (intents/procedure.yml). */
const EXEMPT_INTENT = 'procedure.exempt';
/** The cases asked ("什么情况下才不公开", "哪些情况不予公开", "什么样的信息不给公开"), not a count of them. */
// (or "哪些政府信息是不会公开的", "哪类信息不得公开")
// (or "哪些政府信息依法可以不公开")
const CASES_ASKED = /(?:什么|哪些|哪种|何种|哪类)(?:样的)?(?:政府)?(?:情况|情形|时候|信息)(?:下)?(?:是)?(?:依法)?(?:才|会|就|可以|能|可)?(?:不|不予|不能|不给|不会|不可以|不得)(?:被)?(?:给)?公开/;

export const exemptCasesAsked: Rule = {
  name: 'exempt-cases-asked',
  doc: 'In what cases information is not disclosed, asked in so many words ("那什么情况下才不公开"), whatever result of the tables the message also names: the rules\' cases (第十四—十六条), not a count.',
  decide: (u, _state, kn) => {
    if (!CASES_ASKED.test(u.norm) || /多少|几件|几个/.test(u.norm)) return undefined;
    const intent = kn.byId.get(EXEMPT_INTENT);
    return intent ? { kind: 'intent', intent, confidence: Math.max(topScore(u), THRESHOLDS.answer) } : undefined;
  },
};

/** The intent of information touching a third party (intents/procedure.yml). */
const THIRD_PARTY_INTENT = 'procedure.third-party';
/** Someone else's information in what the asker applies for ("公开的东西里可能有别人的个人信息", "涉及他人隐私"). */
// (or another company's: "涉及别的公司")
const OTHERS_INFORMATION = /(?:别人|他人|其他人|第三方|第三人|人家)(?:的)?[^，。？?]{0,4}(?:个人信息|隐私|商业秘密|身份证|信息)|涉及到?(?:别人|他人|第三方|(?:别的|其他|另外的?|另一)(?:一家|一个|几家|家)?(?:企业|公司|单位|个人))/;
/** What the office will do with it, asked ("会怎么处理", "怎么办", "还给公开吗"). */
// (or whether it is given, or the other's consent asked: "这种政府会给我吗？还得问人家同意吗？")
const HANDLING_ASKED = /怎么处理|如何处理|怎么办|会怎么|还(?:会|能)?(?:给|不给)?公开吗|能公开吗|给不给|会给我|问[^，。？?]{0,6}(?:意见|同意)|同意(?:吗|不|么)/;

/** The asker's own request ("我申请的", "我要的信息"). */
const ASKER_REQUEST = /申请|我(?:要|想要|需要|想查)的/;

export const thirdPartyInRequest: Rule = {
  name: 'third-party-in-request',
  doc: 'Someone else\'s information in what the asker applies for, and what the office will do asked ("我申请的东西里可能有别人的个人信息，他们会怎么处理"): the third party\'s rule (第三十二条), not the applicants\' column that 个人 names.',
  decide: (u, _state, kn) => {
    if (!OTHERS_INFORMATION.test(u.norm) || !HANDLING_ASKED.test(u.norm) || !ASKER_REQUEST.test(u.norm)) return undefined;
    const intent = kn.byId.get(THIRD_PARTY_INTENT);
    if (!intent) return undefined;
    return { kind: 'intent', intent, confidence: Math.max(u.candidates.find((c) => c.item === intent)?.score ?? 0, THRESHOLDS.answer) };
  },
};

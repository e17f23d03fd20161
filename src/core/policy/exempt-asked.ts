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
const CASES_ASKED = /(?:什么|哪些|哪种|何种)(?:样的)?(?:情况|情形|时候|信息)(?:下)?(?:才|会|就)?(?:不|不予|不能|不给)(?:给)?公开/;

export const exemptCasesAsked: Rule = {
  name: 'exempt-cases-asked',
  doc: 'In what cases information is not disclosed, asked in so many words ("那什么情况下才不公开"), whatever result of the tables the message also names: the rules\' cases (第十四—十六条), not a count.',
  decide: (u, _state, kn) => {
    if (!CASES_ASKED.test(u.norm) || /多少|几件|几个/.test(u.norm)) return undefined;
    const intent = kn.byId.get(EXEMPT_INTENT);
    return intent ? { kind: 'intent', intent, confidence: Math.max(topScore(u), THRESHOLDS.answer) } : undefined;
  },
};

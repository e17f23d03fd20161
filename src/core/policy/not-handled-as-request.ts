/**
 * Rule not-handled-as-request: the office said a request would not be handled as one ("他们说这个不按信息公开处理，这是为啥子",
 * "为什么说不作为政府信息公开申请处理"): 《条例》第三十九条 — complaints, petitions and reports sent as requests are told to go by
 * their own channels — not the reasons to withhold information that 为什么 alone reads.
 */
import { THRESHOLDS } from '../thresholds.js';
import { intentDecision } from './helpers.js';
import type { Rule } from './types.js';

/** The intent of complaints and petitions sent as requests (intents/procedure.yml). */
const PETITION = 'procedure.petition';

/** Not handled as a request, as an office's reply says it ("不按信息公开处理", "不作为政府信息公开申请处理", "不算信息公开申请"). */
const NOT_HANDLED_AS_REQUEST = /(?:不按|不当作?|不作为|不算|不属于)(?:政府)?信息公开(?:申请)?(?:来)?(?:处理|办理|受理)|不作为(?:政府)?信息公开申请/;

export const notHandledAsRequest: Rule = {
  name: 'not-handled-as-request',
  doc: 'An office\'s reply that a request is not handled as one ("他们说这个不按信息公开处理，为啥"): 第三十九条 (complaints and petitions go by their own channels), not the reasons to withhold.',
  decide: (u, _state, kn) => (NOT_HANDLED_AS_REQUEST.test(u.norm) && !u.metric ? intentDecision(u, kn, PETITION, THRESHOLDS.answer) : undefined),
};

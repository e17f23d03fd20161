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

/**
 * A request meant as a lever on a grievance, whether it works asked ("写个政府信息公开申请递到区政府办 让他们给个说法 这么弄
 * 行不行"): a complaint sent as a request is answered by its own channels (第三十九条).
 */
// (给个说法 reads as 答复 once normalised: the grievance is in who is made to answer, 让他们…)
const REQUEST_AS_LEVER = /(?:写|递|交|提|发)个?(?:份|封)?(?:政府)?信息公开申请[^。？?]{0,24}?(?:让|叫|逼|要)(?:他们|她们|政府|区里|街道|镇里|单位)?(?:给个?说法|讨个?说法|答复|解决|处理|管一管|管管|整改|查处)/;
/** Whether it works, asked ("行不行", "管用吗", "会按信息公开给我办吗"). */
const WORKS_ASKED = /行不行|可以吗|可不可以|能行吗|行吗|管用吗|有用吗|会不会|会[^，。？?]{0,10}办吗|按信息公开/;

export const notHandledAsRequest: Rule = {
  name: 'not-handled-as-request',
  doc: 'An office\'s reply that a request is not handled as one ("他们说这个不按信息公开处理，为啥"), or a request meant as a lever on a grievance ("写个信息公开申请让他们给个说法，行不行"): 第三十九条 (complaints and petitions go by their own channels), not the reasons to withhold.',
  decide: (u, _state, kn) => ((NOT_HANDLED_AS_REQUEST.test(u.norm) || (REQUEST_AS_LEVER.test(u.norm) && WORKS_ASKED.test(u.norm))) && !u.metric ? intentDecision(u, kn, PETITION, THRESHOLDS.answer) : undefined),
};

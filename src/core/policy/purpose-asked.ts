/**
 * Rule purpose-asked: whether an applicant must say why they want the information ("要不要写理由写用途", "是不是一定要写清楚
 * 我要这个信息干什么用"). Since 2019 no reason or purpose is asked (《条例》第二十九条; only requests far beyond a reasonable
 * number may be asked for one, 第三十五条): the intent that says so, however the story around it (a building site, being
 * refused) reads to the classifier.
 */
import { CLAUSE_SPLIT } from '../patterns.js';
import { THRESHOLDS } from '../thresholds.js';
import { topScore } from './helpers.js';
import type { Rule } from './types.js';

/** The intent whose answer says no reason or purpose is needed (intents/procedure.yml: "要写申请理由吗"). */
const NO_REASON_INTENT = 'procedure.who';

/** Whether a reason or purpose must be given, or why none is now ("要不要写理由", "为什么现在不用写用途了", "是不是一定要写…用途", "需不需要说明目的"). */
const PURPOSE_REQUIRED =
  /(?:要不要|需不需要|用不用|得不得|是不是(?:一定|必须|非得)?要|一定要|必须|非得|不再(?:要求|需要)?|不用|不需要|不必|无需|用不着|需要|得)(?:写|说明|说|讲|交代|注明|填|写明|写清楚|提供|讲清楚)?[^，,。？?]{0,10}?(?:理由|用途|目的|为什么要|为啥要)/;
/** The 2007 regulation's requirement named ("生产、生活、科研等特殊需要", "三需要"). */
const OLD_NEEDS_NAMED = /生产[、，,]?\s*生活[、，,]?\s*科研|三需要/;
/** The office's reasons (for refusing, for extending): not the applicant's. */
const OFFICE_REASON = /不予|拒绝|驳回|不公开|不给|延长|延期|告知|答复/;
/** Asking about an application: the message applies, writes or asks for information. */
const ABOUT_APPLYING = /申请|写|填|要(?:这个|那个)?信息|要份|要一份/;

export const purposeAsked: Rule = {
  name: 'purpose-asked',
  doc: 'Whether the applicant must give a reason or purpose ("要不要写理由写用途", "是不是一定要写清楚…干什么用"): the intent that says none is needed (第二十九条, 第三十五条), whatever the story around it — never the office\'s reasons for refusing.',
  decide: (u, _state, kn) => {
    if (!ABOUT_APPLYING.test(u.norm)) return undefined;
    const clause = u.norm.split(CLAUSE_SPLIT).find((c) => PURPOSE_REQUIRED.test(c));
    // (or the 2007 regulation's "根据自身生产、生活、科研等特殊需要" named: whether it still holds)
    if (!OLD_NEEDS_NAMED.test(u.norm) && (!clause || OFFICE_REASON.test(clause))) return undefined;
    const intent = kn.byId.get(NO_REASON_INTENT);
    return intent ? { kind: 'intent', intent, confidence: Math.max(topScore(u), THRESHOLDS.clarify) } : undefined;
  },
};

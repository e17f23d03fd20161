/**
 * Rule assist-needed: an applicant who cannot see or hear well told of ("我爸眼睛看不见…自己看不了也写不了，能申请吗",
 * "七十八了，手也抖，字写不了…不会写申请书咋办") and whether or how they can apply asked: the office must help (《条例》
 * 第四十三条) and a request may be made orally (第二十九条) — whatever the story's other words read to the classifier.
 */
import { THRESHOLDS } from '../thresholds.js';
import { topScore } from './helpers.js';
import type { Rule } from './types.js';

/** The intent that says so (intents/procedure.yml: "视力不好怎么申请"). */
const ASSIST_INTENT = 'procedure.assist';

/** A barrier of sight or hearing, told of the applicant (one who cannot write is the how-to intent's: it says a request may be
 *  made orally; typing is the channel's). */
const BARRIER = /眼睛(?:看不见|看不清|不好|不行|不灵光?|不中用|花|瞎了?)|眼神不好|老眼昏花|看不见|看不清|失明|盲人|视力(?:不好|差|障碍)|视障|聋|听不见|听不到|听力(?:不好|障碍|残疾)|视力残疾|视听障碍|残障人?|哑巴?|读屏/;
/** Whether or how they can apply ("能申请吗", "怎么申请", "咋办", "有人帮吗"). */
const CAN_OR_HOW = /(?:能|可以|能不能|可不可以)(?:申请|办|提)|申请得了|怎么申请|如何申请|咋申请|怎么办|咋办|怎么弄|咋弄|咋整|有人帮|帮忙|帮他|帮她|代写|代填|(?:帮|替|代)我(?:写|填)|(?:提供|给予?)(?:必要的)?帮助|协助/;
/** Another thing asked of applying (its cost, its time, a contact): that thing's rule answers. */
const OTHER_ASKED = /钱|收费|费用|多久|几天|多长时间|期限|电话|地址|邮编|网址/;

export const assistNeeded: Rule = {
  name: 'assist-needed',
  doc: 'An applicant who cannot see or hear well told of, and whether or how they can apply asked ("我爸眼睛看不见…能申请吗"): the help the office owes (第四十三条) and the oral request (第二十九条) — not "anyone may apply", nor another thing\'s rule.',
  decide: (u, _state, kn) => {
    if ((u.quantity && u.metric) || !BARRIER.test(u.norm) || !CAN_OR_HOW.test(u.norm) || OTHER_ASKED.test(u.norm)) return undefined;
    const intent = kn.byId.get(ASSIST_INTENT);
    return intent ? { kind: 'intent', intent, confidence: Math.max(topScore(u), THRESHOLDS.clarify) } : undefined;
  },
};

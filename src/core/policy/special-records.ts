/**
 * Rule records-by-own-law: registry records or one's own records kept under a law of their own (不动产登记资料,
 * 工商登记档案, 户籍档案, 社保缴费记录), asked of as a disclosure request ("…能走政府信息公开申请吗"): the regulation
 * sends such requests to those laws (《条例》第三十六条第七项) — not the petition rule or the how-to its words read as.
 */
import { intentDecision } from './helpers.js';
import type { Rule } from './types.js';

/** The intent that says so (intents/procedure.yml). */
const SPECIAL_RECORDS_INTENT = 'procedure.special-records';

/** Records with an access law of their own: land and company registries, household, marriage and social-insurance records. */
export const SPECIAL_RECORDS = /不动产登记|房产登记|房屋登记|产权登记|(?:房产|土地)(?:证)?(?:档案|登记资料)|工商登记|企业登记(?:档案|资料)|户籍(?:档案|资料|登记)|户口档案|婚姻登记(?:档案|记录|资料)?|(?:社保|养老保险|养老金|医保|公积金)(?:缴费|缴存|参保)?(?:记录|明细)|人事档案|学籍档案/;
/** The disclosure request named as the way to get them ("能走政府信息公开申请吗", "用依申请公开调出来"). */
const AS_DISCLOSURE = /信息公开|依申请|申请公开|公开申请|政府信息/;
/** Another thing of such a request asked (its cost, time, or where to send it): that thing's rule answers. */
const OTHER_ASKED = /多少钱|收费|费用|多久|几天|期限|电话|地址|邮编/;

export const recordsByOwnLaw: Rule = {
  name: 'records-by-own-law',
  doc: 'Registry or personal records kept under a law of their own (不动产登记资料, 工商登记, 户籍, 社保记录), asked of as a disclosure request: the regulation sends them to that law (第三十六条第七项).',
  decide: (u, _state, kn) => {
    if (u.metric || !SPECIAL_RECORDS.test(u.norm) || !AS_DISCLOSURE.test(u.norm) || OTHER_ASKED.test(u.norm)) return undefined;
    return intentDecision(u, kn, SPECIAL_RECORDS_INTENT);
  },
};

/**
 * Rule contacts-of-many: the contacts of the offices under a place or a government, each ("把北海市各县区政务公开联系人的名单和
 * 手机号给我", "各乡镇的电话发一下"): a report prints its own office's contact only — the honest fallback, never that office's
 * phone as if it were theirs. Not when an office is named after them (the one asked), nor why they publish an address.
 */
import { kindsOf } from './helpers.js';
import type { Rule } from './types.js';

/** The offices under it, each ("各县区", "各乡镇", "各部门", "各单位"). */
const EACH_OFFICE = /各(?:县区|县市区|区县|县|区|乡镇|乡|镇|街道|部门|单位|委办局)/;
/** Their contacts asked ("联系人", "名单", "电话", "手机号", "地址"). */
const CONTACTS_ASKED = /联系人|名单|电话|手机|号码|地址|邮箱|联系方式/;

export const contactsOfMany: Rule = {
  name: 'contacts-of-many',
  doc: 'The contacts of the offices under a place, each ("北海市各县区政务公开联系人的名单和手机号"): the fallback — a report prints its own office\'s contact only.',
  decide: (u) => {
    const each = EACH_OFFICE.exec(u.norm);
    if (!each || u.metric || kindsOf(u).why || !CONTACTS_ASKED.test(u.norm.slice(each.index))) return undefined;
    // (an office named after them is the one asked, "市里要联系各区，南岗区政府办的电话是什么")
    if (u.slots.offices.length && u.slots.spans.some((sp) => sp.start > each.index)) return undefined;
    return { kind: 'fallback', reason: 'unknown', confidence: 0 };
  },
};

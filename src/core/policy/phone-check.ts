/**
 * Rules for a contact detail the asker quotes to check: a phone number ("网站底下那个0731-28100000是信息公开的
 * 电话吗") or the street of the address ("地址是大成街五十二号还是五十三号来着").
 */
import { reportLabel, type Rendered } from '../../answer/render.js';
import { pickReport, reportsOf } from '../select.js';
import { withoutSlots } from './helpers.js';
import type { Rule } from './types.js';

/** A phone number as people write it: an area code and 7–8 digits, or 7–8 digits alone. */
const PHONE_QUOTED = /(?<!\d)(0\d{2,3})?[-－\s]?(\d{7,8})(?!\d)(?:\s*(?:[*＊]|转|分机)\s*(\d{1,6}))?/;
/** The extension written after a number ("021-52564588*2385", "…转2385"). */
const EXTENSION = /(?:[*＊]|转|分机)\s*(\d{1,6})\s*$/;
/** The number is asked about: whether it is the one ("是…吗", "对吗", "还能打吗"). */
const CHECK_WORDS = /电话|号码|热线|座机/;

/** Digits only, without the area code, so "0731-28213456" and "28213456" are the same line. */
const local = (phone: string): string[] => (phone.match(/\d{7,8}(?!\d)/g) ?? []);

export const phoneChecked: Rule = {
  name: 'phone-checked',
  doc: 'A phone number quoted to check it is the office\'s ("…0731-28100000是教育局信息公开的电话吗"): the report\'s phone, and whether the quoted number is it — never a yes for a number the report does not give.',
  decide: (u, state, kn) => {
    const quoted = PHONE_QUOTED.exec(u.norm);
    if (!quoted || !CHECK_WORDS.test(u.norm) || u.metric) return undefined;
    // "我手上2021年的报告写电话…现在还是这个号吗": the year is the asker's old copy, the newest report is asked
    const slots = u.slots.latest ? { ...u.slots, years: [] } : u.slots;
    const r = pickReport(kn, slots, u.slots.latest ? {} : state).report;
    if (!r) return undefined;
    const phone = r.contact.phone;
    const number = `${quoted[1] ? `${quoted[1]}-` : ''}${quoted[2]}${quoted[3] ? `转${quoted[3]}` : ''}`;
    // (the extension too, when both give one: "…转2358" is not the report's "…*2385")
    const extension = phone ? EXTENSION.exec(phone)?.[1] : undefined;
    let lines: string[];
    if (!phone) lines = [`报告中没有写明政府信息公开的咨询电话，无法核对 ${number} 是否为该机关的电话。`];
    else if (local(phone).includes(quoted[2]!) && quoted[3] && extension && quoted[3] !== extension) lines = [`总机号码一致，但分机号不对：报告中写的政府信息公开咨询电话是 ${phone}（分机 ${extension}），不是 ${number}。`];
    else if (local(phone).includes(quoted[2]!) && !quoted[3] && extension) lines = [`${number} 与报告中写的号码一致，报告还写了分机号：${phone}（分机 ${extension}）。`];
    else if (local(phone).includes(quoted[2]!)) lines = [`是的，${number} 与报告中写的政府信息公开咨询电话一致：${phone}。`];
    else lines = [`报告中写的政府信息公开咨询电话是 ${phone}，不是 ${number}。`];
    const parts: Rendered = { head: `${reportLabel(r)}：`, lines, labelled: true };
    return { kind: 'passage', report: r, parts };
  },
};

/** A street of an address ("学府路", "大成街", "中山大道"). */
const STREET = /\p{Script=Han}{2,6}?(?:大街|大道|路|街|巷|道)/gu;
/** The address is asked about (a number or which of two, or whether the office is still there). */
const ADDRESS_CHECK = /地址|门牌|几号|多少号|\d+号|[一二三四五六七八九十百零]+号|还是|对吗|对不对|是不是|来着|还在|在那|搬/;

/** The streets of an address, without the places before them ("大成街", "学府路"). */
function streetsOf(address: string): string[] {
  // (a 街道 is a place, not a street: "萧山区蜀山街道潘右路988号" has the street 潘右路)
  return [...address.replace(/\s+/g, '').replace(/\p{Script=Han}*街道/gu, ' ').matchAll(STREET)].map((m) => m[0].replace(/^.*[市区县镇]/, '')).filter((x) => x.length >= 3);
}

/** The words of a question before a street's name ("是不是在中山路" → 中山路). */
// (or what the asker heard, "听说中山路…": 中山路)
const ASKING_BEFORE_STREET = /^.*[在到去是的那这个说]/;

/** Where the office is, asked of a street ("是不是在中山路", "在不在人民路", "搬到…了吗", "…是去那儿吗"). */
const LOCATION_ASKED = /是不是在|是在|在不在|还在|搬到|搬去|在[^，。？?]{0,12}(?:吗|么|嘛|不)[？?]*$|去那(?:儿|里|边)?[^，。？?]{0,12}(?:吗|么|嘛|对吧|对吗)/;
/** A street named in a question: its name and its kind, not 街道 (a sub-district) nor 顺道 ("on the way"). */
const STREET_ASKED = /(\p{Script=Han}{2,6}?)(大街|大道|路|街|巷)(?![道办])/gu;
/** Where asked, not whether ("在哪条街"): the contact answer, not a check. */
const WHERE_ASKED = /哪|什么/;

/** The post code asked beside the address ("邮编多少"). */
const POSTCODE_ASKED = /邮编|邮政编码/;
/** The phone asked beside the address. */
const PHONE_ASKED_TOO = /电话|号码/;

export const addressChecked: Rule = {
  name: 'address-checked',
  doc: 'The street of the office\'s address quoted to check the number or which of two ("地址是大成街五十二号还是五十三号来着"): the address as the report writes it.',
  decide: (u, state, kn) => {
    if (u.metric || !ADDRESS_CHECK.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const address = r?.contact.address;
    if (!r || !address) return undefined;
    // (the street quoted, not the office's own name: "蜀山街道办的…地址" names the office, not 蜀山街)
    const asked = withoutSlots(u);
    if (streetsOf(address).some((x) => asked.includes(x))) {
      // (another detail asked beside it, "…52号是吧，邮编多少": that detail too)
      const more = [POSTCODE_ASKED.test(asked) && r.contact.postcode ? `邮编：${r.contact.postcode}` : '', PHONE_ASKED_TOO.test(asked) && r.contact.phone ? `电话：${r.contact.phone}` : ''].filter(Boolean);
      const parts: Rendered = { head: `${reportLabel(r)}：`, lines: [`报告中写的地址是：${address}。`, ...more], labelled: true };
      return { kind: 'passage', report: r, parts };
    }
    // the street of an earlier report quoted ("以前在大成街，现在还在那吗"), no year named: the newest report's
    // address, and that the earlier one says otherwise
    if (u.slots.years.length) return undefined;
    const own = [...reportsOf(kn, r.office)].filter((x) => x.year !== null && x.contact.address).sort((a, b) => b.year! - a.year!);
    const earlier = own.find((x) => x !== own[0] && streetsOf(x.contact.address!).some((s) => asked.includes(s)));
    // another street asked as where the office is ("是不是在中山路那个政务服务中心"): the address the report gives,
    // and what the report says of that street, if anything — never a yes
    const other = earlier || WHERE_ASKED.test(u.norm) ? undefined : [...u.norm.matchAll(STREET_ASKED)].map((m) => m[1]!.replace(ASKING_BEFORE_STREET, '') + m[2]!).find((x) => x.length >= 3 && !address.includes(x));
    if (other && LOCATION_ASKED.test(u.norm)) {
      const said = r.passages.find((p) => p.text.includes(other));
      const lines = [`报告中写的联系地址是：${address}，不在${other}。`, ...(said ? [`报告另提到${other}：${said.text.trim()}`] : [])];
      return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines, labelled: true } };
    }
    const newest = own[0];
    const quoted = own.find((x) => streetsOf(x.contact.address!).some((s) => asked.includes(s)));
    if (!newest || !quoted || quoted === newest) return undefined;
    const lines = [`${newest.year}年报告中写的地址是：${newest.contact.address}。`, `（${quoted.year}年报告中写的是：${quoted.contact.address}，地址已有变化，以最新报告为准。）`];
    return { kind: 'passage', report: newest, parts: { head: `${newest.office}：`, lines, labelled: true } };
  },
};

/** Digits quoted that begin the office's phone, at least this many ("0451开头"): its area code, the whole number asked. */
const PREFIX_DIGITS_MIN = 3;
/** A run of digits shorter than a phone number. */
const SHORT_DIGITS = /(?<!\d)\d{3,6}(?!\d)/g;

export const phonePrefixQuoted: Rule = {
  name: 'phone-prefix-quoted',
  doc: 'The start of the office\'s phone quoted with a phone word ("座机是0451开头的吧，完整号码发一下"): the whole number the report gives — however unknown the asker\'s other words (外地, 开头, 完整).',
  decide: (u, state, kn) => {
    if (u.metric || !CHECK_WORDS.test(u.norm) || PHONE_QUOTED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const digits = r?.contact.phone?.replace(/\D/g, '');
    if (!r || !digits) return undefined;
    const quoted = [...u.norm.matchAll(SHORT_DIGITS)].map((m) => m[0]).find((d) => d.length >= PREFIX_DIGITS_MIN && digits.startsWith(d));
    if (!quoted) return undefined;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`报告中写的政府信息公开咨询电话是：${r.contact.phone}（以 ${quoted} 开头）。`], labelled: true } };
  },
};

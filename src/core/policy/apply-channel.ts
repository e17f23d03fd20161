/**
 * Whether (or how) one may apply through a channel: "打电话能申请吗", "用微信提交申请行不行", "申请表可以发邮件吗",
 * "能当面递交吗". The channel's own answer (online, post, in person, orally), or for a channel the Regulation
 * does not list (telephone, WeChat, SMS) what it does list and the office's phone — never the phone number
 * alone (电话 is also a contact word) nor a count of requests (申请 is also a figure word).
 */
import { questionKinds } from '../../understand/kind.js';
import { CLAUSE_SPLIT } from '../patterns.js';
import { intentDecision, withoutSlots } from './helpers.js';
import type { Rule } from './types.js';

/** Channels by the intent that answers them (intents/procedure.yml), first match wins. */
const CHANNELS: readonly [intent: string, words: RegExp][] = [
  // orally, whatever else is named with it ("能不能打电话或者当面口头申请"): how to apply says who writes it down
  // (or said rather than written: "能不能直接去说，不写申请书")
  ['procedure.how', /口头|嘴上说|口述|(?:(?:直接|当面|上门|过去)去?|去)(?:跟[^，。？?]{0,4})?说(?!明)|不写(?:申请|字)|不用写/],
  // a channel the Regulation does not list: what it lists, the office guide, the phone for questions
  ['procedure.other-channel', /打电话|电话里|电话上|通过电话|用电话|电话(?=申请|提交|提出)|致电|微信|公众号|小程序|短信|[Qq][Qq]|钉钉|抖音|微博/],
  ['procedure.online', /网上|在线|网站|官网|平台|电子邮件|邮件|邮箱|[Ee]-?mail|传真|互联网|政务服务网|[Aa][Pp][Pp]/],
  // (not a courier's or the post's business named, "某家快递公司的经营数据", "邮政管理局")
  ['procedure.mail', /邮寄(?!公司|企业|行业)|寄信|寄过去|寄给|快递(?!公司|企业|行业|业|员)|挂号信|信件|写信|邮政(?!管理|公司|企业|行业|局)/],
  ['procedure.in-person', /当面|现场|窗口|亲自|上门|跑一趟|到你们那/],
];
/** Saying it rather than writing it ("口头说", "嘴上说"). */
const ORALLY = /口头(?:说|讲|提|讲讲|说说)?|嘴上说|口述/;
/** Applying (or handing in the form): the act the channel is asked for. */
const APPLY_ACT = /申请(?!人|进度|结果|费)|提交|递交|提出|交材料/;
/** Another act than applying through the channel: a question about it, its progress ("办到哪一步了"), the reply or the number. */
// (or the counts of requests by channel added up: "邮寄21+传真0+网络131+当面0,合计能对上152吗", or quoted, "其中在线20件")
const OTHER_ACT = /咨询|进度|办到|哪一步|怎么样了|结果|\d+\s*件|比[^，。？?]{0,8}(?:多|少)|答复|回复|号码|多少|几号|是多少|查询|投诉|举报|复议|起诉|收到|哪天|日期|怎么算|合计|加起来|对得?上|几件|\d+\s*[+＋]/;
/** A contact detail asked ("有没有收申请的邮箱", "邮箱地址给我一下"): the detail, not whether the channel may be used. */
// (or whether the report gives one: "年报有没有公布用于接收信息公开申请的电子邮箱")
// (or asked to be given, "能不能给我…办公室的电子邮箱，我想发邮件申请")
// (or whether there is one to send to, "有电子邮箱可以发申请吗")
const DETAIL_ASKED = /有没有[^，。？?]{0,16}(?:邮箱|传真|网址|地址|电话)|有(?:个)?(?:电子)?(?:邮箱|传真号?|网址)(?:吗|可以|能|没有|没)|(?:有没有|是否)(?:公布|写|留|提供|列出?|给出?)[^，。？?]{0,18}(?:邮箱|传真|网址|地址|电话)|(?:邮箱|传真号|网址|地址)(?:是|地址)?(?:多少|什么|给我|发我|告诉)|(?:能不能|能否|可不可以|可以|麻烦|请)?(?:给我|发我|告诉我|提供)(?:一下)?[^，。？?]{0,24}的(?:电子)?(?:邮箱|传真号?|网址|地址|电话)/;
/** The longest gap between the channel word and the act, in characters ("打电话跟你们申请" = 3). */
const MAX_GAP = 8;
/** The intent that answers applying orally (the first of CHANNELS). */
const ORAL_INTENT = 'procedure.how';
/** Saying it, a word with no other use here, may stand further from the act ("能不能口头跟他们说让他们帮我申请" = 9). */
const MAX_ORAL_GAP = 16;
/** May one (a modal near the end) — "可以发微信申请吗", "微信申请行不行", "能用邮件交申请不". */
const MAY = /(?:能|可以|可不可以|能不能|行不行|行吗|支持|接受|受理|允许|管用|算数|算不算|有效)[^。]{0,12}$/;

/** Two ways set against each other ("…吗，还是…"). */
const EITHER_OR = /还是/;

/** The intent id answering a channel asked with the act in the clause, or undefined. */
export function channelAsked(clause: string): string | undefined {
  if (OTHER_ACT.test(clause) || DETAIL_ASKED.test(clause)) return undefined;
  // (saying it instead of writing, "字写的不好能不能口头说": applying orally, the act implied)
  if (!APPLY_ACT.test(clause)) return ORALLY.test(clause) && MAY.test(clause) ? 'procedure.how' : undefined;
  const k = questionKinds(clause);
  // (or two ways set against each other, "能在网上交吗，还是必须本人跑一趟": the first one asked)
  if (!k.yesNo && !k.how && !MAY.test(clause) && !EITHER_OR.test(clause)) return undefined;
  for (const [intent, words] of CHANNELS) {
    const w = words.exec(clause);
    if (!w) continue;
    const a = APPLY_ACT.exec(clause)!;
    const gap = a.index >= w.index ? a.index - (w.index + w[0].length) : w.index - (a.index + a[0].length);
    if (gap <= (intent === ORAL_INTENT ? MAX_ORAL_GAP : MAX_GAP)) return intent;
  }
  return undefined;
}

export const applyByChannel: Rule = {
  name: 'apply-by-channel',
  doc: 'Whether or how one may apply through a channel ("打电话能申请吗", "申请表可以发邮件吗"): that channel\'s answer (online, post, in person, orally; phone and WeChat are not listed by 第二十九条), not the phone number nor a count of requests.',
  decide: (u, _state, kn) => {
    // the message's last clause (where a story puts its question), then the message whole
    // (a detail asked anywhere in the message is that detail's question: "有没有传真号？我想把申请表传真过去")
    if (DETAIL_ASKED.test(u.norm)) return undefined;
    // (the office's own name says no channel: "青海省邮政管理局不给我公开…怎么办" asks no post)
    const text = withoutSlots(u);
    const last = text.split(CLAUSE_SPLIT).filter((c) => c.trim()).at(-1) ?? text;
    const id = channelAsked(last) ?? (last === text ? undefined : channelAsked(text));
    return id ? intentDecision(u, kn, id) : undefined;
  },
};

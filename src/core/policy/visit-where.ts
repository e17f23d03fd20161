/**
 * Rule visit-where-asked: where to go, asked with the visit itself ("在哪 我想直接过去一趟", "上门的话去哪儿"): the office's
 * address — however weakly the words read, for no example says "过去一趟".
 */
import { intentDecision } from './helpers.js';
import { THRESHOLDS } from '../thresholds.js';
import type { Rule } from './types.js';
import { pickReport } from '../select.js';

/** The intent of the office's address (intents/contact.yml). */
const ADDRESS = 'contact.address';
/** Where, asked ("在哪", "去哪儿", "哪里"). */
const WHERE_ASKED = /在哪|去哪|哪里|哪儿|什么地方|啥地方/;
/** Going there in person ("过去一趟", "直接过去", "上门", "跑一趟", "当面去"). */
const VISIT = /过去一趟|去一趟|跑一趟|直接过去|亲自过去|上门|当面去|登门|到现场/;
/** Something else asked of the visit: when to go, what to bring, whether it is allowed. */
// (or another detail asked with it, "电话多少地址在哪": the details together)
const OTHER_OF_VISIT = /几点|什么时候|时间|带什么|带啥|材料|可以吗|能不能|行不行|收费|多少钱|电话|号码|邮编|邮箱|传真/;

export const visitWhereAsked: Rule = {
  name: 'visit-where-asked',
  doc: 'Where to go, asked with going there in person ("在哪 我想直接过去一趟"): the office\'s address, not a fallback because no example says 过去一趟.',
  decide: (u, _state, kn) => (WHERE_ASKED.test(u.norm) && VISIT.test(u.norm) && !OTHER_OF_VISIT.test(u.norm) && !u.metric ? intentDecision(u, kn, ADDRESS, THRESHOLDS.answer) : undefined),
};

/** The intent of the office's hours (intents/contact.yml). */
const HOURS = 'contact.hours';
/** Hours printed in a report's text ("办公时间：8:30-12:00", "工作日…", "双休日除外"). */
const HOURS_PRINTED = /办公时间|工作时间|双休日|节假日除外/;
/** Where or how to reach the office, asked. */
const DETAILS_ASKED = /地址|电话|在哪|哪儿|哪里|位置|联系方式|怎么走/;
/** A day off named ("周末", "周六", "星期天", "节假日"). */
const DAY_OFF = /周末|周六|周日|礼拜六|礼拜天|礼拜日|星期六|星期天|星期日|节假日|假期|放假/;
/** Going there or being open asked of it ("能过去", "去交", "有人吗", "上班吗", "办公吗"). */
const OPEN_ASKED = /过去|去(?:交|递|办|问)|上门|当面|有人|上班|办公|开门|能办|受理/;

export const dayOffVisitAsked: Rule = {
  name: 'day-off-visit-asked',
  doc: 'Whether one can go there on a day off ("周末能过去当面交申请吗"): the office\'s hours as the report gives them (or that it gives none), not whether one may apply in person.',
  decide: (u, state, kn) => {
    // (where or how to reach it asked, "周末想过去…联系电话和地址告诉我": those details, not the hours)
    if (!DAY_OFF.test(u.norm) || !OPEN_ASKED.test(u.norm) || u.metric || DETAILS_ASKED.test(u.norm)) return undefined;
    // (a report whose text prints its hours, "办公时间：8:30-12:00…(节假日及双休日除外)": the rules that read them answer)
    const r = pickReport(kn, u.slots, state).report;
    if (r?.contact.hours || r?.passages.some((p) => HOURS_PRINTED.test(p.text))) return undefined;
    return intentDecision(u, kn, HOURS, THRESHOLDS.answer);
  },
};

/** Reading the report online asked ("我在网上哪里能看到原文", "电子版去哪个网站看"), or where it was put up ("年报是在哪个平台发布的"): where it is, on the web. */
// (网上哪儿 is normalised to 网哪里: 网 alone too)
// (or the column it is in, "到底搁哪个栏目里" — 搁哪 is read 在哪里: "在哪里个栏目")
const READ_ONLINE_ASKED = /(?:网上|网站|网页|在线|电脑上|手机上|线上|网)[^，。？?]{0,6}(?:哪里|哪儿|在哪|哪个网站?)[^，。？?]{0,4}(?:看|查|下载|找)|(?:哪个网站|哪个网|什么网站)[^，。？?]{0,4}(?:看|查|下载|找)|(?:哪个|什么|哪些)(?:平台|网站|网)(?:上)?[^，。？?]{0,3}(?:发布|公布|刊登|挂)|(?:网站|网页|网上)[^，。？?]{0,8}(?:哪个|什么|哪些)(?:栏目|专栏|板块|频道)|(?:在|搁|放|找|查|看|下载)[^，。？?]{0,4}(?:哪(?:里)?个|什么|哪些)(?:栏目|专栏|板块|频道)|(?:哪个|什么)(?:栏目|专栏|板块|频道)(?:里|中|下)?[^，。？?]{0,4}(?:找|查|看|下载)/;
/** The report itself named ("原文", "全文", "电子版", "年报"). */
const REPORT_ITSELF = /原文|全文|电子版|年报|报告|这份|它/;
/** Another question in the message: a mark before its end, a word joining another ask, or another contact detail named. */
const ANOTHER_ASKED = /[?？]|还有|另外|以及|顺便|邮编|电话|地址|邮箱|传真|是谁|哪位/;
/** The intent that gives the report's site and where it is published (intents/contact.yml). */
const WEBSITE_INTENT = 'contact.website';

export const reportOnlineWhere: Rule = {
  name: 'report-online-where',
  doc: 'Where to read the report online, asked ("我在网上哪里能看到原文"): its site and download line — not the office\'s street address a "哪里" reads.',
  // (one question only: beside another, "…哪位副市长分管？年报电子版在哪个网站下载？", "邮编，还有年报在哪个网址能查到", the
  // message's other rules answer both)
  decide: (u, _state, kn) => (u.metric || !READ_ONLINE_ASKED.test(u.norm) || !REPORT_ITSELF.test(u.norm) || ANOTHER_ASKED.test(u.norm.replace(/[?？!！。\s]+$/, '')) ? undefined : intentDecision(u, kn, WEBSITE_INTENT, THRESHOLDS.answer)),
};

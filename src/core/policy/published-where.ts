/**
 * Rule published-where-asked: where the office publishes its information, asked ("主要在哪些地方发布的", "他们的政府信息一般在
 * 哪儿能看到", "在哪个网站上看"): the report's sentence naming the sites and platforms it publishes through ("相关信息依托政府门户
 * 网站、江苏省政务服务网、条线业务平台等及时发布") — not the office's address, nor the date of the report.
 */
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** Where it is published or seen, asked ("在哪些地方发布", "通过什么渠道公开", "在哪儿能看到", "在哪个网站上看"). */
// (or "都是在哪发布的", "从哪儿公开的")
const WHERE_PUBLISHED = /(?:哪些?|什么)(?:个)?(?:地方|平台|渠道|网站|途径|载体|媒体|网)(?:上)?(?:发布|公开|发|推送|能看到|可以看到|能查到|可以查到|看|查)|(?:在|从)哪(?:里|儿)?(?:发布|公开|推送|发)的?|(?:发布|公开|发|推送)(?:在|到)(?:哪|什么)(?:里|儿|些地方|个?平台|个?网站)|(?:在|上|去|到)哪(?:里|儿)?(?:能|可以)?(?:看到|查到|看得到|查得到)/;
/** What is published named ("信息", "文件", "政策", "公开的", "发布的"), or the published asked of the last answer. */
const PUBLISHED_NAMED = /信息|文件|政策|动态|公开|发布|发的|推送/;
/** The report itself (its download), applying, or a contact: other rules. */
const OTHER_THING = /年报|年度报告|报告|申请|电话|地址|办公/;
/** Where a report says it publishes ("门户网站", "政务服务网", "公众号", "公开栏"). */
const CHANNEL_NAMED = /门户网站|政府网站|网站|政务服务网|政务网|平台|公众号|微博|新媒体|公开栏|公告栏|公示栏|报刊|电视/g;
/** A place's name ("农区" of 外农区, "城区"): no thing published. */
const PLACE_WORD = /[区镇县市乡旗]$|街道$/;
/** A site named ("门户网站", "政务服务网", "公众号"). */
const SITE_NAMED = /门户网站|政府网站|网站|政务服务网|政务网|平台|公众号|微博|专栏|频道/;
/** Publishing said with them ("依托…发布", "通过…公开", "在…推送"). */
const PUBLISHING_SAID = /发布|公开|推送|刊发|刊登|依托|通过/;
/** Publishing through one channel said ("通过局门户网站发布通知公告45篇"). */
// (or its columns listed between, "在“乌鲁木齐之窗”部门网站“政策法规”、“机构职能”…栏目对外公开发布政府信息12条")
const PUBLISHED_THROUGH = /(?:通过|依托|在)[^，。；;]{0,12}(?:门户网站|网站|政务服务网|平台|公众号|微博|新媒体)(?:[^，。；;]{0,6}|(?:“[^”]{1,12}”[、和及]?){1,8}栏目[^，。；;]{0,6})(?:发布|推送|公开)/;
/** The asker cannot go online ("我不会上网", "家里没网"): where the office posts its information offline is asked. */
// (or a place offline asked in so many words, "有没有线下能查政务公开信息的地方")
// (or reading them there, "有没有地方可以现场查阅公开的信息")
const OFFLINE_ASKED = /不会上网|不上网|没(?:有)?网|上不了网|不会用(?:手机|电脑)|没有?(?:智能)?手机|不用手机|线下[^，。？?]{0,8}(?:查|看|地方|场所|去处)|现场[^，。？?]{0,4}(?:查阅|查看|翻阅|阅览)|(?:查阅|阅览)(?:的)?(?:地方|场所|点|室)/;
/** The office itself asked for, to go to ("办公地址", "在哪办公", "哪个位置", "过去一趟", "当面去问"). */
const OFFICE_ITSELF = /地址|办公|位置|过去|当面|上门|门牌/;
/** Offline channels a report names ("政务信息公示栏", "橱窗展板", "电子屏幕", "查阅点"). */
const OFFLINE_CHANNEL = /公示栏|公开栏(?!目)|公告栏(?!目)|宣传栏|橱窗|展板|电子屏|显示屏|查阅点|查阅室|阅览室|档案馆|图书馆|便民服务中心|政务服务中心|服务大厅|政务公开专区|线下专区/;
/** A passage naming fewer channels is no list of where it publishes. */
const MIN_CHANNELS = 2;

export const publishedWhereAsked: Rule = {
  name: 'published-where-asked',
  doc: 'Where the office publishes its information ("主要在哪些地方发布的", "信息一般在哪儿能看到"): the report\'s sentence naming the sites and platforms it publishes through (its offline boards when the asker cannot go online) — not its address.',
  decide: (u, state, kn) => {
    // (the asker cannot go online, "…平时在哪能看到，我不会上网", or asks for a place offline: the passage naming where it is
    // posted offline, when one does)
    // (not the office itself, "不会上网，想当面去问…办公地址在哪儿": its address)
    const offlineAsked = OFFLINE_ASKED.test(u.norm) && (WHERE_PUBLISHED.test(u.norm) || /在哪|哪里|哪儿|地方/.test(u.norm)) && !OFFICE_ITSELF.test(u.norm);
    const rOff = offlineAsked ? pickReport(kn, u.slots, state).report : undefined;
    const offline = rOff?.passages.find((p) => OFFLINE_CHANNEL.test(p.text) && PUBLISHING_SAID.test(p.text));
    if (rOff && offline) return { kind: 'passage', report: rOff, parts: { head: `据${reportLabel(rOff)}报告：`, lines: [offline.text.trim()], source: sectionSource(offline.section), labelled: true } };
    if (!WHERE_PUBLISHED.test(u.norm) || OTHER_THING.test(u.norm)) return undefined;
    // (a thing only the report names, "权力清单在哪个网站能查到": the one sentence naming it with where it is published —
    // "依托湖北政务服务网“政务公开”频道(http://zwfw.hubei.gov.cn/)发布权力清单230个")
    // (words of the office's own name, "苴镇街道（外农区）", are no thing named)
    const r0 = u.reportOnlyWords.length ? pickReport(kn, u.slots, state).report : undefined;
    const things = r0 ? u.reportOnlyWords.filter((w) => !r0.office.includes(w) && !(r0.aliases ?? []).some((a) => a.includes(w)) && !PLACE_WORD.test(w)) : [];
    if (r0 && things.length) {
      const holding = r0.passages.filter((p) => things.every((w) => p.text.includes(w)) && PUBLISHING_SAID.test(p.text) && (SITE_NAMED.test(p.text) || /https?:\/\/|www\./.test(p.text)));
      if (holding.length === 1) return { kind: 'passage', report: r0, parts: { head: `据${reportLabel(r0)}报告：`, lines: [holding[0]!.text.trim()], source: sectionSource(holding[0]!.section), labelled: true } };
    }
    const followsPublished = u.followUp.is && /主动公开|发布|公开了/.test(state.text ?? '');
    if (!PUBLISHED_NAMED.test(u.norm) && !followsPublished) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    let best: { text: string; section: string; n: number } | undefined;
    // (a page whose sections were not told apart keeps them all under its opening: read that then)
    const unsplit = !r.passages.some((p) => p.section === '一' || p.section === '二');
    for (const p of r.passages) {
      if ((p.section !== '一' && p.section !== '二' && !(unsplit && p.section === '前言')) || !PUBLISHING_SAID.test(p.text)) continue;
      const n = new Set(p.text.match(CHANNEL_NAMED) ?? []).size;
      if (n >= MIN_CHANNELS && (!best || n > best.n)) best = { text: p.text.trim(), section: p.section, n };
    }
    // (a report that names one channel only, "我局通过局门户网站发布通知公告45篇": that sentence, when it is the only one)
    if (!best) {
      const one = r.passages.filter((p) => (p.section === '一' || p.section === '二' || (unsplit && p.section === '前言')) && PUBLISHED_THROUGH.test(p.text));
      if (one.length !== 1) return undefined;
      best = { text: one[0]!.text.trim(), section: one[0]!.section, n: 1 };
    }
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [best.text], source: sectionSource(best.section), labelled: true } };
  },
};

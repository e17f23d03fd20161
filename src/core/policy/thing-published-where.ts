/**
 * Rule thing-published-where: where a thing the report names is made public, asked ("行政许可结果放哪儿公示了", "处罚决定在哪
 * 公开的"): the report's sentence that says it is published somewhere ("行政许可决定作出后,及时通过信用信息共享平台进行公示") —
 * not the place of its row in the national format's tables, which staff ask with 填/表.
 */
import { reportLabel } from '../../answer/render.js';
import { sentencesOf } from '../../answer/retrieve.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { PASSAGE_INTENT } from '../respond.js';
import { passageBefore } from './helpers.js';
import type { Rule } from './types.js';

/** Where something is published, asked ("放哪儿公示了", "在哪里公开", "通过什么平台公示", "去哪能查到"). */
// (or put up somewhere, "都发在哪些网站上了", "挂到哪个平台")
const WHERE_MADE_PUBLIC = /(?:放|在|去|到|上)?哪(?:里|儿|个地方)?(?:能|可以)?(?:公示|公开|发布|查到|看到)|(?:通过|在|上)(?:什么|哪个|哪些)(?:平台|网站|渠道|地方)(?:公示|公开|发布)|(?:发|放|登|挂|贴)(?:在|到)(?:了)?(?:哪|什么)(?:些|个|里|儿)?(?:网站|平台|地方|渠道|网)?/;
/** A sentence saying where it was made public: publishing, through or on a place. */
const MADE_PUBLIC_SAID = /公示|公开|发布|公布/;
const PLACE_SAID = /平台|网站|网|公示栏|公开栏|公告栏|专栏|公众号|栏目|媒体|报/;

export const thingPublishedWhere: Rule = {
  name: 'thing-published-where',
  doc: 'Where a thing of the tables is made public, asked ("行政许可结果放哪儿公示了"): the one sentence of the report that names it with a place it is published through ("…及时通过信用信息共享平台进行公示") — not its row in the format.',
  decide: (u, state, kn) => {
    const m = u.metric;
    if (!m || m.table !== '二' || !m.spans.length || !WHERE_MADE_PUBLIC.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    // (the thing as the question names it, "行政许可")
    const things = m.spans.map((s) => u.norm.slice(s.start, s.end)).filter((t) => t.length >= 2);
    const found = sentencesOf(r).filter((x) => things.some((t) => x.text.includes(t)) && MADE_PUBLIC_SAID.test(x.text) && PLACE_SAID.test(x.text) && !/\d/.test(x.text));
    if (!found.length) return undefined;
    // (the shortest: a sentence of its own on it, not a list of everything published)
    const said = [...found].sort((a, b) => a.text.length - b.text.length)[0]!;
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [said.text.trim()], source: sectionSource(said.section), labelled: true } };
  },
};

/** A short question that opens pointing back at what was just counted ("都…", "这些…", "它们…"). */
const POINTS_BACK = /^(?:那|这|都|这些|那些|它们|他们)/;
/** The longest such question, in characters. */
const POINTING_BACK_MAX_CHARS = 12;
/** The words of a count the answer before cut its sentence at ("街道共主动公开政府信息20条"): this many characters at least. */
const CUT_LINE_MIN = 6;

export const countPublishedWhere: Rule = {
  name: 'count-published-where',
  doc: 'Where the items just counted were published, asked right after ("主动公开了多少条" then "都是在哪里公开的"): the whole sentence that counted them, when it names the place ("…均于…在街道门户网站政府信息公开专栏主动公开").',
  decide: (u, state, kn) => {
    // (or a short question pointing back at them with nothing named, "都发在哪些网站上了")
    const pointsBack = !u.slots.offices.length && !u.slots.years.length && u.norm.length <= POINTING_BACK_MAX_CHARS && POINTS_BACK.test(u.norm);
    if (!(u.followUp.is || pointsBack) || u.metric || state.intent !== PASSAGE_INTENT || !state.text || !WHERE_MADE_PUBLIC.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const line = passageBefore(r, state.text)?.lines[0]?.replace(/[。；;，,\s]+$/, '');
    if (!line || line.length < CUT_LINE_MIN) return undefined;
    const whole = sentencesOf(r).find((x) => x.text.includes(line));
    if (!whole || !PLACE_SAID.test(whole.text) || !MADE_PUBLIC_SAID.test(whole.text)) return undefined;
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [whole.text.trim()], source: sectionSource(whole.section), labelled: true } };
  },
};

/** The office's disclosure guide or catalogue named ("公开指南", "信息公开目录"). */
const GUIDE_NAMED = /指南|公开目录/;
/** Other bodies' guides: the office guiding or urging them ("指导48家区直部门…", "督促各单位…"). */
const OTHERS_GUIDED = /指导|督促|各(?:部门|单位|乡镇|街道)|\d+\s*家/;
/** Where it is, asked ("在哪里能看到", "哪儿查", "在哪"). */
const WHERE_ASKED = /哪(?:里|儿|个地方|个网站)|在哪|去哪/;

export const guidePublishedWhere: Rule = {
  name: 'guide-published-where',
  doc: 'Where the office\'s disclosure guide or catalogue can be seen, asked ("…的政府信息公开指南在哪里能看到"), of a report that says where it is published ("…公开指南等相关信息在…门户网站公开"): that sentence, before the regulation\'s general rule (第十二条).',
  decide: (u, state, kn) => {
    const named = GUIDE_NAMED.exec(u.norm)?.[0];
    if (!named || u.metric || !WHERE_ASKED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    // (not the office guiding others to publish theirs, "指导48家区直部门…公布…公开指南")
    const found = sentencesOf(r).filter((x) => x.text.includes(named) && MADE_PUBLIC_SAID.test(x.text) && PLACE_SAID.test(x.text) && !OTHERS_GUIDED.test(x.text));
    if (!found.length) return undefined;
    const said = [...found].sort((a, b) => a.text.length - b.text.length)[0]!;
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [said.text.trim()], source: sectionSource(said.section), labelled: true } };
  },
};

/** The site or platform the office publishes through, asked ("主要通过哪个网站公开政府信息", "在什么平台发布信息"). */
// (not "通过哪些渠道主动公开": every channel, the report's account of them, report.proactive)
const SITE_OF_PUBLISHING_ASKED = /(?:通过|在|用|依托|靠)(?:(?:哪个|什么|哪些|啥)(?:网站|平台|网)|(?:哪个|什么|啥)渠道)[^，。？?]{0,4}(?:公开|发布)/;
/** A sentence naming the site it publishes through ("依托宝坻政务网…公开", "通过…门户网站…发布"). */
const SITE_NAMED = /(?:依托|通过|利用|借助)[^，,。；;]{0,16}(?:网站|政务网|门户网|网|平台)/;
/** The report itself asked about: where it is published is the website intent's (report-online-where). */
const REPORT_NAMED = /年报|报告|原文|全文|电子版/;

export const siteOfPublishingAsked: Rule = {
  name: 'site-of-publishing-asked',
  doc: 'Which site or platform the office publishes its information through, asked ("主要通过哪个网站公开政府信息"), of a report naming one in its text ("依托宝坻政务网…公开"): the first such sentence — not that the report prints no web address.',
  decide: (u, state, kn) => {
    if (u.metric || !SITE_OF_PUBLISHING_ASKED.test(u.norm) || REPORT_NAMED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const said = r ? sentencesOf(r).find((x) => SITE_NAMED.test(x.text) && MADE_PUBLIC_SAID.test(x.text) && (x.section === '一' || x.section === '二')) : undefined;
    return r && said ? { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [said.text.trim()], source: sectionSource(said.section), labelled: true } } : undefined;
  },
};

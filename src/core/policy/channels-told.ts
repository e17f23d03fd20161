/**
 * Rule channels-told-follow-up: how the requests just counted came in, asked right after the count ("那一年收到几件申请"
 * then "他们都是怎么提交申请的"): the text's clauses that say their ways in ("全年累计受理依申请公开4件,为互联网申请"), not
 * how one applies — that is the rules' answer to the asker's own request, asked without pointing at those counted.
 */
import { reportLabel } from '../../answer/render.js';
import { CHANNEL_WORDS, CHANNELS_ASKED, channelsTold } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { PASSAGE_INTENT } from '../respond.js';
import type { Rule } from './types.js';
import type { MetricQuery } from '../../understand/metrics.js';

/** Pointing at those counted ("他们", "这些申请", "都是"). */
const THOSE_COUNTED = /他们|她们|这些|那些|这几|那几|它们|都是|都(?:是)?(?:怎么|通过|用)/;
/** Requests counted in the last answer's question. */
const REQUESTS_COUNTED = /申请/;

/** The requests themselves (table 三's 新收 or its total), not a result of them. */
const requestsRow = (m: MetricQuery) => m.table === '三' && m.rows.every((x) => x === 'new' || x === 'total');

export const channelsToldFollowUp: Rule = {
  name: 'channels-told-follow-up',
  doc: 'How the requests just counted came in ("他们都是怎么提交申请的" after the count): the text\'s clauses saying their ways in, not how one applies.',
  decide: (u, state, kn) => {
    // (the requests themselves read as the row their words name, "提交申请" → 新收: still those counted)
    const otherRow = u.metric && !requestsRow(u.metric);
    if (otherRow || !CHANNELS_ASKED.test(u.norm) || !THOSE_COUNTED.test(u.norm)) return undefined;
    const counted = (state.metric && requestsRow(state.metric)) || (state.intent === PASSAGE_INTENT && REQUESTS_COUNTED.test(state.text ?? ''));
    if (!counted) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const told = r ? channelsTold(r) : undefined;
    if (!r || !told) return undefined;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`报告正文写道：${told.text}`], source: told.source, labelled: true } };
  },
};

/** The requests an office received, spoken of as such ("收到的申请", "交上来的"): what came in, not how one applies. */
// (or pointed at, "受理的那些申请")
export const REQUESTS_RECEIVED = /(?:收到|受理|接到|接收)的(?:那些|这些)?(?:政府信息公开|信息公开|依申请公开|公开)?申请|交上来|递上来|报上来/;
/** Counts asked by their number ("件数", "申请数"). */
const NUMBER_NAMED = /件数|申请数|申请量/;
/** A how-many word. */
const HOW_MANY = /多少|几/;
/** Whether one may apply those ways ("都可以吗", "能不能"): the procedure's question, not the counts. */
const MAY_ONE = /吗|能不能|可不可以|可以/;
/** Ways in listed to be counted ("信函/网络/当面 件数"): this many channel words at least. */
const CHANNELS_LISTED_MIN = 2;

export const channelsOfRequestsAsked: Rule = {
  name: 'channels-of-requests-asked',
  doc: 'How the requests an office received came in, asked of its report with no way named ("2019年收到的申请都是通过哪些方式交上来的"), or ways listed with their number ("信函/网络/当面 件数"): the text\'s clauses that count them by way in, not how one applies.',
  decide: (u, state, kn) => {
    if (u.metric && !requestsRow(u.metric)) return undefined;
    const ways = new Set(u.norm.match(CHANNEL_WORDS) ?? []);
    // (which ways, none named — "网页渠道和来信渠道分别收到几件" names its own, which the figure rules count and add up)
    // (or ways listed with their number asked in so many words, no how-many word: a how-many is the figure rules')
    const asked = (!ways.size && CHANNELS_ASKED.test(u.norm) && REQUESTS_RECEIVED.test(u.norm)) || (ways.size >= CHANNELS_LISTED_MIN && NUMBER_NAMED.test(u.norm) && !HOW_MANY.test(u.norm) && !MAY_ONE.test(u.norm));
    if (!asked || (!u.slots.offices.length && !u.slots.years.length)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const told = r ? channelsTold(r) : undefined;
    if (!r || !told || !/\d\s*件/.test(told.text)) return undefined;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`报告正文写道：${told.text}`], source: told.source, labelled: true } };
  },
};

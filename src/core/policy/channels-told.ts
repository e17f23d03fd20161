/**
 * Rule channels-told-follow-up: how the requests just counted came in, asked right after the count ("那一年收到几件申请"
 * then "他们都是怎么提交申请的"): the text's clauses that say their ways in ("全年累计受理依申请公开4件,为互联网申请"), not
 * how one applies — that is the rules' answer to the asker's own request, asked without pointing at those counted.
 */
import { reportLabel } from '../../answer/render.js';
import { CHANNELS_ASKED, channelsTold } from '../prose-figures.js';
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

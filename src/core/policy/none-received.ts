/**
 * Rule why-no-requests: why the report counts no request at all ("为啥依申请公开那块一件都没有", "为什么一件依申请都没办，
 * 是全拒了吗"): the text's sentence saying none was received ("2023年,凉山州审计局未收到依申请公开的申请") — the reason
 * the report gives, 0 — not how to apply nor a refusal's rules.
 */
import { reportLabel } from '../../answer/render.js';
import { T3_ROW_BY_ID } from '../../report/format.js';
import { noRequestsTold } from '../prose-figures.js';
import { pickReport } from '../select.js';
import { kindsOf } from './helpers.js';
import type { Rule } from './types.js';

/** None at all said of them ("一件都没有", "一个也没办", "没人来申请", "是零", "为0"), or the part blank ("全是空的", "是没统计吗"). */
const NONE_AT_ALL = /一(?:件|个|份|条)(?:[^，。？?]{0,8})?(?:都|也)(?:没|没有|无)|没(?:有)?人(?:来)?(?:申请|提)|(?:是|为)(?:零|0)(?!\d)|零申请|(?:全|全都|都)是空(?:白)?的|(?:全|都)(?:空着|空白)|没(?:有)?统计/;
/** The requests named ("依申请", "申请"). */
const REQUESTS = /申请/;

/** The coming in itself asked of ("都没收到", "没人申请", "没有人来申请"), not what was done with them. */
const RECEIVING_ASKED = /(?:没|未)(?:有)?(?:收到|接到|受理|人(?:来)?(?:申请|提))|没(?:有)?人/;
const NONE_RECEIVED_NO_REASON = '报告没有说明为什么没有收到申请。';

export const whyNoRequests: Rule = {
  name: 'why-no-requests',
  doc: 'Why the report counts no request at all ("为啥依申请公开那块一件都没有"): the text\'s sentence saying none was received, so 0 — never how to apply.',
  decide: (u, state, kn) => {
    if (!kindsOf(u).why || !NONE_AT_ALL.test(u.norm) || !REQUESTS.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const none = r ? noRequestsTold(r) : undefined;
    if (!r || !none) return undefined;
    // (why none came in at all, "为什么一件申请都没收到": the report tells that none came, never why)
    const why = RECEIVING_ASKED.test(u.norm) ? NONE_RECEIVED_NO_REASON : '没有收到申请，也就没有需要办理的申请。';
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告正文写道：`, lines: [none.text.trim(), `即${T3_ROW_BY_ID.new?.label ?? '收到的申请'} 0 件：${why}`], source: none.source, labelled: true } };
  },
};

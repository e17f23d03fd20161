/**
 * Rule petition-by-request: a disclosure request meant to complain or report told of ("想干脆给区政府写个信息公开申请，把物业
 * 和开发商一起举报了…这样能行吗"), and whether it works asked: such a request is not handled as one (《条例》第三十九条) and
 * the right channel — whatever the story's dispute reads to the classifier (a neighbour's leak, a property firm: out of scope).
 */
import { intentDecision, withoutSlots } from './helpers.js';
import type { Rule } from './types.js';
import { cellsOf } from '../../answer/cells.js';
import { pickReport } from '../select.js';

/** The intent that says so (intents/procedure.yml). */
const PETITION_INTENT = 'procedure.petition';
/** Table 三's row of such requests (不予处理 — 信访举报投诉类申请). */
const PETITION_ROW = 'rejected.petition';

/** A disclosure request named as the means ("写个信息公开申请", "以申请公开的形式"). */
// (or the row's own name for such requests, "被归为“信访举报投诉类申请”")
const REQUEST_AS_MEANS = /信息公开申请|申请公开|公开申请|依申请|申请(?:政府)?信息公开|投诉类申请|举报类申请|信访类申请/;
/** What it is meant to do: complain, report, petition ("把物业…举报了", "投诉他们", "反映问题", "逼政府给个说法"). */
const COMPLAINT_MEANT = /举报|投诉|信访|告状|反映问题|告他们|逼他们|逼政府|讨(?:个)?说法|给个说法/;
/** Whether it works, asked ("这样能行吗", "可不可以", "管用吗", "会怎么处理"). */
// (or whether the means may be used, "可以用信息公开申请的办法找街道吗", or how it will be taken, "会被当作信息公开申请处理吗")
// (or what such a matter should go by, "按条例，这类诉求应该怎么办")
const WORKS_ASKED = /(?:能行|行不行|行吗|行得通|走得通|可以吗|可不可以|能不能|管用|有用吗|有没有用|会怎么(?:处理|办)|会受理吗|受理不)|这类(?:诉求|事情|问题|申请)[^，。？?]{0,6}(?:应该|该|要)?(?:怎么办|怎么处理|如何处理|走什么)|(?:可以|能)(?:用|通过|走|借)[^，。？?]{0,16}(?:吗|么|嘛)|会(?:被)?(?:当作|当成|视为|看作|按)[^，。？?]{0,14}(?:吗|么|嘛)|算不算/;
/** Another thing of the request asked (its cost, time or where to send it), in the asking sentence: that thing's rule answers. */
const OTHER_ASKED = /多少钱|(?<!乱|违规|多)收费|(?<!物业)费用|多久|几天|期限|电话|地址|邮编/;

/** Why a matter was not taken as a disclosure request ("为啥不按信息公开给我办", "为什么不算信息公开申请"). */
const WHY_NOT_AS_REQUEST = /(?:为啥|为什么|咋|怎么|凭什么)[^，。？?]{0,6}(?:不按|不当|不算|不作为|不当作|不当成|不走)[^，。？?]{0,4}(?:政府)?信息公开/;

/** The last clause, where the question stands after the story ("…给街道打电话也没人管。…这样…行不行？"). */
const lastClause = (norm: string): string => norm.split(/[。！!？?]/).map((c) => c.trim()).filter(Boolean).at(-1) ?? norm;

export const petitionByRequest: Rule = {
  name: 'petition-by-request',
  doc: 'A disclosure request meant to complain or report told of, and whether it works asked ("写个信息公开申请，把物业和开发商一起举报了，这样能行吗"): not handled as a request (第三十九条), go by the right channel — not the out-of-scope fallback the dispute reads as.',
  decide: (u, _state, kn) => {
    // (the row of such requests named by the same words, "投诉举报…当作信息公开申请", no count asked: still the rule asked)
    const rowWords = !!u.metric && !u.quantity && u.metric.rows.every((x) => x === PETITION_ROW);
    // (the office's own name says no complaint: "给西城区信访办的公开申请写得不太清楚" asks of an unclear request)
    const text = withoutSlots(u);
    // (a complaint made, and why it was not taken as a disclosure request asked: "写信举报违建，为啥不按信息公开给我办")
    if (!u.metric && COMPLAINT_MEANT.test(text) && WHY_NOT_AS_REQUEST.test(text)) return intentDecision(u, kn, PETITION_INTENT);
    if ((u.metric && !rowWords) || !REQUEST_AS_MEANS.test(text) || !COMPLAINT_MEANT.test(text) || !WORKS_ASKED.test(text) || OTHER_ASKED.test(lastClause(text))) return undefined;
    return intentDecision(u, kn, PETITION_INTENT);
  },
};

/** A matter pointed back at ("这种事", "这类情况", "那样的"). */
const POINTED_BACK = /这种|这类|这样的|那种|那类|这个事|这事/;
/** The way to take it asked ("走啥渠道", "该找谁", "去哪反映", "通过什么途径"). */
const ROUTE_ASKED = /渠道|途径|找谁|找哪|去哪|哪里|哪儿|怎么反映|走什么|走啥|该怎么办|咋办/;

export const petitionRouteFollowUp: Rule = {
  name: 'petition-route-follow-up',
  doc: 'Right after the requests not handled because they were complaints or petitions were counted ("不予处理…其中信访举报投诉类申请 1 件"), the way to take such a matter asked ("那这种事儿应该走啥渠道"): the petition rule and its channels (第三十九条), not the fallback its everyday words read as.',
  decide: (u, state, kn) => {
    const m = state.metric;
    if (u.metric || !m || m.table !== '三' || !u.followUp.is || !POINTED_BACK.test(u.norm) || !ROUTE_ASKED.test(u.norm)) return undefined;
    const petitionRow = m.rows.includes(PETITION_ROW);
    // (the row of all requests not handled, its petitions counted: the answer named them)
    const r = !petitionRow && m.rows.includes('rejected') ? pickReport(kn, u.slots, state).report : undefined;
    const counted = r ? (cellsOf(r, { ...m, rows: [PETITION_ROW], cols: [] })[0] ?? 0) > 0 : false;
    return petitionRow || counted ? intentDecision(u, kn, PETITION_INTENT) : undefined;
  },
};

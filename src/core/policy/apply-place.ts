/**
 * Rule apply-place-in-report: where (or through what) to hand in a request, asked ("去哪儿递申请", "在哪提交", "依申请公开
 * 走什么平台受理的"), of a report that says where its office receives them ("…设立了政务公开专区窗口…为本单位依申请公开
 * 政府信息受理窗口", "依托…依申请信息公开管理平台"): the regulation's answer, with the report's own sentence said first.
 * Without such a sentence the other rules answer as before.
 */
import { reportLabel } from '../../answer/render.js';
import { pickReport } from '../select.js';
import { intentDecision } from './helpers.js';
import type { Rule } from './types.js';

/** Where to hand it in, asked ("去哪儿递申请", "在那里交申请", "申请交到哪", "走什么平台", "哪个窗口受理"). */
const WHERE_TO_APPLY =
  /(?:哪儿|哪里|哪|那里|哪个地方|什么地方|啥地方)(?:去)?(?:递|交|提交|递交|送|受理|办)|(?:递|交|提交|递交|送)(?:申请)?(?:到|去|给)?(?:哪儿|哪里|哪)|(?:走|用|通过|在)(?:什么|哪个|啥|哪)(?:平台|窗口|渠道|系统)|(?:什么|哪个|啥)(?:平台|窗口)(?:受理|提交|申请|办)/;
/** A request named: the thing handed in. */
const REQUEST = /申请/;
/** A sentence of the report naming where its office receives requests: a window or platform for them. */
const PLACE_SENTENCE = /受理窗口|受理平台|申请平台|管理平台|专区窗口|(?:窗口|平台)[^。；;]{0,12}受理/;
/** The procedure's topic (intents/procedure.yml). */
const PROCEDURE_TOPIC = 'procedure';
/** The intent that says to which office a request goes (intents/procedure.yml). */
const WHERE_INTENT = 'procedure.where';
/** A sentence longer than this is cut at its last comma before it (a long paragraph saved as one sentence). */
const MAX_SENTENCE = 160;

/** The report's sentence naming where requests are received, or undefined. */
export function applyPlaceSentence(passages: readonly { text: string }[]): string | undefined {
  for (const p of passages)
    for (const s of p.text.split(/(?<=[。；;])/))
      if (PLACE_SENTENCE.test(s) && REQUEST.test(s)) return s.trim().length > MAX_SENTENCE ? `${s.trim().slice(0, MAX_SENTENCE)}……` : s.trim();
  return undefined;
}

export const applyPlaceInReport: Rule = {
  name: 'apply-place-in-report',
  doc: 'Where or through what to hand in a request ("去哪儿递申请", "走什么平台受理"), of a report that names its receiving window or platform: the regulation\'s answer with that sentence first.',
  decide: (u, state, kn) => {
    // (a request named, or the conversation is about applying: "怎么弄" … "在哪提交")
    const applying = REQUEST.test(u.norm) || (u.followUp.is && u.followUp.previous?.topic === PROCEDURE_TOPIC);
    // (受理 said of the platform is no count of requests received: "走什么平台受理的")
    const counted = u.metric && !(u.metric.vague && !u.quantity);
    if (counted || !applying || !WHERE_TO_APPLY.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const sentence = r && applyPlaceSentence(r.passages);
    if (!r || !sentence) return undefined;
    const d = intentDecision(u, kn, WHERE_INTENT);
    return d && d.kind === 'intent' ? { ...d, noteIfAnswered: `据${reportLabel(r)}报告：${sentence}\n` } : undefined;
  },
};

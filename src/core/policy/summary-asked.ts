/**
 * Rule summary-asked: staff asking for the figures of a part of the report put in a sentence or two ("帮我拟一句话写进简报，
 * 概括南岗区政府办2022年依申请公开办理情况", "起草一句话给领导…要带数字"): the report's overview of that part (the
 * requests and what became of them, or what was published), from which the sentence is written — never how to apply.
 */
import { THRESHOLDS } from '../thresholds.js';
import type { Rule } from './types.js';

/** Asked to sum a part up in a few words ("概括", "用一句话", "写进简报", "汇报材料里用"). */
// (or its main figures listed, "把依申请公开的几个主要数字给我列一下")
const SUMMARY_ASKED = /概括|总结一下|归纳|用?[一两几]句话|写[一两几]句|拟[一两几]?句|起草[一两几]?句|写进(?:简报|材料|汇报|稿子)|汇报材料|简报|写成一句|(?:主要|关键|核心|几个|几项)的?(?:数字|数据)[^，。？?]{0,8}(?:列|报|说)/;
/** The part summed up, and the intent that gives its figures. */
const PARTS: readonly [RegExp, string][] = [
  [/依申请|(?:申请|请求)(?:的)?(?:办理|处理|答复)|办理情况/, 'figures.overview'],
  [/主动公开/, 'report.proactive'],
];
/** A sentence to be drafted for a document ("起草一句话", "拟一句", "放进汇总材料"), not an answer asked in one sentence. */
const DRAFTING = /起草|列一下|列出|列个|拟[一两几]?句|写[一两几]句|写进|放进|放总结|汇报材料|汇总材料|简报/;
/** How to do it asked ("怎么办理", "如何申请"): the procedure, not a summary. */
const HOW_ASKED = /怎么|如何|怎样|咋/;

export const summaryAsked: Rule = {
  name: 'summary-asked',
  doc: 'Staff asking for a part of the report summed up in a sentence ("概括…依申请公开办理情况", "写进简报"): that part\'s figures as the report gives them, to write the sentence from.',
  decide: (u, _state, kn) => {
    // (a count asked in one sentence, "请只用一句话告诉我…主动公开了多少条": that count, the figure rules')
    // (a sentence to draft, the figures it must hold named with their how-many — "起草一句话…（新收多少、各类结果多少）": still
    // the summary)
    if (!SUMMARY_ASKED.test(u.norm) || HOW_ASKED.test(u.norm) || (u.quantity && !DRAFTING.test(u.norm))) return undefined;
    const parts = PARTS.filter(([re]) => re.test(u.norm));
    // (both parts, or none named: no one reading)
    if (parts.length !== 1) return undefined;
    const intent = kn.byId.get(parts[0]![1]);
    return intent ? { kind: 'intent', intent, confidence: THRESHOLDS.answer } : undefined;
  },
};

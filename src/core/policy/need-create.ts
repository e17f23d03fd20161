/**
 * Rule made-to-order-asked: information the office would have to compile, told in the story ("让区政府给我做一份近五年
 * 的统计分析，为什么他们说不提供"): 《条例》第三十八条 (no duty to process or analyse what exists) — not the exemptions or
 * the request's contents that "为什么…不提供" reads as.
 */
import { intentDecision } from './helpers.js';
import type { Rule } from './types.js';

/** The intent that says so (intents/procedure.yml). */
const NEED_CREATE_INTENT = 'procedure.need-create';

/** Something to be compiled for the asker ("做一份…统计分析", "帮我汇总一下…数据", "加工分析", "把数据整理好再给"). */
const COMPILED = /(?:做|制作|整理|汇总|统计|编)(?:一份|一个|一下|个)?[^，。？?]{0,12}?(?:统计分析|汇总表|统计表|分析报告|对比分析|汇总分析|数据分析)|(?:加工|汇总|统计)分析|重新(?:统计|汇总|整理)|把[^，。？?]{0,16}(?:统计|汇总|整理|加工)(?:汇总|统计|整理)?(?:好|成|出来)|(?:汇总|统计|整理)[^，。？?]{0,6}成(?:一张|一份|一个)?(?:表|表格|报告)/;
/** Refused, or whether it will be given, asked ("为什么他们说不提供", "能给做吗", "会不会给", "他们必须给我做吗"). */
const REFUSED_OR_ASKED = /不提供|不给|拒绝|不予|无法提供|为什么|为啥|能不能|可以吗|行吗|会给|给不给|能要|必须|一定要|有义务|得给/;

export const madeToOrderAsked: Rule = {
  name: 'made-to-order-asked',
  doc: 'Information the office would have to compile for the asker, told in the story ("给我做一份近五年的统计分析，为什么说不提供"): 第三十八条, not the exemptions.',
  decide: (u, _state, kn) => {
    if (u.metric || !COMPILED.test(u.norm) || !REFUSED_OR_ASKED.test(u.norm)) return undefined;
    return intentDecision(u, kn, NEED_CREATE_INTENT);
  },
};

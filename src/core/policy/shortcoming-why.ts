/**
 * Rule shortcoming-why: why the office's work falls short, asked ("报告里自己承认工作有短板，说是啥原因造成的",
 * "政务公开工作薄弱的原因是什么"): section 五's problems, which the reports write with their causes ("原政务公开专员离职后
 * 未增加新人…导致工作存在一定短板") — not the regulation's reasons to withhold information, which 原因 alone reads.
 * A why about a refusal ("为什么不给公开") names no shortcoming and goes to the other rules.
 */
import { THRESHOLDS } from '../thresholds.js';
import { kindsOf } from './helpers.js';
import type { Rule } from './types.js';

/** The office's work falling short, named ("短板", "不足", "薄弱", "差距", "不到位", "存在的问题"). */
const SHORTCOMING = /短板|不足|薄弱|差距|不到位|欠缺|做得不好|没做好|(?:存在|主要)的?问题/;
/** A refusal or an answer withheld named: its reasons are the exemptions', not section 五's. */
const REFUSAL = /不公开|不予|拒绝|不给|没给|驳回|无法提供|不提供|不掌握|不存在/;
/** The intent that gives section 五's problems (intents/report.yml). */
const PROBLEMS = 'report.problems';

export const shortcomingWhy: Rule = {
  name: 'shortcoming-why',
  doc: 'Why the office\'s work falls short ("报告里承认工作有短板，说是啥原因"): section 五\'s problems, which give their causes — not the reasons to withhold information.',
  decide: (u, _state, kn) => {
    if (!kindsOf(u).why || !SHORTCOMING.test(u.norm) || REFUSAL.test(u.norm) || !kn.byId.has(PROBLEMS)) return undefined;
    return { kind: 'intent', intent: kn.byId.get(PROBLEMS)!, confidence: THRESHOLDS.clarify };
  },
};

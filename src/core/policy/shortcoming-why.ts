/**
 * Rule shortcoming-why: why the office's work falls short, asked ("报告里自己承认工作有短板，说是啥原因造成的",
 * "政务公开工作薄弱的原因是什么"): section 五's problems, which the reports write with their causes ("原政务公开专员离职后
 * 未增加新人…导致工作存在一定短板") — not the regulation's reasons to withhold information, which 原因 alone reads.
 * A why about a refusal ("为什么不给公开") names no shortcoming and goes to the other rules.
 * Also: how it will be put right, asked right after (improvements-follow-up): section 五's improvements.
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

/** The intent that gives section 五's improvements (intents/report.yml). */
const IMPROVEMENTS = 'report.improvements';
/** How it will be put right, asked ("那咋改" — read 那怎么办, so also as typed —, "怎么整改", "打算怎么解决"). */
const HOW_FIXED = /(?:咋|怎么|如何|怎样|咋个)(?:个)?(?:改|整改|改进|解决|弥补|补齐)|改进|整改/;

export const improvementsFollowUp: Rule = {
  name: 'improvements-follow-up',
  doc: 'How it will be put right, asked right after the report\'s problems ("那咋改"): section 五\'s improvements — not how to correct an application.',
  decide: (u, state, kn) => {
    if (state.intent !== PROBLEMS || !u.followUp.is || !(HOW_FIXED.test(u.norm) || HOW_FIXED.test(u.text)) || !kn.byId.has(IMPROVEMENTS)) return undefined;
    return { kind: 'intent', intent: kn.byId.get(IMPROVEMENTS)!, confidence: THRESHOLDS.answer };
  },
};

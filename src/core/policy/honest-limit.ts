/**
 * An intent that says what the bot cannot do and whom to ask ("办公时间" is not in any report;
 * "查询个人申请进度"): its own honest answer, logged as unanswered, rather than the generic fallback.
 */
import { THRESHOLDS } from '../thresholds.js';
import { top, topScore } from './helpers.js';
import type { Rule } from './types.js';

export const honestLimit: Rule = {
  name: 'honest-limit',
  doc: 'A confident match of an intent marked fallback that has its own answer (办公时间 → not in the report, here is the phone): that answer, counted as a fallback.',
  decide: (u) => {
    const t = top(u);
    const score = topScore(u);
    return t?.item.fallback && t.item.answer && score >= THRESHOLDS.answer ? { kind: 'intent', intent: t.item, confidence: score } : undefined;
  },
};

/**
 * Rule remedy-of-same-kind: the other remedy named alone right after a procedure answer on one of them ("不复议直接去法院告的
 * 话，期限是多久" then "那申请复议呢"): the same answer for that remedy (its time limit, its body) — not table 四's count of
 * reviews that 复议 reads.
 */
import { THRESHOLDS } from '../thresholds.js';
import type { Rule } from './types.js';

/** A remedy named alone as a follow-up ("那申请复议呢", "起诉呢", "打官司的呢"). */
const REMEDY_ALONE = /^(?:那|那么)?(?:要是|如果)?(?:申请)?(?:行政)?(?:复议|诉讼|起诉|打官司|告他们|去法院)(?:的话)?(?:呢|的呢|期限呢|多久呢)?[?？。]*$/;
/** Procedure intents a remedy's follow-up keeps (intents/procedure.yml): the remedies, their time limits, their bodies. */
const REMEDY_INTENTS: ReadonlySet<string> = new Set(['procedure.remedy-deadline', 'procedure.remedy', 'procedure.review-body']);

export const remedyOfSameKind: Rule = {
  name: 'remedy-of-same-kind',
  doc: 'The other remedy named alone right after an answer on one remedy ("期限是多久" of suing, then "那申请复议呢"): the same intent again, for that remedy — never table 四\'s count of reviews.',
  decide: (u, state, kn) => {
    if (!state.intent || !REMEDY_INTENTS.has(state.intent) || !REMEDY_ALONE.test(u.norm.trim())) return undefined;
    const intent = kn.byId.get(state.intent);
    return intent ? { kind: 'intent', intent, confidence: THRESHOLDS.answer } : undefined;
  },
};

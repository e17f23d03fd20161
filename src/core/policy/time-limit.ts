/**
 * Which time limit is asked: the regulation sets several, each for its own step (答复 20 working days, 补正 7,
 * the third party's opinion 15, review 60 days, a suit 6 months). A how-long question that names a step's
 * subject is that step's limit, however much its words share with the general one ("…几个工作日内一次性告诉我
 * 怎么补正" is the 补正 limit, not the 20 days to answer).
 */
import { DURATION } from '../patterns.js';
import { THRESHOLDS } from '../thresholds.js';
import type { Rule } from './types.js';

/** The subject named → the intent that tells its time limit (intents/procedure.yml). Checked in order. */
export const TIME_LIMIT_SUBJECTS: readonly (readonly [RegExp, string])[] = [
  [/补正|补材料|补充材料|补交材料/, 'procedure.correction'],
  [/第三方|征求.{0,10}意见|(?:对方|他|她|那个人)(?:的)?意见/, 'procedure.third-party'],
  [/复议|起诉|诉讼|打官司|法院/, 'procedure.remedy-deadline'],
];

export const timeLimitOf: Rule = {
  name: 'time-limit-of',
  doc: 'A how-long question naming the step it is about (补正, the third party\'s opinion, review or suit): that step\'s time limit, not the general 20 working days.',
  decide: (u, _state, kn) => {
    if (u.kind !== 'duration' && !DURATION.test(u.norm)) return undefined;
    const hit = TIME_LIMIT_SUBJECTS.find(([re]) => re.test(u.norm));
    const intent = hit ? kn.byId.get(hit[1]) : undefined;
    if (!intent) return undefined;
    const score = u.candidates.find((c) => c.item.id === intent.id)?.score ?? 0;
    return { kind: 'intent', intent, confidence: Math.max(score, THRESHOLDS.clarify) };
  },
};

/**
 * Rule for a step named alone right after an answer of the rules that speaks of it ("复议呢？" after the time limits of
 * review and suit): the same answer, which holds that step's part — not the count of table 四 that 复议 alone reads as.
 */
import { withoutSlots } from './helpers.js';
import { OTHER_THING_FOLLOW_UP } from './counts.js';
import type { Rule } from './types.js';

/** The topic of the procedure's intents (intents/procedure.yml), whose answers are the regulation's. */
const PROCEDURE_TOPIC = 'procedure';

export const stepOfLastAnswer: Rule = {
  name: 'step-of-last-answer',
  doc: 'A table word named alone right after a procedure answer whose text speaks of it ("复议呢？" after the time limits of review and suit): that answer again, not the table\'s count.',
  decide: (u, state, kn) => {
    if (!u.metric || !u.followUp.is || !state.intent || state.metric) return undefined;
    const last = kn.byId.get(state.intent);
    if (!last?.answer || last.topic !== PROCEDURE_TOPIC) return undefined;
    const thing = OTHER_THING_FOLLOW_UP.exec(withoutSlots(u).trim())?.[1];
    if (!thing || !last.answer.includes(thing)) return undefined;
    return { kind: 'intent', intent: last, confidence: u.candidates.find((c) => c.item === last)?.score ?? 0 };
  },
};

/** Rules about the message as such: nothing readable, or the answer to a pending clarify question. */
import { POLICY } from '../thresholds.js';
import type { Rule } from './types.js';

export const emptyInput: Rule = {
  name: 'empty-input',
  doc: 'Nothing readable is left (only emoji, punctuation or courtesy): the fallback.',
  decide: (u) => (u.empty ? { kind: 'fallback', reason: 'empty', confidence: 0 } : undefined),
};

export const pendingChoice: Rule = {
  name: 'pending-choice',
  doc: 'A number ("1", "第二个") after "您是想问：1. … 2. …": the option chosen, answered for the question that was asked.',
  decide: (u, state) => {
    const c = u.followUp.choice;
    if (!c) return undefined;
    return {
      kind: 'intent',
      intent: c.intent,
      confidence: POLICY.choiceConfidence,
      question: { norm: c.text, slots: c.slots, metric: c.metric },
      state: { ...state, clarify: undefined },
    };
  },
};

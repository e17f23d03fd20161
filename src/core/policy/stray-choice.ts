/** A bare option number when no choice is pending. */
import { CHOICE } from '../patterns.js';
import type { Rule } from './types.js';

export const strayChoice: Rule = {
  name: 'stray-choice',
  doc: 'A bare "1" / "第二个" with no "您是想问" pending: not a repeat of the last answer and not a question — the fallback, which says what can be asked.',
  decide: (u, state) => (!state.clarify && CHOICE.test(u.norm) ? { kind: 'fallback', reason: 'no-match', confidence: 0 } : undefined),
};

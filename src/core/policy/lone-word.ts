/** A message that is one word the intents use ("申请", "收费"): a topic, not a search of the report. */
import { contentWords } from '../../answer/retrieve.js';
import { THRESHOLDS } from '../thresholds.js';
import { choice } from './helpers.js';
import type { Rule } from './types.js';

export const loneIntentWord: Rule = {
  name: 'lone-intent-word',
  doc: 'One word that the intents know, and nothing else: the intent it most suggests, never a passage that merely contains the word ("申请" → how to apply, not 申请专项资金).',
  decide: (u, _state, kn) => {
    const words = contentWords(u.focus || u.norm);
    if (words.length !== 1 || !kn.classifier.knows(`w:${words[0]}`)) return undefined;
    const { best, chosen } = choice(u, kn);
    return best && chosen && !best.item.fallback && best.score >= THRESHOLDS.clarify ? { kind: 'intent', intent: chosen, confidence: best.score } : undefined;
  },
};

/** Rules that answer from the report's text. */
import { handlerOf } from '../handlers.js';
import { POLICY, THRESHOLDS } from '../thresholds.js';
import { passage, top, topScore } from './helpers.js';
import type { Rule } from './types.js';

export const reportOnlyWords: Rule = {
  name: 'report-only-words',
  doc: 'Rare report words no intent uses ("政务公开专区", "功能区") beside a weak or generic template match: the passage that holds them.',
  decide: (u, state, kn) => {
    const t = top(u);
    const score = topScore(u);
    if (t && score < POLICY.reportOnlyMaxScore && !handlerOf(t.item) && u.reportOnlyWords.length) {
      return passage(kn, u, state, score < THRESHOLDS.answer ? THRESHOLDS.coverage : POLICY.reportOnlyCoverage);
    }
    return undefined;
  },
};

/** Rules that answer from the report's text. */
import { handlerOf } from '../handlers.js';
import { ARTICLE_ASKED } from '../patterns.js';
import { POLICY, THRESHOLDS } from '../thresholds.js';
import { passage, top, topScore } from './helpers.js';
import type { Rule } from './types.js';

export const reportOnlyWords: Rule = {
  name: 'report-only-words',
  doc: 'Rare report words no intent uses ("政务公开专区", "功能区") beside a weak or generic template match: the passage that holds them.',
  decide: (u, state, kn) => {
    const t = top(u);
    const score = topScore(u);
    // (an article asked is about the rules, never the report's text: "…是条例哪一条规定的")
    if (t && score < POLICY.reportOnlyMaxScore && !handlerOf(t.item) && u.reportOnlyWords.length && !ARTICLE_ASKED.test(u.norm)) {
      return passage(kn, u, state, score < THRESHOLDS.answer ? THRESHOLDS.coverage : POLICY.reportOnlyCoverage);
    }
    return undefined;
  },
};

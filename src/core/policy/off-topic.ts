/** Rules for questions outside what the bot knows. */
import { POLICY, THRESHOLDS } from '../thresholds.js';
import { passage, top, topScore } from './helpers.js';
import type { Rule } from './types.js';

export const outOfScope: Rule = {
  name: 'out-of-scope',
  doc: 'An out-of-scope example matched (公积金, 天气 …): the fallback.',
  decide: (u) => {
    const score = topScore(u);
    return top(u)?.item.fallback && score >= THRESHOLDS.clarify ? { kind: 'fallback', reason: 'off-topic', confidence: score } : undefined;
  },
};

export const mostlyUnknown: Rule = {
  name: 'mostly-unknown',
  doc: 'Most content words unknown to intents and reports, and no strong match: a passage holding those words ("政务公开专区建在哪"), else the fallback.',
  decide: (u, state, kn) => {
    const score = topScore(u);
    const { share, count } = u.unknown;
    // one stray word ("着急") beside a good match is not enough
    if (share >= THRESHOLDS.unknown && score < THRESHOLDS.answer + POLICY.unknownOverAnswer && (count >= POLICY.unknownMinCount || score < THRESHOLDS.answer)) {
      return passage(kn, u, state, POLICY.unknownPassageCoverage) ?? { kind: 'fallback', reason: 'unknown', confidence: score };
    }
    return undefined;
  },
};

/**
 * Rule result-meaning: what a result of table 三 means, asked ("年报里说的“无法提供”是什么意思"): the report's figure for that
 * result, with the kinds the national format counts under it (the figures handler adds them) — not the regulation's
 * general list of replies, and the next question ("有几个这样的") goes on from that row.
 */
import { figuresIntent } from '../handlers.js';
import { T3_ROWS } from '../../report/format.js';
import { MEANING_ASKED } from '../patterns.js';
import { POLICY } from '../thresholds.js';
import type { Rule } from './types.js';

export const resultMeaning: Rule = {
  name: 'result-meaning',
  doc: 'What a result of table 三 means ("“无法提供”是什么意思"): that result\'s figure in the report, with the kinds the format counts under it, so "有几个这样的" goes on from it.',
  decide: (u, _state, kn) => {
    const m = u.metric;
    // (a result the format splits into kinds: 无法提供, 不予公开, 不予处理, 其他处理 — one kind, or 予以公开, is told by its own rule)
    if (!m || m.table !== '三' || m.rows.length !== 1 || !MEANING_ASKED.test(u.norm) || !T3_ROWS.some((x) => x.parent === m.rows[0])) return undefined;
    const figures = figuresIntent(kn);
    return figures ? { kind: 'figure', intent: figures, metric: m, confidence: POLICY.figureMinConfidence } : undefined;
  },
};

/**
 * Rule unit-of-last-figure: the unit asked right after a figure ("单位是元还是万元？" after 行政事业性收费 51 万元): that figure
 * again, which the answer gives with its unit as the table prints it — not a fallback because no intent knows 单位.
 */
import { figuresIntent } from '../handlers.js';
import { POLICY } from '../thresholds.js';
import type { Rule } from './types.js';

/** The unit asked ("单位是什么", "元还是万元", "是万元吗", "按元算的吗"). */
const UNIT_ASKED = /单位(?:是|为|用的?|按)?(?:什么|啥|多少|元|万元)|元还是万元|万元还是元|是万元吗|是元吗|按(?:万元|元)(?:算|计)/;

export const unitOfLastFigure: Rule = {
  name: 'unit-of-last-figure',
  doc: 'The unit asked right after a figure ("单位是元还是万元？"): that figure again, with the unit the table prints.',
  decide: (u, state, kn) => {
    if (u.metric || !state.metric || !UNIT_ASKED.test(u.norm)) return undefined;
    const figures = figuresIntent(kn);
    return figures ? { kind: 'figure', intent: figures, metric: state.metric, confidence: POLICY.figureMinConfidence } : undefined;
  },
};

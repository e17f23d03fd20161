/**
 * Rule count-without-subject: a how-many and nothing else ("多少件", "各多少件？"), no figure named and none answered just
 * before to count again: the fallback, which lists what the bot can count — never the fee rules, whose examples ask
 * "超过多少件要收费", nor any other intent a bare 件 happens to lean to.
 */
import { figuresIntent } from '../handlers.js';
import { POLICY } from '../thresholds.js';
import type { Rule } from './types.js';

/** A how-many with no subject: a measure word at most, a word of scope before it and a particle after. */
const LONE_COUNT = /^(?:那|那么|请问|所以)?(?:一共|总共|共|各|分别|大概|到底|具体|总计|合计)?(?:是|有)?(?:多少|几)(?:件|个|条|项|次|份)?(?:啊|呀|呢|嘞|哈)?[?？。!！]*$/;

export const countWithoutSubject: Rule = {
  name: 'count-without-subject',
  doc: 'A how-many and nothing else ("多少件", "各多少件"), no figure named and none answered just before: the fallback that lists what can be counted, not an intent whose example holds 多少件.',
  decide: (u, state) => (!u.metric && !state.metric && !u.slots.offices.length && !u.slots.years.length && LONE_COUNT.test(u.norm.trim()) ? { kind: 'fallback', reason: 'unknown', confidence: 0 } : undefined),
};

/** A total asked alone ("合计几件", "一共多少"): of what was just counted. */
const TOTAL_ALONE = /^(?:那|那么|所以)?(?:一共|总共|共|总计|合计|加起来)(?:是|有)?(?:多少|几)(?:件|个|条|项|次|份)?(?:啊|呀|呢|嘞|哈)?[?？。!！]*$/;

export const totalOfLastFigure: Rule = {
  name: 'total-of-last-figure',
  doc: 'A total asked alone ("合计几件") right after a figure whose parts were given (不予公开 and its reasons): that figure again, whose first number is the total.',
  decide: (u, state, kn) => {
    if (u.metric || !state.metric || !TOTAL_ALONE.test(u.norm.trim())) return undefined;
    const figures = figuresIntent(kn);
    return figures ? { kind: 'figure', intent: figures, metric: state.metric, confidence: POLICY.figureMinConfidence } : undefined;
  },
};

/**
 * Rule all-answered-follow-up: whether all the requests just counted were answered ("都答复了吗", "全部办结了没有"), right
 * after a count of them: the results' total (表三 总计) of the same report — from the table, or the text's clause that
 * counts the replies ("答复22件,答复率100%") — never the regulation's general time limit its words also match.
 */
import { figuresIntent } from '../handlers.js';
import { POLICY } from '../thresholds.js';
import type { MetricQuery } from '../../understand/metrics.js';
import type { Rule } from './types.js';

/** All of them answered or handled, asked alone ("都答复了吗", "全部办结了没", "是不是都回复了"). */
const ALL_ANSWERED_ASKED = /^(?:那|那么)?(?:是不是|是否)?(?:都|全部|全都|全)(?:已经|已)?(?:答复|办结|办完|处理完|回复|办理完)(?:了)?(?:吗|没有?|么|嘛|不)?[?？。]*$/;
/** Rows of table 三 that count the requests themselves (what "all of them" points back at). */
const REQUEST_ROWS: ReadonlySet<string> = new Set(['new', 'total', 'carried']);

export const allAnsweredFollowUp: Rule = {
  name: 'all-answered-follow-up',
  doc: 'Whether all the requests just counted were answered ("都答复了吗"), right after their count: the results\' total of the same report, from the table or the text\'s clause counting the replies.',
  decide: (u, state, kn) => {
    if (u.metric || !state.metric || state.metric.table !== '三' || !state.metric.rows.some((x) => REQUEST_ROWS.has(x))) return undefined;
    if (!ALL_ANSWERED_ASKED.test(u.norm.replace(/\s+/g, ''))) return undefined;
    const figures = figuresIntent(kn);
    const metric: MetricQuery = { table: '三', rows: ['total'], cols: [], spans: [], rowsExplicit: true };
    return figures ? { kind: 'figure', intent: figures, metric, confidence: POLICY.figureMinConfidence } : undefined;
  },
};

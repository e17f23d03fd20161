/**
 * Rule sibling-rows: the other reasons of a group of table 三 asked right after one of them ("本机关不掌握那一小项" → 6 件,
 * then "那另外2件是啥情况"): the group's other rows the report fills — the ones the count quoted adds up to, when one is.
 */
import { T3_ROW_BY_ID, T3_ROWS } from '../../report/format.js';
import { figuresIntent } from '../handlers.js';
import { smallNumber } from '../../understand/cn-number.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** The rest of a group pointed at, with or without its count ("另外2件", "其余的", "剩下那个"), and what of it asked. */
const REST_POINTED = /^(?:那|那么)?(?:另外|另一|其余|剩下|剩余|其他|其它)(?:的)?(?:那)?\s*([\d一两二三四五六七八九十]+)?\s*(?:个|件|项|种|类)?(?:的)?\s*(?:是|呢|是啥|是什么|啥情况|什么情况|怎么回事|为什么|为啥|咋回事|又是)?[^，,。]{0,8}[?？。]*$/;
/** The longest message read as pointing at the rest (a longer one names what it asks of itself). */
const REST_MAX_CHARS = 20;

export const siblingRows: Rule = {
  name: 'sibling-rows',
  doc: 'The rest of a group of table 三 pointed at right after one of its rows ("不掌握的6件" then "那另外2件是啥情况"): the group\'s other rows the report fills, those the quoted count adds up to when it does.',
  decide: (u, state, kn) => {
    const text = u.norm.trim();
    const m = text.length <= REST_MAX_CHARS ? REST_POINTED.exec(text) : null;
    const last = state.metric;
    if (!m || !last || last.table !== '三' || last.rows.length !== 1 || (u.metric && !u.metric.vague)) return undefined;
    const row = T3_ROW_BY_ID[last.rows[0]!];
    const parent = row?.parent;
    const r = pickReport(kn, u.slots, state).report;
    const figures = figuresIntent(kn);
    if (!parent || !r || !figures) return undefined;
    const value = (id: string) => r.values[`t3.${id}.total`]?.value;
    const others = T3_ROWS.filter((s) => s.parent === parent && s.id !== row.id && typeof value(s.id) === 'number' && (value(s.id) as number) > 0);
    if (!others.length) return undefined;
    // (their count quoted: the rows it is, when they add up to it)
    const n = m[1] ? smallNumber(m[1].replace('两', '二')) : undefined;
    if (n !== undefined && others.reduce((a, s) => a + (value(s.id) as number), 0) !== n) return undefined;
    return { kind: 'figure', intent: figures, metric: { table: '三', rows: others.map((s) => s.id), cols: [], spans: [], rowsExplicit: true }, confidence: 1 };
  },
};

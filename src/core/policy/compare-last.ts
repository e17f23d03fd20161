/** Rule for comparing the last two answers of one figure ("临朐…新收多少" → "那丁蜀镇呢" → "两个差多少"). */
import { reportLabel } from '../../answer/render.js';
import { figureOfMetric, valueOf } from '../../answer/trend.js';
import { DIFFERENCE_ASKED, SUM_ASKED } from '../patterns.js';
import { reportById } from '../select.js';
import { toldFigure } from '../prose-figures.js';
import type { Rule } from './types.js';

export const compareLastTwo: Rule = {
  name: 'compare-last-two',
  doc: 'A difference or a sum asked right after the same figure of two reports ("那丁蜀镇呢" then "两个差多少"): both figures and their difference or sum ("两年加起来多少"), from the reports\' own cells.',
  decide: (u, state, kn) => {
    const sum = SUM_ASKED.test(u.norm) && !DIFFERENCE_ASKED.test(u.norm);
    if (u.metric || u.slots.offices.length || u.slots.years.length || !state.previousReport || !state.metric || !(DIFFERENCE_ASKED.test(u.norm) || sum)) return undefined;
    const figure = figureOfMetric(state.metric);
    const [a, b] = [reportById(kn, state.previousReport), reportById(kn, state.report)];
    if (!figure || !a || !b) return undefined;
    // (a figure of table 三 a report tells only in its text, "全年新收到政府信息公开申请13件": its one number)
    const told = toldFigure(kn);
    const of = (r: typeof a) => valueOf(r, figure) ?? (state.metric!.table === '三' ? told(r, state.metric!)?.v ?? null : null);
    const [x, y] = [of(a), of(b)];
    if (x === null || y === null) return undefined;
    // ("两年加起来多少": their sum instead)
    const result = sum ? `两者合计 ${x + y} ${figure.unit}（${x} + ${y}，按报告数字计算）。` : `两者相差 ${Math.abs(x - y)} ${figure.unit}（按报告数字计算）。`;
    const lines = [`${reportLabel(a)}：${x} ${figure.unit}；${reportLabel(b)}：${y} ${figure.unit}。`, result];
    return { kind: 'passage', report: b, parts: { head: `“${figure.label}”：`, lines, labelled: true } };
  },
};

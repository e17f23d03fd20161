/**
 * Rule for what a column of the 2019 format's table 二 means ("“上一年项目数量”指的是什么", "本年新制作数量和本年新公开
 * 数量有啥区别"): the format's own meaning of each column named (src/answer/columns-2019.ts) — not this report's
 * figure, which the asker did not ask.
 */
import { columnsNamed, FORMAT_2019 } from '../../answer/columns-2019.js';
import { MEANING_ASKED } from '../patterns.js';
import { pickReport } from '../select.js';
import { renderMetric } from '../../answer/render.js';
import type { Rule } from './types.js';

/** A figure asked beside the meaning ("分别是多少", "几项"). */
const FIGURE_ASKED = /多少|几/;
/** Two columns set against each other ("有啥区别", "有什么不同", "不一样在哪"). */
const DIFFERENCE_OF_MEANING = /区别|不同|不一样|差别|差异/;

export const columnMeaning: Rule = {
  name: 'column-meaning',
  doc: 'What a column of the 2019 format\'s table 二 means ("“上一年项目数量”指的是什么", "本年新制作和本年新公开有啥区别"): the format\'s meaning of each column named, not a figure.',
  decide: (u, state, kn) => {
    if (!(MEANING_ASKED.test(u.norm) || DIFFERENCE_OF_MEANING.test(u.norm) || /指的?是|是指/.test(u.norm))) return undefined;
    const named = columnsNamed(u.norm);
    if (!named.length) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const meanings = [...named.map((c) => `“${c.name}”：${c.meaning}`), FORMAT_2019];
    // (a row's figures asked too, "行政许可那一行…分别是多少？这几列啥意思": the row as printed, then the meanings)
    if (u.metric?.table === '二' && u.metric.rows.length && FIGURE_ASKED.test(u.norm)) {
      const fig = renderMetric(r, { ...u.metric, printed: true });
      if (!fig.missing) return { kind: 'passage', report: r, parts: { ...fig, lines: [...fig.lines, ...meanings] } };
    }
    return { kind: 'passage', report: r, parts: { head: '', lines: meanings, labelled: false } };
  },
};

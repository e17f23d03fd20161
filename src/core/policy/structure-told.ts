/**
 * Rule structure-told: how many parts the report has, or which, asked ("年报一共包括几部分内容", "报告分哪几部分") of a report
 * that says it of itself ("报告包括总体情况、…等八部分内容", "本报告由六部分组成"): that sentence — not the national format's six
 * parts, which the intent of the format tells.
 */
import { reportLabel } from '../../answer/render.js';
import { sentencesOf } from '../../answer/retrieve.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** The report's parts asked ("几部分", "哪几个部分", "包括哪些内容", "由什么组成"). */
const PARTS_ASKED = /(?:几|哪几|哪些|多少)(?:个|大)?部分|包括(?:哪些|什么)内容|由(?:哪些|什么)(?:部分)?组成/;
/** The report saying how it is made up ("报告包括…等八部分内容", "本报告由六部分组成", "全文分为五个部分"). */
const PARTS_TOLD = /(?:报告|全文|年报)[^。]{0,12}(?:由|包括|包含|分为|共)[^。]{0,240}?([一二三四五六七八九十\d]+)\s*(?:个|大)?部分/;
/** The national format named, or what it should be ("按30号文的格式应该是几部分"): the format's parts, not this report's. */
const FORMAT_ASKED = /格式|国办|30号|应该|应当|标准|规定|缺/;
/** Numerals of a count of parts. */
const CN_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export const structureTold: Rule = {
  name: 'structure-told',
  doc: 'The parts of the report asked ("年报一共包括几部分内容") of a report that says how it is made up ("…等八部分内容"): that sentence, not the national format\'s six parts.',
  decide: (u, state, kn) => {
    if (u.metric || !PARTS_ASKED.test(u.norm) || !/报告|年报/.test(u.norm) || FORMAT_ASKED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const told = r ? sentencesOf(r).map((x) => ({ x, m: PARTS_TOLD.exec(x.text) })).find((t) => t.m) : undefined;
    if (!r || !told) return undefined;
    // (the count in figures too, "八部分" → 共 8 个部分)
    const said = told.m![1]!;
    const n = /^\d+$/.test(said) ? Number(said) : CN_DIGITS[said];
    const lines = [told.x.text.trim(), ...(n ? [`即共 ${n} 个部分。`] : [])];
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines, source: sectionSource(told.x.section), labelled: true } };
  },
};

/**
 * Rule count-doubted: a count the text tells, just answered, doubted with another number ("不是26吧，我记得是36条",
 * "我记得是36条，对吗"): the report's own count again, its clause quoted, and whether the number said matches it — never a
 * fallback, never the number the asker remembers.
 */
import { reportLabel } from '../../answer/render.js';
import { residualLabel, toldCount } from '../../answer/text-arith.js';
import { cutSpans, findReportSlots } from '../../understand/slots.js';
import { PASSAGE_INTENT } from '../respond.js';
import { sectionSource } from '../prose-figures.js';
import { reportById } from '../select.js';
import type { Rule } from './types.js';

/** Doubt or a check said of a number ("不是…吧", "我记得是", "对吗", "确定吗", "没错吧"). */
const DOUBTED = /不是\s*\d+|记得是|(?:对吗|对不对|确定吗|没错吧|是不是)[?？]*$|应该是\s*\d+/;
/** Numbers said with a measure word or bare ("36条", "26"). */
const NUMBER_SAID = /\d+/g;
/** The most characters a doubting message has: a longer one says something of its own. */
const DOUBT_MAX_CHARS = 24;
/** Words of a doubt that name no thing counted. */
const DOUBT_WORDS = /不是|记得|应该|对吗|对不对|确定|没错|是不是|我|吧|吗|呢|啊|条|件|个|篇|项|次|是/g;

export const countDoubted: Rule = {
  name: 'count-doubted',
  doc: 'A count the report\'s text tells, just answered, doubted with another number ("不是26吧，我记得是36条"): the text\'s count again with its clause, and whether the number said is it.',
  decide: (u, state, kn) => {
    if (state.intent !== PASSAGE_INTENT || !state.text || !state.report || u.metric || u.slots.offices.length || u.slots.years.length) return undefined;
    if (u.norm.length > DOUBT_MAX_CHARS || !DOUBTED.test(u.norm)) return undefined;
    // (nothing named besides the numbers and the doubt: "那微博是36条吗" asks of another thing)
    if (u.norm.replace(NUMBER_SAID, '').replace(DOUBT_WORDS, '').replace(/[\s,，。？?!！、]/g, '').length > 0) return undefined;
    const r = reportById(kn, state.report);
    if (!r) return undefined;
    const asked = state.text;
    const label = residualLabel(cutSpans(asked, findReportSlots(asked, kn.refs, new Date()).spans));
    const unit = /(?:多少|几)\s*([条件个篇项份部])/.exec(asked)?.[1];
    const told = label ? toldCount(r, label, unit) : undefined;
    if (!told || told.approx) return undefined;
    const said = [...u.norm.matchAll(NUMBER_SAID)].map((m) => Number(m[0]));
    const others = said.filter((n) => n !== told.value);
    const verdict = others.length
      ? `报告写的是 ${told.value}${told.unit}，不是 ${others.join('、')}${told.unit}。`
      : `是的，报告写的是 ${told.value}${told.unit}。`;
    return { kind: 'passage', report: r, asked, parts: { head: `据${reportLabel(r)}报告：`, lines: [`报告正文写道：“${told.clause.trim()}”。`, verdict], source: sectionSource(told.passage.section), labelled: true } };
  },
};

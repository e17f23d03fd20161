/**
 * Rule examples-of-last-passage: which ones, or an example, asked alone right after an answer from the report's text
 * ("都有哪些类型，举两个例子" after "…细化至中小学、卫生院等11个二级分类"): the passage that answer gave, when it names some
 * of them — never the kinds of reply the regulation lists that 哪些类型 alone reads.
 */
import { PASSAGE_INTENT } from '../respond.js';
import { pickReport } from '../select.js';
import { passageBefore } from './helpers.js';
import type { Rule } from './types.js';

/** Which ones, or examples, asked with no thing of their own ("都有哪些类型", "举两个例子", "具体是哪些", "比如呢"). */
const WHICH_ONES = /^(?:那|那么)?(?:都|具体|分别)?(?:有|是)?哪(?:些|几(?:个|类|种))(?:类型|类别|种类|类|种|单位|方面)?(?:呢|啊|呀)?(?:[，,]?\s*(?:举|说|列)(?:几|两|一|三)?个?(?:例子|例))?[?？]*$|^(?:能)?(?:举|说|列)(?:几|两|一|三)?个?例子(?:吗|呗|呢)?[?？]*$|^比如(?:说)?(?:呢|哪些)[?？]*$/;
/** A question of that kind is short. */
const WHICH_MAX_CHARS = 16;
/** The passage names some of them: a list ("中小学、卫生院等"). */
const NAMES_SOME = /、|等\d|等(?:\p{Script=Han}{0,4})(?:个|类|种|项|家)/u;

export const examplesOfLastPassage: Rule = {
  name: 'examples-of-last-passage',
  doc: 'Which ones, or an example, asked alone right after an answer from the report\'s text ("都有哪些类型，举两个例子"): that passage again when it names some of them, not the regulation\'s kinds of reply.',
  decide: (u, state, kn) => {
    if (state.intent !== PASSAGE_INTENT || !state.text || u.metric || u.norm.length > WHICH_MAX_CHARS || !WHICH_ONES.test(u.norm.trim())) return undefined;
    if (u.slots.offices.length || u.slots.years.length) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const parts = r ? passageBefore(r, state.text) : undefined;
    if (!r || !parts || !NAMES_SOME.test(parts.lines.join(''))) return undefined;
    return { kind: 'passage', report: r, parts, asked: state.text };
  },
};

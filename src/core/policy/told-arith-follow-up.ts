/**
 * Rule told-arith-follow-up: a share or a sum asked in a word or two right after a count the report's text told ("其中网上申请的
 * 呢" … "占比多少", "其中政策文件呢" … "跟工作动态加起来多少"): the thing last asked put back into the question, and the
 * text's arithmetic read from that ("网上申请占比多少", "政策文件跟工作动态加起来多少") — every count as the text tells it.
 * Nothing when the tables hold the figure (their own rules read shares and sums) or the text does not tell every count.
 */
import { hasTableFigures, pickReport } from '../select.js';
import { understand } from '../understanding.js';
import { textArithmetic } from './text-arith.js';
import { firstDecision, type ConvState } from '../engine.js';
import type { Rule } from './types.js';

/** A share asked alone ("占比多少", "占多少", "比例呢", "百分之几"). */
const SHARE_ALONE = /^(?:那|那么)?(?:它|这个|这些|这部分)?(?:的)?(?:占比|占多少|占了多少|占几成|比例|百分之?几|百分比)/;
/** A share said as its ratio alone ("比例多少", "那比例呢", "百分比是多少"). */
const SHARE_AS_RATIO = /^(?:那|那么)?(?:它|这个|这些|这部分)?(?:的)?(?:比例|百分比|比重)(?=是|为|多少|呢|大概|$)/;
/** A sum with another thing named ("跟工作动态加起来多少", "加上信函的一共几件"). */
const SUM_WITH = /^(?:那|那么)?(?:跟|和|与|同|加上)[^，。？?]{2,10}?(?:加起来|合起来|加一起|一共|合计|总共)/;
/** The rules that work a share of a count the text tells out of the composed question. */
const SHARE_RULES: ReadonlySet<string> = new Set(['count-in-report']);
/** A follow-up this short asks only the arithmetic; anything longer names what it asks. */
const MAX_FOLLOW_UP_CHARS = 14;
/** What the last question asked, its openers and closers dropped ("其中网上申请的呢" → 网上申请, "答复了几件" → 答复). */
function subjectOf(text: string): string {
  return text
    .replace(/^(?:那|那么|其中|里面|这里面|这其中|那其中)+/, '')
    .replace(/(?:的)?(?:呢|吗|嘛|啊)?[？?。！!\s]*$/, '')
    .replace(/(?:了|的)?(?:有|是)?(?:多少|几)\s*[件条个项篇次宗]?(?:呢)?$/, '')
    .replace(/[了的]$/, '')
    .trim();
}

export const toldArithFollowUp: Rule = {
  name: 'told-arith-follow-up',
  doc: 'A share or a sum asked in a word or two right after a count the text told ("其中网上申请的呢" … "占比多少"): the last thing asked put back into the question and the text\'s arithmetic read from it.',
  decide: (u, state, kn) => {
    if (!state.text || u.norm.length > MAX_FOLLOW_UP_CHARS || !(SHARE_ALONE.test(u.norm) || SUM_WITH.test(u.norm))) return undefined;
    // (a figure of the tables asked last: the figure rules read shares and sums of them; a count the text told, in a report
    // with tables too — "其中工作动态呢" of the proactive total — is this rule's)
    const r = pickReport(kn, u.slots, state).report;
    if (!r || (hasTableFigures(r) && state.metric)) return undefined;
    const subject = subjectOf(state.text);
    if (subject.length < 2 || subject.length > MAX_FOLLOW_UP_CHARS) return undefined;
    // (a share said as 比例 alone, "比例多少", is the part's 占比: what the text arithmetic reads as a share of the whole before it)
    const asked = u.norm.replace(SHARE_AS_RATIO, '占比');
    const composed = understand(kn, `${subject}${asked}`, state);
    const read = textArithmetic.decide(composed, state, kn);
    if (read) return read;
    // (things named together, "潼关要闻、政务动态", counted as one in the text after the last of them: that one read)
    const lastNamed = subject.includes('、') ? subject.split('、').at(-1)! : '';
    const readLast = lastNamed.length >= 2 ? textArithmetic.decide(understand(kn, `${lastNamed}${asked}`, state), state, kn) : undefined;
    if (readLast) return readLast;
    // (a share of a count the text tells before its own words, "其中18件依法依规办理答复": the count rules read the composed
    // question, a share only — never another kind of answer)
    // (only after a figure of table 三 read from the text — "答复了几件" — whose share the figure rules would not work out;
    // after a count of the text's own, the count rules read the share, quoting one the text prints)
    if (!SHARE_ALONE.test(u.norm) || !state.metric) return undefined;
    // (read as a question of its own about the same report: the last figure's context would read it as that figure again)
    const own: ConvState = { report: state.report };
    const { rule, decision } = firstDecision(understand(kn, `${subject}${asked}`, own), own, kn);
    return SHARE_RULES.has(rule.name) && decision.kind === 'passage' ? decision : undefined;
  },
};

/** Rule for what the report's text says of a figure, beside its table ("正文说受理了几件？跟表三对得上吗"). */
import { textBesideTable } from '../prose-figures.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** The report's text asked about, not its tables ("正文说", "正文里写的", "文字部分说"). */
// (a part of the text named between, "正文总体情况里写的")
const TEXT_ASKED = /正文(?:里|中|部分)?(?:说|写|讲|提到|称)|正文(?:里|中)(?:写的|说的)|正文[^，。？?]{1,8}?(?:里|中)(?:说|写|讲|提到|称)|正文(?:第[一二三四五六1-6]部分|开头|前面|总体情况)(?:里|中)?(?:写的|说的|讲的|提到的)|文字部分/;

export const textFigureAsked: Rule = {
  name: 'text-figure-asked',
  doc: 'What the report\'s text says of a figure of table 三, asked beside the table ("正文说受理了几件？跟表三对得上吗"): the text\'s clause and the table\'s figure, and how they relate (new and carried together); never a corrected figure.',
  decide: (u, state, kn) => {
    if (!u.metric || u.metric.table !== '三' || !TEXT_ASKED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const parts = r ? textBesideTable(r, u.metric, kn) : undefined;
    return r && parts ? { kind: 'passage', report: r, parts } : undefined;
  },
};

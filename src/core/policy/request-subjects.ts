/**
 * Rule request-subjects-asked: what the requests asked for ("那15个申请具体要的什么信息", "申请人都申请了哪些内容"): the
 * report's sentence telling what they were about ("申请内容主要集中在土地征收…等方面"), or that the report does not say —
 * never the regulation's list of what is withheld.
 */
import { reportLabel } from '../../answer/render.js';
import { sentencesOf } from '../../answer/retrieve.js';
import { sectionSource, SUBJECTS_SAID } from '../prose-figures.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** What the requests asked for, asked ("具体要的什么信息", "申请的都是哪些内容", "都涉及什么事"). */
// (not what an application must hold or bring, "申请要写什么内容", "申请要什么材料": the procedure's)
// ("申请公开的都是些什么内容": the verb's object and 些 between)
const SUBJECTS_ASKED = /(?:要的|想要的?|申请了|申请(?:公开)?的|申请公开|涉及的?|问的)(?:了)?(?:都)?(?:是)?(?:些)?(?:什么|哪些|啥|哪方面的?)(?:信息|内容|文件|事|方面)/;
/** The requests named ("申请", "依申请"): in the question, the thing asked is theirs; in a sentence, it is about them. */
const REQUESTS = /申请/;
/** Said when the report does not tell it. */
const NOT_TOLD = '报告没有写明这些申请具体要的是什么信息。';

export const requestSubjectsAsked: Rule = {
  name: 'request-subjects-asked',
  doc: 'What the requests asked for ("那15个申请具体要的什么信息"): the sentence telling what they were about, or that the report does not say — not the cases withheld.',
  decide: (u, state, kn) => {
    // (the requests counted as they are named, "那15个申请分别都是申请公开啥内容的": still what they were about)
    const countNamed = !!u.metric && u.metric.table === '三' && u.metric.rows.every((x) => x === 'new' || x === 'total') && !u.metric.cols.length;
    if ((u.metric && !countNamed) || !SUBJECTS_ASKED.test(u.norm) || !REQUESTS.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const said = sentencesOf(r).find((x) => REQUESTS.test(x.text) && SUBJECTS_SAID.test(x.text));
    if (said) return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [said.text.trim()], source: sectionSource(said.section), labelled: true } };
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [NOT_TOLD], labelled: true } };
  },
};

/**
 * Rule how-often-in-last-passage: how often something is done, asked right after a passage of the report ("由纪工委每月
 * 组织力量…检查" then "多久查一次"): the sentence of that passage that says how often ("每月"), as the report says it —
 * not the time limits of a request, which "多久" alone reads as.
 */
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { PASSAGE_INTENT } from '../respond.js';
import { pickReport } from '../select.js';
import { contentWords, sentencesOf } from '../../answer/retrieve.js';
import type { Rule } from './types.js';

/** How often asked ("多久查一次", "多长时间更新一回", "隔多久", "一年几次"). */
const HOW_OFTEN_ASKED = /(?:多久|多长时间|几天|几个月)[^，。？?]{0,4}(?:一次|一回|一趟)|隔多久|多久(?:就)?(?:查|检查|更新|发|开|搞|组织)|(?:一年|每年|一个月|每月)[^，。？?]{0,3}(?:几次|多少次)/;
/** An interval stated ("每月", "每季度", "每半年"). */
const EVERY = /每(?:天|日|周|星期|月|个月|季度|季|半年|年)|按月|按季度?|按周/;

export const howOftenInLastPassage: Rule = {
  name: 'how-often-in-last-passage',
  doc: 'How often something is done, asked right after a passage ("多久查一次"): the sentence of that passage saying how often ("由纪工委每月组织力量…"), not the request time limits "多久" reads.',
  decide: (u, state, kn) => {
    if (u.metric || state.intent !== PASSAGE_INTENT || !state.text || !HOW_OFTEN_ASKED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    // (the sentence stating an interval that shares most words with the question before and this one: "检查", "科室", "社区")
    const words = new Set([...contentWords(state.text), ...contentWords(u.norm)].filter((w) => w.length >= 2));
    const scored = sentencesOf(r).filter((x) => EVERY.test(x.text)).map((x) => ({ x, n: [...words].filter((w) => x.text.includes(w)).length })).filter((c) => c.n > 0).sort((a, b) => b.n - a.n);
    if (!scored.length || (scored[1] && scored[1].n === scored[0]!.n)) return undefined;
    const { x } = scored[0]!;
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [x.text.trim()], source: sectionSource(x.section), labelled: true } };
  },
};

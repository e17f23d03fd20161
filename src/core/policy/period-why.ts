/** Rule for why the report's period starts when it does ("为啥统计期是从8月19号开始的"). */
import { reportLabel } from '../../answer/render.js';
import { sentencesOf } from '../../answer/retrieve.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport, reportById } from '../select.js';
import { kindsOf } from './helpers.js';
import type { Rule } from './types.js';

/** The period named ("统计期", "统计期限", "从…开始算"). */
const PERIOD_NAMED = /统计期|统计时限|统计时间|统计时段|统计区间|起止|开始算|开始统计|从[^，。？?]{1,10}(?:开始|算起)/;
/** The intent that tells the report's period (intents/report.yml). */
const PERIOD_INTENT = 'report.period';
/** The period's start as the text states it ("统计期限自2016年8月19日起"). */
const PERIOD_START = /统计(?:期限|时限|期间|区间|时段|时间)[^。；;]{0,6}?(?:自|从|为)?\s*(?:(?:19|20)\d{2}年)?\s*(\d{1,2}月\d{1,2}日)/;

export const periodWhy: Rule = {
  name: 'period-why',
  doc: 'Why the report\'s period starts when it does ("为啥统计期是从8月19号开始的", or "为什么不从1月1号开始算" right after the period): the sentence stating the period and the one that tells what happened that day ("沙坡头区于8月19日正式挂牌成立") — only when it does not start on 1 January.',
  decide: (u, state, kn) => {
    if (!kindsOf(u).why || u.metric) return undefined;
    if (!PERIOD_NAMED.test(u.norm) && !(state.intent === PERIOD_INTENT && u.slots.offices.length === 0)) return undefined;
    const r = u.slots.offices.length || u.slots.years.length || !state.report ? pickReport(kn, u.slots, state).report : reportById(kn, state.report);
    if (!r) return undefined;
    const all = sentencesOf(r);
    const at = all.findIndex((x) => PERIOD_START.test(x.text));
    if (at < 0) return undefined;
    const start = PERIOD_START.exec(all[at]!.text)![1]!;
    if (start === '1月1日') return undefined;
    // (the sentence that tells that day, "(沙坡头区于8月19日正式挂牌成立)")
    const day = all.filter((x, i) => i !== at && x.text.includes(start));
    if (!day.length) return undefined;
    const told = day.map((x) => x.text.trim().replace(/^([(（][^)）]*[)）]).*$/, '$1'));
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告正文写道：`, lines: [all[at]!.text.trim(), ...told], source: sectionSource(all[at]!.section), labelled: true } };
  },
};

/**
 * Rule decree-number-asked: the number of the decree the regulation was made by ("条例是国务院令第几号", "依据的条例是第
 * 几号令") — never an address's 几号. Of a report named, the sentence where it cites the regulation with its decree
 * ("依据《…条例》(…国务院令第711号…)"), as printed (a report under the 2007 条例 cites 第492号); else what the
 * regulation itself says of its decrees (procedure.law).
 */
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** The decree's number asked ("国务院令第几号", "第几号令", "令号是多少"). */
const DECREE_NUMBER_ASKED = /令\s*第?\s*(?:几|多少)\s*号|第(?:几|多少)号令|令号(?:是)?(?:多少|什么|啥)/;
/** A decree cited with its number ("国务院令第711号"). */
const DECREE_CITED = /国务院令\s*第\s*\d+\s*号/;
/** The regulation's own history of its decrees. */
const LAW = 'procedure.law';
/** The report itself named ("年报", "报告"): the one it cites. */
const REPORT_NAMED = /年报|报告/;

export const decreeNumberAsked: Rule = {
  name: 'decree-number-asked',
  doc: 'The number of the decree the regulation was made by ("条例是国务院令第几号"): the report\'s sentence citing it, else the regulation\'s decrees — never an address\'s 几号.',
  decide: (u, state, kn) => {
    if (!DECREE_NUMBER_ASKED.test(u.norm)) return undefined;
    const named = u.slots.offices.length || u.slots.years.length || REPORT_NAMED.test(u.norm);
    const r = named ? pickReport(kn, u.slots, state).report : undefined;
    const cited = r?.passages.find((p) => DECREE_CITED.test(p.text));
    if (r && cited) return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [cited.text.trim()], source: sectionSource(cited.section), labelled: true } };
    const law = kn.byId.get(LAW);
    return law ? { kind: 'intent', intent: law, confidence: u.candidates.find((c) => c.item.id === LAW)?.score ?? 0 } : undefined;
  },
};

/** Rule for one figure compared across the loaded offices ("这几家单位里哪家新收申请最多"). */
import { rankOffices } from '../../answer/ranking.js';
import { OFFICE_RANK_ASKED, OFFICE_WHICH_ASKED } from '../patterns.js';
import { reportFree } from '../handlers.js';
import { toldFigure } from '../prose-figures.js';
import type { Knowledge } from '../knowledge.js';
import { THRESHOLDS } from '../thresholds.js';
import type { Understanding } from '../understanding.js';
import type { Decision, Rule } from './types.js';

/** The two offices the conversation was about ("这两家", "两家比比"). */
const THESE_TWO = /这两家|这两个单位|两家|这俩/;

export const acrossOffices: Rule = {
  name: 'across-offices',
  doc: 'Which office has the most or the fewest of one figure, with two or more offices loaded and none named alone: every office\'s figure, ranked (src/answer/ranking.ts); which office did something the reports tell in words ("哪家收了信息处理费"): each office\'s answer.',
  decide: (u, state, kn) => {
    if (u.slots.offices.length === 1 || u.slots.unknownOffices.length) return undefined;
    if (!u.metric) return eachOffice(u, kn);
    // "哪家单位…": 单位 names the offices ranked here, not the applicant column
    const m = /法人|组织|机构/.test(u.norm) ? u.metric : { ...u.metric, cols: u.metric.cols.filter((c) => c !== 'org') };
    const asked = OFFICE_RANK_ASKED.exec(u.norm);
    if (!asked) return undefined;
    const fewest = /少|低/.test(asked[0]);
    // the offices named ("芦淞教育局和临朐县政府办 谁…多"), or the two of the conversation ("这两家哪家…更多"), else all
    const conversation = THESE_TWO.test(u.norm) && state.previousReport && state.report ? [state.previousReport, state.report] : undefined;
    const among = u.slots.offices.length >= 2
      ? kn.reports.filter((r) => u.slots.offices.includes(r.office))
      : conversation
        ? kn.reports.filter((r) => conversation.includes(r.id))
        : kn.reports;
    const ranking = rankOffices(among, m, { year: u.slots.years[0], fewest, told: toldFigure(kn) });
    return ranking ? { kind: 'ranking', text: ranking.text, report: ranking.top } : undefined;
  },
};

/**
 * "这几家里哪家收了信息处理费": no figure, but a question each report answers in its own words — the answer
 * of every loaded office, each labelled, so the reader sees which.
 */
function eachOffice(u: Understanding, kn: Knowledge): Decision | undefined {
  const t = u.candidates[0];
  if (!t || t.score < THRESHOLDS.clarify || t.item.fallback || reportFree(t.item) || !OFFICE_WHICH_ASKED.test(u.norm)) return undefined;
  const offices = [...new Set(kn.reports.map((r) => r.office))];
  if (offices.length < 2) return undefined;
  return { kind: 'intent', intent: t.item, confidence: t.score, question: { norm: u.norm, slots: { ...u.slots, offices }, metric: undefined } };
}

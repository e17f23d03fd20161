/** Rule for one figure compared across the loaded offices ("这几家单位里哪家新收申请最多"). */
import { rankOffices } from '../../answer/ranking.js';
import { OFFICE_RANK_ASKED } from '../patterns.js';
import type { Rule } from './types.js';

export const acrossOffices: Rule = {
  name: 'across-offices',
  doc: 'Which office has the most or the fewest of one figure, with two or more offices loaded and none named alone: every office\'s figure, ranked (src/answer/ranking.ts).',
  decide: (u, _state, kn) => {
    if (!u.metric || u.slots.offices.length === 1 || u.slots.unknownOffices.length) return undefined;
    // "哪家单位…": 单位 names the offices ranked here, not the applicant column
    const m = /法人|组织|机构/.test(u.norm) ? u.metric : { ...u.metric, cols: u.metric.cols.filter((c) => c !== 'org') };
    const asked = OFFICE_RANK_ASKED.exec(u.norm);
    if (!asked) return undefined;
    const fewest = /最少|最低/.test(asked[0]);
    const ranking = rankOffices(kn.reports, m, { year: u.slots.years[0], fewest });
    return ranking ? { kind: 'ranking', text: ranking.text, report: ranking.top } : undefined;
  },
};

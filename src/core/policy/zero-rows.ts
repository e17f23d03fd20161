/** Rule for staff checking which results of table 三 are zero ("表三办理结果里哪几类是0"). */
import { zeroRows } from '../../answer/zero-rows.js';
import { ZERO_ROWS_ASKED } from '../patterns.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

export const zeroRowsAsked: Rule = {
  name: 'zero-rows',
  doc: 'Which results of table 三 are zero ("哪几类是0", "为0的有哪些"): the zero ones by group, then the others with their counts (src/answer/zero-rows.ts).',
  decide: (u, state, kn) => {
    if (!ZERO_ROWS_ASKED.test(u.norm) || /表[二四24]/.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const parts = r && zeroRows(r);
    return r && parts ? { kind: 'passage', report: r, parts } : undefined;
  },
};

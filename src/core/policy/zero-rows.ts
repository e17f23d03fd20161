/** Rule for staff checking which results of table 三 are zero ("表三办理结果里哪几类是0"). */
import { zeroCellsOfTableTwo, zeroRows } from '../../answer/zero-rows.js';
import { ZERO_ROWS_ASKED } from '../patterns.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** Which are not zero, asked ("哪一项不是0", "不为零的有哪些"). */
const NONZERO_ASKED = /(?:哪一?|哪些|哪几)(?:项|个|行|类|栏|格)?[^，。？?]{0,4}不(?:是|为|等于)\s*(?:0|零)(?![\d.])|不(?:是|为)\s*(?:0|零)的(?:有|是)?(?:哪|哪些|哪几)/;

export const zeroRowsAsked: Rule = {
  name: 'zero-rows',
  doc: 'Which results of table 三 are zero, or which are not ("哪几类是0", "为0的有哪些", "哪一项不是0"): the zero ones by group, then the others with their counts; of table 二 named, its cells that are not zero (src/answer/zero-rows.ts).',
  decide: (u, state, kn) => {
    if (!(ZERO_ROWS_ASKED.test(u.norm) || NONZERO_ASKED.test(u.norm)) || /表[四4]/.test(u.norm)) return undefined;
    // (table 二 named, "表二里哪一项不是0": its cells)
    // (which are 0 of table 二 is other rules' to answer: its figures, row by row)
    if (/表[二2]/.test(u.norm)) {
      if (!NONZERO_ASKED.test(u.norm)) return undefined;
      const r2 = pickReport(kn, u.slots, state).report;
      const cells = r2 && zeroCellsOfTableTwo(r2);
      return r2 && cells ? { kind: 'passage', report: r2, parts: cells } : undefined;
    }
    const r = pickReport(kn, u.slots, state).report;
    const parts = r && zeroRows(r);
    return r && parts ? { kind: 'passage', report: r, parts } : undefined;
  },
};

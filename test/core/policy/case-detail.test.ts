import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { caseDetailAsked, NO_CASE_DETAILS } from '../../../src/core/policy/table-row.js';
import { knowledge, metric, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('case-detail-asked', () => {
  it('the particulars of cases a row counts: the figure, and that the report gives counts only', () => {
    const d = caseDetailAsked.decide(u({ norm: '不予公开的那两件申请的是什么文件', metric: metric({ rows: ['refused'] }) }), {}, kn);
    expect(d?.kind).toBe('passage');
    const text = d?.kind === 'passage' ? d.parts.lines.join('') : '';
    expect(text).toContain('2 件');
    expect(text).toContain(NO_CASE_DETAILS);
  });
  it('the kinds of reasons ("具体是哪些情形"), or no figure: no decision', () => {
    expect(caseDetailAsked.decide(u({ norm: '不予公开具体是哪些情形', metric: metric({ rows: ['refused'] }) }), {}, kn)).toBeUndefined();
    expect(caseDetailAsked.decide(u({ norm: '申请的是什么文件' }), {}, kn)).toBeUndefined();
  });
});

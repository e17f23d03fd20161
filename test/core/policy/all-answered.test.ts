import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { allAnsweredFollowUp } from '../../../src/core/policy/all-answered.js';
import { knowledge, metric, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('all-answered-follow-up', () => {
  it('"都答复了吗" right after a count of the requests: the results\' total of table 三', () => {
    const d = allAnsweredFollowUp.decide(u({ norm: '都答复了吗' }), { metric: metric({ rows: ['new'] }) }, kn);
    expect(d?.kind).toBe('figure');
    expect(d && d.kind === 'figure' ? d.metric.rows : []).toEqual(['total']);
  });
  it('"都公开了吗": those granted beside the total; a report with no table 三, the sentence saying all were', async () => {
    const d = allAnsweredFollowUp.decide(u({ norm: '都公开了吗', metric: metric({ rows: ['granted'] }) }), { metric: metric({ rows: ['new'] }) }, kn);
    expect(d && d.kind === 'figure' ? d.metric.rows : []).toEqual(['granted', 'total']);
    const { loadKnowledge } = await import('../../../src/core/bot.js');
    const towns = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh143-newa' })).kn;
    const r = towns.reports.find((x) => x.office.startsWith('北戴河'))!;
    const p = allAnsweredFollowUp.decide(u({ norm: '都公开了吗' }), { metric: metric({ rows: ['new'] }), report: r.id }, towns);
    expect(p?.kind).toBe('passage');
    expect(p && p.kind === 'passage' ? p.parts.lines[0] : '').toMatch(/^2023年政府办公室共收到依申请公开11件,均按照/);
  });
  it('no count of the requests before, a figure of its own, or more asked: no decision', () => {
    expect(allAnsweredFollowUp.decide(u({ norm: '都答复了吗' }), {}, kn)).toBeUndefined();
    expect(allAnsweredFollowUp.decide(u({ norm: '都答复了吗' }), { metric: metric({ table: '二', rows: ['normative'] }) }, kn)).toBeUndefined();
    expect(allAnsweredFollowUp.decide(u({ norm: '都答复了吗，多久答复的' }), { metric: metric({ rows: ['new'] }) }, kn)).toBeUndefined();
    expect(allAnsweredFollowUp.decide(u({ norm: '都答复了吗', metric: metric({ rows: ['granted'] }) }), { metric: metric({ rows: ['new'] }) }, kn)).toBeUndefined();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, slots, u } from './helpers.js';
import { priorYearFollowUp } from '../../../src/core/policy/prior-year-from-change.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh240-newa');
});

// 乳山市城区街道办事处 2025: "…政府信息公开申请受理1条,与上年相比增加1条。"
const afterCount = { report: '乳山市城区街道办事处-2025', text: '乳山城区街道2025年受理了几条申请' };

describe('prior-year-follow-up', () => {
  it('the year before alone, right after a count the report sets against last year: the count worked out', () => {
    const d = priorYearFollowUp.decide(u({ norm: '2024年呢', slots: slots({ years: [2024] }), followUp: { is: true, onlySlots: true } }), afterCount, kn);
    const said = JSON.stringify(d && 'parts' in d ? d.parts : d);
    expect(said).toContain('2024年为 0条');
  });
  it('not a year alone, or no count asked before: no decision', () => {
    expect(priorYearFollowUp.decide(u({ norm: '2024年主动公开呢', slots: slots({ years: [2024] }), followUp: { is: true, onlySlots: false } }), afterCount, kn)).toBeUndefined();
    expect(priorYearFollowUp.decide(u({ norm: '2024年呢', slots: slots({ years: [2024] }), followUp: { is: true, onlySlots: true } }), { report: afterCount.report, text: '乳山城区街道在哪' }, kn)).toBeUndefined();
  });
});

describe('prior-year-follow-up, 去年 after a year named by number', () => {
  it('the calendar\'s last year not loaded: the year before the one talked about, worked out, said to be read so', async () => {
    const tai = await knowledge('test/fixtures/reports-fresh246-newa');
    const state = { report: '泰安高新区-2023', text: '泰安高新区2023年收到多少申请' };
    const d = priorYearFollowUp.decide(u({ norm: '去年呢', slots: slots({ years: [2025], relativeYear: 2025, spans: [{ start: 0, end: 2 }] }), followUp: { is: true, onlySlots: true } }), state, tai);
    const said = JSON.stringify(d && 'parts' in d ? d.parts : d);
    expect(said).toContain('按2023年的前一年（2022年）理解');
    expect(said).toContain('2022年为 47件');
  });
  it('the question before named no year by number: no decision', async () => {
    const tai = await knowledge('test/fixtures/reports-fresh246-newa');
    const d = priorYearFollowUp.decide(u({ norm: '去年呢', slots: slots({ years: [2025], relativeYear: 2025, spans: [{ start: 0, end: 2 }] }), followUp: { is: true, onlySlots: true } }), { report: '泰安高新区-2023', text: '泰安高新区收到多少申请' }, tai);
    expect(d).toBeUndefined();
  });
});

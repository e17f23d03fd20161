import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, slots, u } from './helpers.js';
import { countInTextOverRow } from '../../../src/core/policy/counts.js';
import { textOf } from '../../../src/answer/render.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh153-newa');
});

// 泰州市高港区口岸街道办事处 2025, a page with the text alone: "…主动公开信息104条,其中镇街动态21条,通知公告类6条,采购信息类75条,…"
const kouan = slots({ offices: ['泰州市高港区口岸街道办事处'], years: [2025] });
const procurement = { table: '二' as const, rows: ['procurement'], cols: [], spans: [{ start: 0, end: 2 }], rowsExplicit: true };

describe('count-in-text-over-row: a row of table 二 named outright, of a report with no table figures', () => {
  it('"采购信息类公开了多少条": the sentence that counts it, not the empty 政府集中采购 row', () => {
    const d = countInTextOverRow.decide(u({ norm: '采购信息类公开了多少条?', kind: 'count', quantity: true, slots: kouan, metric: procurement, reportOnlyWords: ['采购'] }), {}, kn);
    expect(d && d.kind === 'passage' ? textOf(d.parts) : '').toContain('采购信息类75条');
  });
  it('two offices, or a difference asked: no decision here', () => {
    const two = slots({ offices: ['泰州市高港区口岸街道办事处', '钦州市乡村振兴局'] });
    expect(countInTextOverRow.decide(u({ norm: '采购信息类公开了多少条?', kind: 'count', quantity: true, slots: two, metric: procurement, reportOnlyWords: ['采购'] }), {}, kn)).toBeUndefined();
    expect(countInTextOverRow.decide(u({ norm: '采购信息类公开了多少条?', kind: 'count', quantity: true, slots: kouan, metric: { ...procurement, difference: true }, reportOnlyWords: ['采购'] }), {}, kn)).toBeUndefined();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, metric, slots, u } from './helpers.js';
import { wordCountedInText } from '../../../src/core/policy/word-counted-in-text.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh243-newa');
});

// 天津市河北区人民政府 2024 (no tables): "…办理政务服务事项1139项,办事服务办件量3301件,…" and "…本年新收434件,办理434件,…".
describe('word-counted-in-text', () => {
  const hebei = slots({ offices: ['天津市河北区人民政府'] });
  it('a table 三 word the text counts services by: the text\'s clause, not the requests handled', () => {
    const d = wordCountedInText.decide(u({ norm: '办件量是多少', slots: hebei, metric: metric({ rows: ['total'], spans: [{ start: 0, end: 3 }] }) }), {}, kn);
    const said = JSON.stringify(d && 'parts' in d ? d.parts : d);
    expect(said).toContain('3301件');
  });
  it('requests named, a word of two characters, or a report with the cell: no decision', () => {
    expect(wordCountedInText.decide(u({ norm: '申请的办件量是多少', slots: hebei, metric: metric({ rows: ['total'], spans: [{ start: 3, end: 6 }] }) }), {}, kn)).toBeUndefined();
    expect(wordCountedInText.decide(u({ norm: '办理了多少', slots: hebei, metric: metric({ rows: ['total'], spans: [{ start: 0, end: 2 }] }) }), {}, kn)).toBeUndefined();
  });
});

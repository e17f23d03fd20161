import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, metric, slots, u } from './helpers.js';
import { toldCountsEqual } from '../../../src/core/policy/told-counts-equal.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh242-newb');
});

// 瓮安县 2024: "开展意见征集调查12期,广泛收集意见建议14个,并及时公布调查结果12期".
describe('told-counts-equal', () => {
  const wengan = slots({ offices: ['瓮安县人民政府'] });
  it('two counts of one sentence set against each other: each in its clause, and that they agree', () => {
    const d = toldCountsEqual.decide(u({ norm: '开展意见征集的期数和公布调查结果的期数一样吗', slots: wengan }), {}, kn);
    const said = JSON.stringify(d && 'parts' in d ? d.parts : d);
    expect(said).toContain('开展意见征集调查12期');
    expect(said).toContain('公布调查结果12期');
    expect(said).toContain('两者一致');
  });
  it('things no sentence counts together, or table rows: no decision', () => {
    expect(toldCountsEqual.decide(u({ norm: '信访和诉讼的件数一致吗', slots: wengan }), {}, kn)).toBeUndefined();
    expect(toldCountsEqual.decide(u({ norm: '新收和办结一致吗', slots: wengan, metric: metric({ rows: ['new', 'total'] }) }), {}, kn)).toBeUndefined();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, metric, u } from './helpers.js';
import { tableRestAsked } from '../../../src/core/policy/table-rest.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('data/reports');
});

// 南岗区 2022, table 三: 无法提供 8 (不掌握 6, 需另行制作 2); 不予公开 2 (第三方 1, 内部事务 1)
describe('table-rest-asked', () => {
  it('a reason taken from its result, the rest asked: the result minus the reason, the other reasons named', () => {
    const d = tableRestAsked.decide(u({ norm: '去掉不掌握的还剩几件', metric: metric({ rows: ['unable.not-held'] }) }), {}, kn);
    const said = JSON.stringify(d);
    expect(said).toContain('8 − 6 = 2');
    expect(said).toContain('没有现成信息需要另行制作 2 件');
  });
  it('no rest asked, a row with no parent, or two rows: no decision', () => {
    expect(tableRestAsked.decide(u({ norm: '不掌握的有几件', metric: metric({ rows: ['unable.not-held'] }) }), {}, kn)).toBeUndefined();
    expect(tableRestAsked.decide(u({ norm: '去掉予以公开的还剩几件', metric: metric({ rows: ['granted'] }) }), {}, kn)).toBeUndefined();
    expect(tableRestAsked.decide(u({ norm: '去掉不掌握和第三方的还剩几件', metric: metric({ rows: ['unable.not-held', 'refused.third-party'] }) }), {}, kn)).toBeUndefined();
  });
});

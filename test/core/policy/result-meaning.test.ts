import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, metric, u } from './helpers.js';
import { resultMeaning } from '../../../src/core/policy/result-meaning.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('result-meaning', () => {
  it('what a result the format splits into kinds means: that result\'s figure (the handler adds its kinds)', () => {
    const d = resultMeaning.decide(u({ norm: '“无法提供”是什么意思?', metric: metric({ table: '三', rows: ['unable'] }) }), {}, kn);
    expect(d).toMatchObject({ kind: 'figure', metric: { rows: ['unable'] } });
  });
  it('a result with no kinds, one kind, or no meaning asked: no decision', () => {
    expect(resultMeaning.decide(u({ norm: '什么叫予以公开', metric: metric({ table: '三', rows: ['granted'] }) }), {}, kn)).toBeUndefined();
    expect(resultMeaning.decide(u({ norm: '三类内部事务信息指什么', metric: metric({ table: '三', rows: ['refused.internal'] }) }), {}, kn)).toBeUndefined();
    expect(resultMeaning.decide(u({ norm: '无法提供有几件', metric: metric({ table: '三', rows: ['unable'] }) }), {}, kn)).toBeUndefined();
  });
});

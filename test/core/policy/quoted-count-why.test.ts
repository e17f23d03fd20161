import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { quotedCountWhy } from '../../../src/core/policy/quoted-count-why.js';
import { textOf } from '../../../src/answer/render.js';
import { knowledge, metric, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh69-newa');
});

describe('quoted-count-why', () => {
  const office = slots({ offices: ['新港街'], years: [2023] });
  it('why some requests came out as they did, their count quoted and no row read: the sentence that counts them', () => {
    const d = quotedCountWhy.decide(u({ norm: '新港街道2023年有2件申请没给信息,原因是什么?', slots: office }), {}, kn);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('信息不存在2件');
  });
  it('no why, a row read, no count or two counts quoted, or no sentence holding the count: no decision', () => {
    expect(quotedCountWhy.decide(u({ norm: '新港街道2023年有2件申请没给信息吗?', slots: office }), {}, kn)).toBeUndefined();
    expect(quotedCountWhy.decide(u({ norm: '新港街道2023年不予公开的1件,原因是什么?', slots: office, metric: metric() }), {}, kn)).toBeUndefined();
    expect(quotedCountWhy.decide(u({ norm: '新港街道2023年收到4件申请,为什么有2件没给?', slots: office }), {}, kn)).toBeUndefined();
    expect(quotedCountWhy.decide(u({ norm: '新港街道2023年有7件申请没给,原因是什么?', slots: office }), {}, kn)).toBeUndefined();
  });
});

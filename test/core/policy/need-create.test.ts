import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { madeToOrderAsked } from '../../../src/core/policy/need-create.js';
import { knowledge, metric, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});
const id = (d: ReturnType<typeof madeToOrderAsked.decide>) => (d && d.kind === 'intent' ? d.intent.id : undefined);

describe('made-to-order-asked', () => {
  it('information the office would have to compile, refused or asked for: 第三十八条', () => {
    for (const norm of ['请街道帮我汇总一下近三年的低保数据做个对比分析,他们说不提供,为啥', '能不能让局里给我重新统计一份各村的补贴名单']) {
      expect(id(madeToOrderAsked.decide(u({ norm }), {}, kn))).toBe('procedure.need-create');
    }
  });
  it('nothing to compile, nothing refused or asked, or a figure of the report: no decision', () => {
    expect(madeToOrderAsked.decide(u({ norm: '为什么他们说不提供' }), {}, kn)).toBeUndefined();
    expect(madeToOrderAsked.decide(u({ norm: '他们做了一份统计分析' }), {}, kn)).toBeUndefined();
    expect(madeToOrderAsked.decide(u({ norm: '没有现成信息需要另行制作的有几件,为什么', metric: metric({ rows: ['unable.create'] }) }), {}, kn)).toBeUndefined();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { recordsByOwnLaw } from '../../../src/core/policy/special-records.js';
import { knowledge, metric, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});
const id = (d: ReturnType<typeof recordsByOwnLaw.decide>) => (d && d.kind === 'intent' ? d.intent.id : undefined);

describe('records-by-own-law', () => {
  it('registry or personal records asked of as a disclosure request: the law of their own (第三十六条第七项)', () => {
    for (const norm of ['老宅的不动产登记资料,可以写政府信息公开申请去要吗', '想通过依申请公开调一家公司的工商登记档案', '我的养老保险缴费记录能申请政府信息公开吗']) {
      expect(id(recordsByOwnLaw.decide(u({ norm }), {}, kn))).toBe('procedure.special-records');
    }
  });
  it('the records with no disclosure request named, another thing of the request asked, or a count: no decision', () => {
    expect(recordsByOwnLaw.decide(u({ norm: '帮我查一下社保缴费记录' }), {}, kn)).toBeUndefined();
    expect(recordsByOwnLaw.decide(u({ norm: '申请公开不动产登记资料要多久' }), {}, kn)).toBeUndefined();
    expect(recordsByOwnLaw.decide(u({ norm: '不动产登记资料这类行政查询的申请有几件,属于政府信息公开吗', quantity: true, metric: metric() }), {}, kn)).toBeUndefined();
  });
});

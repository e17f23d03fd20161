import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { summaryAsked } from '../../../src/core/policy/summary-asked.js';
import { knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('summary-asked', () => {
  it('a part of the report asked in a sentence ("拟一句话写进简报，概括…依申请公开办理情况"): that part\'s overview', () => {
    expect(summaryAsked.decide(u({ norm: '帮我拟一句话写进简报,概括南岗区政府办2022年依申请公开办理情况' }), {}, kn)).toMatchObject({ kind: 'intent', intent: { id: 'figures.overview' } });
    expect(summaryAsked.decide(u({ norm: '用一句话概括主动公开情况' }), {}, kn)).toMatchObject({ kind: 'intent', intent: { id: 'report.proactive' } });
  });
  it('the main figures of a part listed for a draft ("依申请公开的几个主要数字给我列一下"): that part\'s overview', () => {
    expect(summaryAsked.decide(u({ norm: '写总结要用,把依申请公开那几个主要数据列一下', quantity: true }), {}, kn)).toMatchObject({ kind: 'intent', intent: { id: 'figures.overview' } });
  });
  it('how to do it asked, no part named, or both parts named: no decision', () => {
    expect(summaryAsked.decide(u({ norm: '概括一下依申请公开怎么办理' }), {}, kn)).toBeUndefined();
    expect(summaryAsked.decide(u({ norm: '帮我概括一下这份报告' }), {}, kn)).toBeUndefined();
    expect(summaryAsked.decide(u({ norm: '用一句话概括主动公开和依申请公开' }), {}, kn)).toBeUndefined();
    expect(summaryAsked.decide(u({ norm: '请只用一句话告诉我主动公开了多少条', quantity: true }), {}, kn)).toBeUndefined();
  });
});

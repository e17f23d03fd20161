import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { whyNoRequests } from '../../../src/core/policy/none-received.js';
import { knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh148-newa');
});

// 凉山州审计局 2023: "2023年,凉山州审计局未收到依申请公开的申请。"
const liangshan = { report: '凉山州审计局-2023' };

describe('why-no-requests', () => {
  it('why the report counts no request at all ("一件都没有"): the sentence saying none was received, so 0', () => {
    const d = whyNoRequests.decide(u({ norm: '为什么依申请公开一件都没有' }), liangshan, kn);
    expect(d?.kind).toBe('passage');
    expect(JSON.stringify(d)).toContain('未收到依申请公开的申请');
    expect(JSON.stringify(d)).toContain('0 件');
  });
  it('not a why, no none said, or a report that received some: no decision', () => {
    expect(whyNoRequests.decide(u({ norm: '依申请公开一件都没有吗' }), liangshan, kn)).toBeUndefined();
    expect(whyNoRequests.decide(u({ norm: '为什么依申请公开这么少' }), liangshan, kn)).toBeUndefined();
    expect(whyNoRequests.decide(u({ norm: '为什么依申请公开一件都没有' }), { report: '济南市钢城区信访局-2025' }, kn)).toBeUndefined();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
// (the helpers first: they load the engine, whose rules table holds this rule — its module is then complete)
import { knowledge, metric, u } from './helpers.js';
import { restFollowUp } from '../../../src/core/policy/rest-of-results.js';
import { PASSAGE_INTENT } from '../../../src/core/respond.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh147-newb');
});

// 醴陵 2023 tells its requests in words only: "收到政府信息公开申请54件,进行回复52件,结转到下年度继续办理2件"
const afterReplies = { intent: PASSAGE_INTENT, report: '醴陵市人民政府-2023', text: '回复了几件' };

describe('rest-follow-up', () => {
  it('the rest asked alone right after the text told how many were answered ("剩下的呢"): those carried into the next year', () => {
    const d = restFollowUp.decide(u({ norm: '剩下的呢' }), afterReplies, kn);
    expect(d).toBeDefined();
    // (the question asked in its place is the carried-over requests', of the same report)
    expect(JSON.stringify(d)).toMatch(/结转下年度继续办理/);
    expect(JSON.stringify(d)).toContain('醴陵市人民政府');
    expect(restFollowUp.decide(u({ norm: '其余的怎么处理的' }), afterReplies, kn)).toBeDefined();
  });
  it('no count of replies before, a figure named, or more than the rest asked: no decision', () => {
    expect(restFollowUp.decide(u({ norm: '剩下的呢' }), { ...afterReplies, text: '主动公开了多少条' }, kn)).toBeUndefined();
    expect(restFollowUp.decide(u({ norm: '剩下的呢' }), { ...afterReplies, intent: 'contact.phone' }, kn)).toBeUndefined();
    expect(restFollowUp.decide(u({ norm: '剩下的呢', metric: metric({ rows: ['granted'] }) }), afterReplies, kn)).toBeUndefined();
    expect(restFollowUp.decide(u({ norm: '剩下的钱花在哪了' }), afterReplies, kn)).toBeUndefined();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, u } from './helpers.js';
import { shortcomingWhy } from '../../../src/core/policy/shortcoming-why.js';

let nangang: Knowledge;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
});

const intentOf = (d: ReturnType<typeof shortcomingWhy.decide>) => (d && d.kind === 'intent' ? d.intent.id : undefined);

describe('shortcoming-why', () => {
  it('why the work falls short: the problems of section 五', () => {
    for (const norm of ['报告里自己承认工作有短板,说是什么原因造成的?', '政务公开工作薄弱的原因是什么', '为什么工作存在不足']) {
      expect(intentOf(shortcomingWhy.decide(u({ norm }), {}, nangang)), norm).toBe('report.problems');
    }
  });
  it('a why about a refusal, or no why at all: no decision', () => {
    for (const norm of ['为什么不给公开,是工作不足吗', '工作有什么不足', '为什么拒绝我的申请']) {
      expect(shortcomingWhy.decide(u({ norm }), {}, nangang), norm).toBeUndefined();
    }
  });
});

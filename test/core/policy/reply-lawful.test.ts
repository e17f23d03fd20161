import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, u } from './helpers.js';
import { replyLawfulAsked } from '../../../src/core/policy/reply-lawful.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('data/reports');
});

const intentOf = (d: ReturnType<typeof replyLawfulAsked.decide>) => (d && d.kind === 'intent' ? d.intent.id : undefined);

describe('reply-lawful-asked', () => {
  it('a reply that the information does not exist, lawful asked: the kinds of reply (第三十六条)', () => {
    expect(intentOf(replyLawfulAsked.decide(u({ norm: '我申请的东西镇政府回复说“该信息不存在”,这种答复合法吗' }), {}, kn))).toBe('procedure.outcomes');
  });
  it('a reply that it is not theirs, or withheld: that reply\'s own rule', () => {
    expect(intentOf(replyLawfulAsked.decide(u({ norm: '回复说不属于他们公开范围,有依据吗' }), {}, kn))).toBe('procedure.not-ours');
    expect(intentOf(replyLawfulAsked.decide(u({ norm: '答复我不予公开,这样合法吗' }), {}, kn))).toBe('procedure.exempt');
  });
  it('a count of such replies, or no lawfulness asked: no decision', () => {
    for (const norm of ['答复说信息不存在的有多少件,合法吗', '他们回复说信息不存在', '不存在的信息合法吗']) {
      expect(replyLawfulAsked.decide(u({ norm }), {}, kn), norm).toBeUndefined();
    }
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { labelSlipAsked } from '../../../src/core/policy/label-slip.js';
import { knowledge, metric, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});
const text = (d: ReturnType<typeof labelSlipAsked.decide>) => (d?.kind === 'passage' ? d.parts.lines.join('') : '');

describe('label-slip-asked', () => {
  it('quoted words one character off the format\'s, a slip asked: the format\'s words, the sound-alike one of several', () => {
    expect(text(labelSlipAsked.decide(u({ norm: '报告里写的“行政机关不在处理”,这个“在”是不是错字' }), {}, kn))).toContain('“在”应为“再”');
    // (不予处理 is one character off too, but 予 does not sound like 在: 不再处理)
    expect(text(labelSlipAsked.decide(u({ norm: '表三里的“不在处理”是不是错别字,应该写成啥?' }), {}, kn))).toContain('原文是“不再处理”');
  });
  it('the format\'s own words quoted, no slip asked, or the rows\' figures asked too: no decision', () => {
    expect(labelSlipAsked.decide(u({ norm: '“不再处理”是不是错别字' }), {}, kn)).toBeUndefined();
    expect(labelSlipAsked.decide(u({ norm: '“不在处理”是什么意思' }), {}, kn)).toBeUndefined();
    expect(labelSlipAsked.decide(u({ norm: '其他处理各多少?表里写的“不在处理”是错字吗', quantity: true, metric: metric() }), {}, kn)).toBeUndefined();
  });
  it('the table\'s words told without quotation marks ("写的行政机关不在处理"): the same reading', () => {
    expect(text(labelSlipAsked.decide(u({ norm: '表三其他处理那行写的行政机关不在处理,是笔误吧' }), {}, kn))).toContain('原文是“行政机关不再处理”');
    // (words told that are the format's own: no slip)
    expect(labelSlipAsked.decide(u({ norm: '表三写的行政机关不再处理,是笔误吗' }), {}, kn)).toBeUndefined();
  });
});


import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { whyOfToldCount } from '../../../src/core/policy/quoted-count-why.js';
import { knowledge, metric, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh147-newa');
});

const xishan = { report: '昆明市西山区人民政府-2025' };
const linesOf = (d: ReturnType<typeof whyOfToldCount.decide>) => (d && d.kind === 'passage' ? d.parts.lines.join('') : '');

describe('why-of-told-count', () => {
  it('why the office did something the text counts, the count quoted: the one sentence holding it, which says what for', () => {
    const d = whyOfToldCount.decide(u({ norm: '为什么要指导40家部门调整信息公开指南?' }), xishan, kn);
    expect(d?.kind).toBe('passage');
    expect(linesOf(d)).toContain('40家部门');
    expect(linesOf(d)).toContain('渠道更加畅通');
  });
  it('not a why, a figure read, a count no sentence holds, or too few of the question\'s words with it: no decision', () => {
    expect(whyOfToldCount.decide(u({ norm: '指导了几家部门调整信息公开指南?' }), xishan, kn)).toBeUndefined();
    expect(whyOfToldCount.decide(u({ norm: '为什么40家部门不予公开?', metric: metric() }), xishan, kn)).toBeUndefined();
    expect(whyOfToldCount.decide(u({ norm: '为什么要指导41家部门调整信息公开指南?' }), xishan, kn)).toBeUndefined();
    expect(whyOfToldCount.decide(u({ norm: '为什么是40家?' }), xishan, kn)).toBeUndefined();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { largestReason } from '../../../src/core/policy/largest-part.js';
import { knowledge, metric, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('data/reports');
});

const linesOf = (d: ReturnType<typeof largestReason.decide>) => (d && d.kind === 'passage' ? d.parts.lines.join('') : '');

describe('largest-reason-asked', () => {
  it('the reason counted most among the requests that gave nothing: every result\'s reasons, the largest with its count', () => {
    const text = linesOf(largestReason.decide(u({ norm: '没拿到信息或者被拒的申请里,最多的是啥原因', metric: metric({ rows: ['refused'] }) }), {}, kn));
    // (南岗 2022: 本机关不掌握 6 of 无法提供 8 — more than any reason of 不予公开's 2)
    expect(text).toContain('本机关不掌握相关政府信息');
    expect(text).toContain('6 件');
    expect(linesOf(largestReason.decide(u({ norm: '没给公开的申请,哪种理由最少' }), {}, kn))).toMatch(/最少的原因/);
  });
  it('no most or least asked, nothing given named, or a figure of another table: no decision', () => {
    expect(largestReason.decide(u({ norm: '没拿到信息的申请有几件' }), {}, kn)).toBeUndefined();
    expect(largestReason.decide(u({ norm: '最多的是啥原因' }), {}, kn)).toBeUndefined();
    expect(largestReason.decide(u({ norm: '被拒的复议里最多的是啥原因', metric: metric({ table: '四', rows: ['review'] }) }), {}, kn)).toBeUndefined();
  });
});

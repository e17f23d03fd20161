import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, u } from './helpers.js';
import { pairsSummedEach } from '../../../src/core/policy/sums-each.js';

let nangang: Knowledge;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
});

// 南岗 2022, table 三: 新收 15, 上年结转 0; 无法提供 8 = 本机关不掌握 6 + 需要另行制作 2
describe('pairs-summed-each', () => {
  it('two pairs quoted with 加 and each sum asked: both sums, and whether the sides agree', () => {
    const d = pairsSummedEach.decide(u({ norm: '新收15件加上年结转0件,无法提供8件加其他处理2件,两边各是多少' }), {}, nangang);
    expect(d).toMatchObject({ kind: 'passage' });
    const text = d && d.kind === 'passage' ? d.parts.lines.join('') : '';
    expect(text).toContain('新收15件 + 上年结转0件 = 15件');
    expect(text).toContain('= 10件');
    expect(text).toContain('不相等');
  });
  it('a figure the report never states: no decision (the checks or the fallback answer)', () => {
    expect(pairsSummedEach.decide(u({ norm: '新收15件加结转9999件,办结8件加其他2件,两边各是多少' }), {}, nangang)).toBeUndefined();
  });
  it('one pair only, or no sum asked of each: no decision', () => {
    expect(pairsSummedEach.decide(u({ norm: '新收15件加上年结转0件,各是多少' }), {}, nangang)).toBeUndefined();
    expect(pairsSummedEach.decide(u({ norm: '新收15件加上年结转0件,无法提供8件加其他处理2件,对吗' }), {}, nangang)).toBeUndefined();
  });
});

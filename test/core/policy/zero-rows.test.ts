import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { zeroRowsAsked } from '../../../src/core/policy/zero-rows.js';
import { knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('zero-rows', () => {
  it('"表三办理结果里哪几类是0": the zero results and the others, from the report', () => {
    const d = zeroRowsAsked.decide(u({ norm: '表三办理结果里哪几类是0列一下' }), {}, kn);
    expect(d?.kind).toBe('passage');
    expect(d && d.kind === 'passage' && d.parts.lines[0]).toMatch(/^为 0 的：部分公开；/);
    expect(zeroRowsAsked.decide(u({ norm: '为0的有哪些' }), {}, kn)?.kind).toBe('passage');
  });
  it('another table, or not a zero question: no decision', () => {
    expect(zeroRowsAsked.decide(u({ norm: '表二哪几项是0' }), {}, kn)).toBeUndefined();
    expect(zeroRowsAsked.decide(u({ norm: '哪几类申请最多' }), {}, kn)).toBeUndefined();
    expect(zeroRowsAsked.decide(u({ norm: '哪几类是0.5' }), {}, kn)).toBeUndefined();
  });
});

describe('zero-rows: which cells of table 二 are not zero (session 58)', () => {
  it('"表二里哪一项不是0": the cells that are not, with their values, and how many are 0', () => {
    const d = zeroRowsAsked.decide(u({ norm: '表二里哪一项不是0' }), {}, kn);
    const text = d && d.kind === 'passage' ? d.parts.lines.join('\n') : '';
    expect(text).toContain('行政规范性文件·本年制发件数 4 件');
    expect(text).toMatch(/其余 \d+ 格为 0/);
    expect(text).not.toContain('行政许可·本年处理决定数量 0');
  });
});

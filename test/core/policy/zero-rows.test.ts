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

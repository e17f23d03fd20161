import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { whyToldCount } from '../../../src/core/policy/why-told-count.js';
import { knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('why-told-count', () => {
  it('why the report tells a count, the count quoted: the sentence stating it, with what it says of why', () => {
    const d = whyToldCount.decide(u({ norm: '为什么年报说政务公开工作只有一个人在做' }), {}, kn);
    const t = d && d.kind === 'passage' ? d.parts.lines.join('') : '';
    expect(t).toContain('离职');
    expect(t).toContain('1 人兼职');
  });
  it('no count quoted, a count the report does not state, or no why: no decision', () => {
    expect(whyToldCount.decide(u({ norm: '为什么政务公开工作人手不够' }), {}, kn)).toBeUndefined();
    expect(whyToldCount.decide(u({ norm: '为什么说政务公开只有5个人在做' }), {}, kn)).toBeUndefined();
    expect(whyToldCount.decide(u({ norm: '政务公开有1个人在做吗' }), {}, kn)).toBeUndefined();
  });
});

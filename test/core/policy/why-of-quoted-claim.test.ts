import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { whyOfQuotedClaim } from '../../../src/core/policy/quoted-count-why.js';
import { textOf } from '../../../src/answer/render.js';
import { knowledge, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh152-newa');
});

const linxi = slots({ offices: ['临西县人民政府'], years: [2021] });

describe('why-of-quoted-claim', () => {
  it('why the report says a phrase it prints as a heading ("“进一步规范”，为什么这么说"): the sentences under it', () => {
    const norm = '临西县年报说2021年依申请公开“进一步规范”,为什么这么说?';
    const d = whyOfQuotedClaim.decide(u({ norm, kind: 'why', slots: linxi }), {}, kn);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('修改完善');
    expect(text).toContain('答复格式文本');
  });
  it('no why, no phrase quoted, or a phrase the report does not print: no decision', () => {
    expect(whyOfQuotedClaim.decide(u({ norm: '依申请公开“进一步规范”了吗', slots: linxi }), {}, kn)).toBeUndefined();
    expect(whyOfQuotedClaim.decide(u({ norm: '为什么说依申请公开进一步规范', kind: 'why', slots: linxi }), {}, kn)).toBeUndefined();
    expect(whyOfQuotedClaim.decide(u({ norm: '为什么说“全面提速”', kind: 'why', slots: linxi }), {}, kn)).toBeUndefined();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { balanceQuoted, quotedBalanceChecked } from '../../../src/core/policy/quoted-balance.js';
import { textOf } from '../../../src/answer/render.js';
import { knowledge, slots, u } from './helpers.js';

let kn: Knowledge;
let prose: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
  prose = await knowledge('test/fixtures/reports-fresh101-newa');
});

const HONGQIAO = slots({ years: [2023], offices: ['天津市红桥区人民政府办公室'], spans: [] });

describe('quoted-balance-checked', () => {
  it('both sides quoted of a report with no table 三 ("新收59件、上年结转2件，按时答复54件、结转7件，两边对得上吗"): each side added, equal', () => {
    const d = quotedBalanceChecked.decide(u({ norm: '核一下数:新收59件、上年结转2件,按时答复54件、结转7件,两边对得上吗?', slots: HONGQIAO }), {}, prose);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('59 + 2 = 61 件');
    expect(text).toContain('54 + 7 = 61 件');
    expect(text).toContain('对得上');
    expect(text).toContain('报告正文写道');
  });
  it('sides that differ: the gap, never "对得上"', () => {
    const d = quotedBalanceChecked.decide(u({ norm: '新收59件、上年结转2件,办结50件、结转7件,两边对得上吗', slots: HONGQIAO }), {}, prose);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('相差 4 件，对不上');
    expect(text).not.toContain('对得上');
  });
  it('a report whose table 三 gives the rows: no decision (the consistency rule uses the table)', () => {
    expect(quotedBalanceChecked.decide(u({ norm: '新收15件、上年结转0件,办结15件、结转下年0件,两边对得上吗' }), {}, kn)).toBeUndefined();
  });
  it('a figure with no side, or one side only: no balance read', () => {
    expect(balanceQuoted('新收59件、上年结转2件,公开8件,两边对得上吗')).toBeUndefined();
    expect(balanceQuoted('新收59件、上年结转2件,两边对得上吗')).toBeUndefined();
    expect(balanceQuoted('上年结转2件、新收59件,答复54件')?.taken.map((x) => x.n)).toEqual([2, 59]);
  });
});

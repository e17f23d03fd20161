import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { changeWithOneYear } from '../../../src/core/policy/trend.js';
import { knowledge, metric, slots, u } from './helpers.js';

let kn: Knowledge;
let years: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
  years = await knowledge('test/fixtures/reports-years');
});

describe('change-with-one-year', () => {
  it('a figure set against the year before, one year loaded: the figure, said to have nothing to compare with', () => {
    const d = changeWithOneYear.decide(u({ norm: '较上年度新收的申请多了还是少了', metric: metric({ rows: ['new'] }) }), {}, kn);
    expect(d?.kind).toBe('intent');
    expect(d && d.kind === 'intent' ? d.noteIfAnswered : '').toMatch(/只有2022年的数字，没有2021年的，无法比较/);
  });
  it('the year before\'s carried-over requests, a how-many, a year named, or no figure: no decision', () => {
    expect(changeWithOneYear.decide(u({ norm: '新收的和上年结转的加起来多少', metric: metric({ rows: ['new'] }) }), {}, kn)).toBeUndefined();
    expect(changeWithOneYear.decide(u({ norm: '比上一年多少', metric: metric({ rows: ['new'] }) }), {}, kn)).toBeUndefined();
    expect(changeWithOneYear.decide(u({ norm: '2022年比上一年多了吗', metric: metric({ rows: ['new'] }), slots: slots({ years: [2022] }) }), {}, kn)).toBeUndefined();
    expect(changeWithOneYear.decide(u({ norm: '跟上一年比涨了还是降了' }), {}, kn)).toBeUndefined();
  });
  it('the year before loaded for that office: left to the comparison of years', () => {
    const r = years.reports.find((x) => x.year && years.reports.some((y) => y.office === x.office && y.year === x.year! - 1))!;
    expect(changeWithOneYear.decide(u({ norm: '跟上一年比涨了还是降了', metric: metric({ rows: ['new'] }) }), { report: r.id }, years)).toBeUndefined();
  });
});

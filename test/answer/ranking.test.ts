import { describe, expect, it } from 'vitest';
import { rankOffices, valueIds } from '../../src/answer/ranking.js';
import type { Report } from '../../src/report/types.js';
import type { MetricQuery } from '../../src/understand/metrics.js';

const report = (office: string, year: number | undefined, values: Record<string, number | null>) =>
  ({ id: `${office}-${year}`, office, year, values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])) }) as unknown as Report;
const m = (over: Partial<MetricQuery>): MetricQuery => ({ table: '三', rows: ['new'], cols: [], spans: [], rowsExplicit: true, ...over });

describe('valueIds', () => {
  it('one row of a table, its column or its natural total; both kinds of suit for 诉讼', () => {
    expect(valueIds(m({}))).toEqual(['t3.new.total']);
    expect(valueIds(m({ table: '二', rows: ['normative'], cols: ['valid'] }))).toEqual(['t2.normative.valid']);
    expect(valueIds(m({ table: '二', rows: ['license'] }))).toEqual(['t2.license.decisions']);
    expect(valueIds(m({ table: '四', rows: ['suit'] }))).toEqual(['t4.suit-direct.total', 't4.suit-after-review.total']);
  });
  it('no single figure: none', () => {
    expect(valueIds(m({ rows: ['new', 'carried'] }))).toBeUndefined();
    expect(valueIds(m({ table: '二', rows: ['normative'] }))).toBeUndefined();
  });
});

describe('rankOffices', () => {
  const reports = [
    report('甲局', 2022, { 't3.new.total': 9 }),
    report('甲局', 2023, { 't3.new.total': 2 }),
    report('乙局', 2023, { 't3.new.total': 5 }),
    report('丙局', 2023, { 't3.new.total': null }),
  ];
  it('each office\'s newest report, most first; a figure the report lacks is said so, never 0', () => {
    const r = rankOffices(reports, m({}))!;
    expect(r.top.office).toBe('乙局');
    expect(r.text.split('\n')[0]).toMatch(/^最多的是乙局2023年/);
    expect(r.text.indexOf('乙局2023年：')).toBeLessThan(r.text.indexOf('甲局2023年：'));
    expect(r.text).toContain('丙局2023年：报告中没有这项数字');
    expect(r.text).not.toContain('甲局2022年');
  });
  it('the fewest, or the year named', () => {
    expect(rankOffices(reports, m({}), { fewest: true })!.top.office).toBe('甲局');
    expect(rankOffices(reports, m({}), { years: [2022] })).toBeUndefined(); // one office has 2022: nothing to rank
  });
});

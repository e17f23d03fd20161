import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { yearOverYear } from '../../../src/core/policy/trend.js';
import { knowledge, u } from './helpers.js';

let years: Knowledge;
let single: Knowledge;
beforeAll(async () => {
  years = await knowledge('test/fixtures/reports-years');
  single = await knowledge('test/fixtures/reports-multi');
});

describe('year-over-year', () => {
  it('a change over the loaded years of the office named: each year, the change, the percentage', () => {
    const d = yearOverYear.decide(u({ text: '南岗区近三年申请数变化', norm: '南岗区近三年申请数变化' }), {}, years);
    expect(d?.kind).toBe('trend');
    const r = d && d.kind === 'trend' ? d.result : undefined;
    expect(r?.points.map((p) => [p.year, p.value])).toEqual([[2021, 27], [2022, 15], [2023, 46]]);
    expect(r?.text).toContain('2023年：46 件（比2022年增加 31 件，+206.7%）');
  });
  it('比去年: the newest year against the one before', () => {
    const d = yearOverYear.decide(u({ text: '南岗区比去年多了多少', norm: '南岗区比去年多了多少' }), {}, years);
    expect(d && d.kind === 'trend' && d.result.points.map((p) => p.year)).toEqual([2022, 2023]);
  });
  it('a single-year question: no decision', () => {
    expect(yearOverYear.decide(u({ text: '2021年收到多少申请', norm: '2021年收到多少申请' }), {}, years)).toBeUndefined();
  });
  it('one year per office loaded: no decision', () => {
    expect(yearOverYear.decide(u({ text: '比去年多了多少', norm: '比去年多了多少' }), {}, single)).toBeUndefined();
  });
  it('empty input: no decision', () => {
    expect(yearOverYear.decide(u({ text: '', norm: '', empty: true }), {}, years)).toBeUndefined();
  });
});

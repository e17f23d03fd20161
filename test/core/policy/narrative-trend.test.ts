import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { narrativeOverYears } from '../../../src/core/policy/narrative-trend.js';
import { knowledge, metric, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-years');
});
const state = { report: '南岗区人民政府办公室-2022' };

describe('narrative-over-years', () => {
  it('a figure told in words asked over the years: each year\'s sentence, labelled with its year', () => {
    const d = narrativeOverYears.decide(u({ norm: '政务新媒体账号这几年是怎么变的' }), state, kn);
    const text = JSON.stringify(d);
    expect(d?.kind).toBe('passage');
    expect(text).toContain('2021年：');
    expect(text).toContain('13 个政务新媒体账号');
    expect(text).toContain('16个政务新媒体账号');
  });
  it('a table figure named, a figure asked, or no years word: no decision (the trend or the figure answers)', () => {
    expect(narrativeOverYears.decide(u({ norm: '近三年申请数变化' }), state, kn)).toBeUndefined();
    expect(narrativeOverYears.decide(u({ norm: '行政复议这几年怎么变的', metric: metric({ table: '四', rows: ['review'] }) }), state, kn)).toBeUndefined();
    expect(narrativeOverYears.decide(u({ norm: '政务新媒体账号有几个' }), state, kn)).toBeUndefined();
  });
  it('two offices named ("南岗区和沭阳县…对比"): compared with each other, not over the years', () => {
    const slots = { years: [], offices: ['南岗区人民政府办公室', '沭阳县人民政府'], unknownOffices: [], spans: [] };
    expect(narrativeOverYears.decide(u({ norm: '南岗区和沭阳县政务新媒体账号对比', slots }), state, kn)).toBeUndefined();
  });
});

// A change between years of one office whose reports tell the figure in their text (pages cut before the tables):
// each year's sentence and the difference computed, on the fresh28-years fixtures (two unseen offices, two years each).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/core/bot.js';
import { decide, type ConvState } from '../../../src/core/engine.js';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { toldChangeOverYears } from '../../../src/core/policy/told-trend.js';
import { statedCount } from '../../../src/core/told-over-years.js';
import { understand } from '../../../src/core/understanding.js';
import { knowledge } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh28-years' })).kn;
});
const NOW = new Date('2026-11-30T10:00:00Z');

function ask(...texts: string[]) {
  let state: ConvState = {};
  let last;
  for (const t of texts) ({ answer: last, state } = decide(kn, t, state, NOW));
  return last!;
}

describe('told-change-over-years', () => {
  it('table 三\'s requests told in each year\'s text: both sentences and the difference, the breakdown after 其中 not read as the count', () => {
    const a = ask('高平市政府办收到的政府信息公开申请，2023年跟2022年比少了多少件');
    expect(a.rule).toBe('told-change-over-years');
    expect(a.text).toContain('依申请公开12件');
    expect(a.text).toContain('依申请公开9件');
    expect(a.text).toContain('2023年比2022年减少3件（12件→9件，下降25%，按报告数字计算）');
  });
  it('a row of results (部分公开) told in the text of both years', () => {
    expect(ask('高平市政府办2022年到2023年部分公开的申请变化了多少').text).toContain('减少6件（8件→2件');
  });
  it('a count of the text: the number attached to the thing asked, not the other count of the same sentence', () => {
    const a = ask('高平市政府办政务动态类信息2023年比2022年差了几条');
    expect(a.rule).toBe('told-change-over-years');
    expect(a.text).toContain('减少93条（226条→133条');
    expect(ask('高平市政府办2022年到2023年市政府及政府办文件及解读信息增加了多少条').text).toContain('增加16条（66条→82条');
    expect(ask('龙游县政府办主动公开的信息条数，2023年和2021年相比增长了多少').text).toContain('增加506条（267条→773条');
  });
  it('"比2022年多还是少" after a count of 2023: the same count of 2022 and the change', () => {
    const a = ask('高平市政府办2023年微信公众号发布信息多少条', '那比2022年多还是少');
    expect(a.rule).toBe('told-change-over-years');
    expect(a.text).toContain('2901条');
    expect(a.text).toContain('增加19条');
  });
  it('a year whose sentence states no count of the thing asked (常务会议图解 only in 2023): no difference computed', () => {
    const q = understand(kn, '高平市政府办常务会议图解信息2023年比2022年多了几条', {}, NOW);
    expect(toldChangeOverYears.decide(q, {}, kn)).toBeUndefined();
  });
  it('no change asked, or every year\'s table gives the figure: no decision (the figure or the trend answers)', async () => {
    expect(toldChangeOverYears.decide(understand(kn, '高平市政府办2023年微信公众号发布信息多少条', {}, NOW), {}, kn)).toBeUndefined();
    const years = await knowledge('test/fixtures/reports-years');
    const q = understand(years, '南岗区政府办2023年收到的申请比2022年多了多少件', {}, NOW);
    expect(toldChangeOverYears.decide(q, {}, years)).toBeUndefined();
  });
});

describe('statedCount', () => {
  const asked = (nouns: string[], unit = '条') => ({ unit, nouns, change: false });
  it('the number whose clause holds most of the words asked', () => {
    expect(statedCount('在门户网站发布政务动态类信息226条,发布市政府文件及解读信息66条。', asked(['政务', '动态', '信息']))).toBe(226);
    expect(statedCount('在门户网站发布政务动态类信息226条,发布市政府文件及解读信息66条。', asked(['文件', '解读', '信息']))).toBe(66);
  });
  it('a tie, an approximate count, a count in another unit or none attached: none', () => {
    expect(statedCount('发布动态信息226条,发布文件信息66条。', asked(['信息']))).toBeUndefined();
    expect(statedCount('全年推送热点信息900余条。', asked(['热点', '信息']))).toBeUndefined();
    expect(statedCount('印发规范性文件17件。', asked(['规范性文件']))).toBeUndefined();
    expect(statedCount('全年发布公告12条。', asked(['微信', '公众号']))).toBeUndefined();
  });
});

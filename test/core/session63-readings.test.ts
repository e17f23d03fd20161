// Readings added in session 63, tuned on the misses of the blind round fresh244 (eval/heldout-fresh244*.jsonl, measured
// before any of this), checked on the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const jilinHebeiShandong = 'test/fixtures/reports-fresh244-newa';
const sichuanGuangdongGansu = 'test/fixtures/reports-fresh244-newb';

describe('session 63: next year\'s report drafted', () => {
  it('"拟一下" the period sentence of a year not loaded yet: that year\'s dates, and the loaded report\'s own sentence', async () => {
    const kn = await kb(jilinHebeiShandong);
    const [a] = talk(kn, '东关街道2024年年报里统计期限那一句，麻烦拟一下');
    expect(a).toContain('2024年1月1日');
    expect(a).toContain('2023年1月1日');
  });
  it('the contact lines carried over, asked after the report named ("…照今年的写，帮我拟一下")', async () => {
    const kn = await kb(sichuanGuangdongGansu);
    const [a] = talk(kn, '要写尧坝镇2023年的年报了，联系方式那段跟今年一样，帮我拟一下');
    expect(a).toContain('0830-5633001');
    expect(a).toContain('646200');
  });
});

describe('session 63: staff checking wording and sums', () => {
  it('a label quoted from "the table" without its number: the load\'s note of that label', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '表格中“行政机关不在处理其政府信息公开申请”这个写法对吗');
    expect(a).toContain('不再处理');
  });
  it('a quoted whole with a part taken away by 除掉: the rest worked out, the part named without its 的', async () => {
    const kn = await kb(jilinHebeiShandong);
    const [a] = talk(kn, '石家庄教育局一共13921条，这13921条里除掉网站的12766条，还剩多少');
    expect(a).toContain('1155');
    expect(a).not.toContain('网站的：');
  });
  it('"加起来" is how a sum is asked, never the thing counted', async () => {
    const kn = await kb(jilinHebeiShandong);
    const [a] = talk(kn, '石家庄教育局网民留言和热线办件加起来一共多少');
    expect(a).not.toContain('起来的数字');
  });
  it('a count asked in one clause and set against a quoted count in the next: the difference', async () => {
    const kn = await kb(sichuanGuangdongGansu);
    const [a] = talk(kn, '尧坝镇政务新媒体公开了多少条？跟政府网站那118条比差几条');
    expect(a).toMatch(/142\s*-\s*118\s*=\s*24/);
  });
  it('a list of channels after the part of the report pointed at, one typed in a word the synonyms read otherwise (热线)', async () => {
    const kn = await kb(sichuanGuangdongGansu);
    const [a] = talk(kn, '尧坝镇回应关切这部分，热线、县长信箱、麻辣社区一共多少件');
    expect(a).toContain('175');
  });
  it('the share of two counts just asked in a whole the asker quotes', async () => {
    const kn = await kb(sichuanGuangdongGansu);
    const [, , share] = talk(kn, '蓬江区发改局目录里工作动态多少条', '公告公示呢', '两个合计占目录102条的百分比');
    expect(share).toContain('65');
    expect(share).toContain('63.73%');
  });
});

describe('session 63: citizens', () => {
  it('"那去年呢" after a year named by number, no report of either reading: both said (2025 from today, 2022 before 2023)', async () => {
    const kn = await kb(jilinHebeiShandong);
    const [, a] = talk(kn, '东关街道2023年主动公开了几条信息', '那去年呢');
    expect(a).toContain('没有加载2025年');
    expect(a).toContain('2022年的报告也没有加载');
    // (only once: the rule's own note, not the generic one as well)
    expect(a.match(/目前没有加载/g)).toHaveLength(1);
  });
  it('English: a call to make is the phone; the number of something is a count; code to write is not our job', async () => {
    const kn = await kb(sichuanGuangdongGansu);
    const [call] = talk(kn, 'hello, I\'d like to call 尧坝镇 about disclosure, what\'s the number');
    expect(call).toContain('0830-5633001');
    expect(call).not.toContain('暂时无法回答');
    const [count] = talk(kn, 'the number of applications 尧坝镇 got in 2022');
    expect(count).not.toContain('0830-5633001');
    const ng = await kb(nangang);
    const [code] = talk(ng, 'pls write me some code to scrape your website');
    expect(code).toContain('暂时无法回答');
  });
  it('"申请人里有企业吗，还是…": whether companies were among the applicants, from table 三', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '提申请的人当中有企业吗，还是都是老百姓');
    expect(a).toContain('商业企业');
    expect(a).toContain('15');
  });
});

// The date a report is signed with, from the lines at its end; never a date inside the text.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import { pageDate, pageIndexNo, signedDate } from '../../src/report/parse.js';

describe('pageDate', () => {
  it('no signature: the date line a site prints at the top of the page, said to be the page\'s', () => {
    expect(pageDate(['法定主动', '【文字】2024年某局政府信息公开工作年度报告', '发布日期: 2025-01-17 13:19:53 浏览次数:'])).toBe('2025年1月17日（网页所载发布日期，报告未落款）');
    expect(pageDate(['日期:2022-01-27 14:59 来源:zwgk001'])).toMatch(/^2022年1月27日/);
    // (the label glued to its date, as a metadata grid copied without its bars prints it)
    expect(pageDate(['索引号000014349/2024-03341', '发文字号 发文时间2024-01-10'])).toMatch(/^2024年1月10日/);
  });
  it('a date in the text, or none near the top: none', () => {
    expect(pageDate(['统计期限自2022年1月1日起至2022年12月31日止。'])).toBeUndefined();
    expect(pageDate([...Array(24).fill('正文'), '发布日期: 2025-01-17'])).toBeUndefined();
    // a metadata table's row, and a page's date line under its title with its source
    expect(pageDate(['发布机构 | 自治区政府办公厅 | 发布日期 | 2021-04-09 17:05:00 |'])).toMatch(/^2021年4月9日/);
    expect(pageDate(['防城港市大数据和行政审批局2024年度政府信息公开工作年度报告', '2025-02-14 08:50     来源:防城港市大数据和行政审批局'])).toMatch(/^2025年2月14日/);
  });
  it('a date and time on a line of its own under the title: the page\'s; a date and time inside a sentence is not', () => {
    expect(pageDate(['工农区人民政府2024年政府信息公开工作年度报告', '2025-01-26 15:07', '依据《条例》…'])).toMatch(/^2025年1月26日/);
    expect(pageDate(['会议于2025-01-26 15:07召开'])).toBeUndefined();
  });
});

describe('pageIndexNo', () => {
  it('the site\'s index number in the metadata above the report, in a table or a line', () => {
    expect(pageIndexNo(['北街街道2025年政府信息公开工作年度报告', '索引号 | 620702081/2026-00007 | 发文字号 | |'])).toBe('620702081/2026-00007');
    expect(pageIndexNo(['索引号：000014349/2022-02188'])).toBe('000014349/2022-02188');
  });
  it('none printed, an empty label, or one below the page head: none', () => {
    expect(pageIndexNo(['索引号 | | 发文字号 | |'])).toBeUndefined();
    expect(pageIndexNo([...Array(24).fill('正文'), '索引号：000014349/2022-02188'])).toBeUndefined();
  });
});

describe('signedDate', () => {
  it('a line holding only a date among the last lines', () => {
    expect(signedDate(['……收取信息处理费共计380元。', '沐阳县人民政府\n2026年1月23日'])).toBe('2026年1月23日');
    expect(signedDate(['正文', '2025 年 1 月 15 日'])).toBe('2025年1月15日');
  });
  it('a date inside a sentence, or an impossible one: none', () => {
    expect(signedDate(['统计期限自2022年1月1日起至2022年12月31日止。'])).toBeUndefined();
    expect(signedDate(['2026年13月40日'])).toBeUndefined();
  });
});

describe('the report\'s date asked', () => {
  it('沭阳县 2025 (signed 2026年1月23日): its date; 南岗区 2022 (no date printed): said so, no date made up', async () => {
    const { kn } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-multi' });
    expect(decide(kn, '沭阳县的年报是哪天发布的', {}).answer.text).toContain('2026年1月23日');
    const t = decide(kn, '南岗区的年报是哪天发布的', {}).answer.text;
    expect(t).toContain('未写明');
    expect(t).not.toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
  });
});

describe('the page\'s metadata asked', () => {
  it('甘州区北街街道 2025 (索引号 and 生成日期 in the page\'s table): the index number, and the date 生成 asks; 南岗区 (none printed): said so', async () => {
    const { kn } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh73-newb' });
    expect(decide(kn, '甘州区北街街道2025年报的索引号是多少，我填台账用', {}).answer.text).toContain('620702081/2026-00007');
    // (the district said without its 区 before the street: 甘州北街街道)
    expect(decide(kn, '甘州北街街道2025年政府信息公开年报是哪天生成的？', {}).answer.text).toContain('2026年1月23日');
    const home = await loadKnowledge({ reportsDir: 'data/reports' });
    const t = decide(home.kn, '南岗区年报的索引号是多少', {}).answer.text;
    expect(t).toContain('未写明');
    expect(t).not.toMatch(/\d{6,}/);
  });
});

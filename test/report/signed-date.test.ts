// The date a report is signed with, from the lines at its end; never a date inside the text.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import { pageDate, signedDate } from '../../src/report/parse.js';

describe('pageDate', () => {
  it('no signature: the date line a site prints at the top of the page, said to be the page\'s', () => {
    expect(pageDate(['法定主动', '【文字】2024年某局政府信息公开工作年度报告', '发布日期: 2025-01-17 13:19:53 浏览次数:'])).toBe('2025年1月17日（网页所载发布日期，报告未落款）');
    expect(pageDate(['日期:2022-01-27 14:59 来源:zwgk001'])).toMatch(/^2022年1月27日/);
  });
  it('a date in the text, or none near the top: none', () => {
    expect(pageDate(['统计期限自2022年1月1日起至2022年12月31日止。'])).toBeUndefined();
    expect(pageDate([...Array(24).fill('正文'), '发布日期: 2025-01-17'])).toBeUndefined();
    // a metadata table's row, and a page's date line under its title with its source
    expect(pageDate(['发布机构 | 自治区政府办公厅 | 发布日期 | 2021-04-09 17:05:00 |'])).toMatch(/^2021年4月9日/);
    expect(pageDate(['防城港市大数据和行政审批局2024年度政府信息公开工作年度报告', '2025-02-14 08:50     来源:防城港市大数据和行政审批局'])).toMatch(/^2025年2月14日/);
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

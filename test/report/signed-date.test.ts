// The date a report is signed with, from the lines at its end; never a date inside the text.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import { signedDate } from '../../src/report/parse.js';

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

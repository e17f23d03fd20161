/**
 * Pages of the twenty-third blind round (test/fixtures/reports-fresh23-new, read by hand in
 * EXPECTED-fresh23-new.md): openings that name the report in other words, and a page line before them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/library.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'reports-fresh23-new');

describe('fresh23-new: openings that say what the page is', () => {
  it('"点击收听年报语音朗读" then "现将2020年度…信息公开工作总结报告如下。" then 一、总体情况: a report', async () => {
    const r = await loadReport(join(DIR, '济宁市人力资源和社会保障局-2020.txt'));
    expect([r.office, r.year]).toEqual(['济宁市人力资源和社会保障局', 2020]);
  });
  it('"特向社会公布2024年连生乡人民政府政府信息公开工作情况报告" then 一、总体情况: a report, its contact read', async () => {
    const r = await loadReport(join(DIR, '绥滨县连生乡人民政府-2024.txt'));
    expect([r.office, r.year]).toEqual(['绥滨县连生乡人民政府', 2024]);
    expect(r.contact.phone).toBe('0468-7910006');
  });
  it('a notes file about the reports is still refused', async () => {
    await expect(loadReport(join(DIR, 'EXPECTED-fresh23-new.md'))).rejects.toThrow();
  });
});

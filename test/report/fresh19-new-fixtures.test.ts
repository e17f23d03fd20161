/**
 * Five offices' pages cut at about 2,000 bytes (test/fixtures/reports-fresh19-new, read by hand in
 * EXPECTED-fresh19-new.md): pages without a title whose opening paragraph says it is the report ("…编制本报告",
 * "本报告根据…"), and a notes file about several reports, which is no report.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/library.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'reports-fresh19-new');

describe('fresh19-new: pages opening on their own preamble', () => {
  it('"本报告根据《条例》…由宣汉县民政局编制而成" then 一、总体情况: a report, its contact read', async () => {
    const r = await loadReport(join(DIR, '宣汉县民政局-2024.txt'));
    expect([r.office, r.year]).toEqual(['宣汉县民政局', 2024]);
    expect(r.contact.postcode).toBe('636150');
  });
  it('"依据《条例》和…格式的通知…编制本报告" then 一、总体情况: a report', async () => {
    const r = await loadReport(join(DIR, '沙依巴克区人民政府办公室-2023.txt'));
    expect([r.office, r.year]).toEqual(['沙依巴克区人民政府办公室', 2023]);
  });
  it('a notes file with one heading per office and year is refused, whatever tables it holds', async () => {
    await expect(loadReport(join(DIR, 'EXPECTED-fresh19-new.md'))).rejects.toThrow(/说明多份报告的文件/);
  });
});

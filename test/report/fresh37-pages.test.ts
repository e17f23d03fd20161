// Pages of the thirty-seventh blind round (session 14) the loader read wrong or refused.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/library.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

describe('fresh37 pages', () => {
  it('a page saved without its title that opens "本报告系根据《条例》…组织编制" is a report (its office and year from the file name)', async () => {
    const r = await loadReport(join(FIXTURES, 'reports-fresh37-newb', '泰宁县卫生健康局-2024.txt'));
    expect([r.office, r.year]).toEqual(['泰宁县卫生健康局', 2024]);
    expect(r.contact.email).toBe('tnws2134@163.com');
  });
  it('a notes file is still no report', async () => {
    await expect(loadReport(join(FIXTURES, 'reports-fresh37-newb', 'EXPECTED-fresh37-newb.md'))).rejects.toThrow(/不是政府信息公开工作年度报告/);
  });
});

// Pages of the thirty-second blind round (test/fixtures/reports-fresh32-newb): reports cut before their sections.
import { join } from 'node:path';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/library.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'reports-fresh32-newb');

describe('fresh32: a page cut before its sections', () => {
  it('"现公布广元市经济和信息化局2023年度政府信息公开情况。报告全文包括…" in a file named office-year is a report', async () => {
    const r = await loadReport(join(DIR, '广元市经济和信息化局-2023.txt'));
    expect([r.office, r.year]).toEqual(['广元市经济和信息化局', 2023]);
    expect(r.contact.phone).toContain('3263686');
  });
  it('the same opening in a file not named office-year, with no section, is still refused (no evidence of which report)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fresh32-'));
    const file = join(dir, '笔记.txt');
    writeFileSync(file, '现公布某某局2023年度政府信息公开情况。报告全文包括总体情况等6个部分。\n');
    await expect(loadReport(file)).rejects.toThrow(/不是政府信息公开工作年度报告/);
  });
});

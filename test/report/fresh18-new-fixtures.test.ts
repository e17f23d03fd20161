/**
 * Five offices' pages cut at about 2,000 bytes (test/fixtures/reports-fresh18-new, read by hand in
 * EXPECTED-fresh18-new.md): a page whose only grid is the site's metadata (索引号, 发文机构) is a report told in prose.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/library.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'reports-fresh18-new');

describe('fresh18-new: a page with a metadata grid and its tables cut off', () => {
  it('is kept as a report told in prose, not refused as blank tables', async () => {
    const r = await loadReport(join(DIR, '山西省交通运输厅-2021.txt'));
    expect([r.office, r.year]).toEqual(['山西省交通运输厅', 2021]);
    expect(r.findings.map((f) => f.rule)).toContain('no-tables');
    expect(r.passages.some((p) => p.text.includes('35012'))).toBe(true);
  });
});

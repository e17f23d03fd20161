/**
 * Five offices' pages cut at about 2,000 bytes (test/fixtures/reports-fresh21-new, read by hand in
 * EXPECTED-fresh21-new.md): a page run into one line whose preamble says it is the report, and a page whose
 * meta line ("发布时间:… 信息来源:会同县林业局") stands right above the title.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/library.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'reports-fresh21-new');

describe('fresh21-new: pages as the corpus saved them', () => {
  it('one line: "…负责编制本报告。…统计期限… 一、总体情况 …" is a report, its sections and contact read', async () => {
    const r = await loadReport(join(DIR, '嘉善县大云镇人民政府-2024.txt'));
    expect([r.office, r.year]).toEqual(['嘉善县大云镇人民政府', 2024]);
    expect(r.contact.phone).toContain('84666016');
    expect(r.passages.some((p) => p.section === '一' && p.text.includes('依申请公开件1件'))).toBe(true);
  });
  it('the page\'s meta line above the title is not read as part of the title', async () => {
    const r = await loadReport(join(DIR, '会同县林业局-2020.txt'));
    expect(r.office).toBe('会同县林业局');
  });
});

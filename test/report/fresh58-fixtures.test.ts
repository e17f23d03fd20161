// Reports of the fifty-eighth blind round (pages corpus openings) read as published.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { parseTitle } from '../../src/report/parse/identity.js';

describe('fresh58: who published the report', () => {
  it('a page\'s own year stamp before the title ("2025湖口县大垅乡2025年度政府信息公开…") is no part of the office\'s name', () => {
    expect(parseTitle('2025湖口县大垅乡2025年度政府信息公开工作年度报告')).toEqual({ office: '湖口县大垅乡', year: 2025 });
    expect(parseTitle('湖口县大垅乡2020年政府信息公开工作年度报告')).toEqual({ office: '湖口县大垅乡', year: 2020 });
  });
  it('the township\'s two reports, five years and two formats apart, are one office\'s', async () => {
    const { kn } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh58-newb' });
    const ids = kn.reports.filter((r) => r.office === '湖口县大垅乡人民政府').map((r) => r.year).sort();
    expect(ids).toEqual([2020, 2025]);
  });
});

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadLibrary } from '../../src/report/library.js';
import { oneNamePerOffice } from '../../src/report/one-name.js';
import type { Report } from '../../src/report/types.js';

const stub = (office: string, year: number): Report => ({ id: `${office}-${year}`, office, year, title: '', file: '', contact: {}, passages: [], values: {}, table2Raw: [], findings: [] });

describe('one office, one name', () => {
  it('an office named with and without its district in different years is filed under the fuller name', () => {
    const out = oneNamePerOffice([stub('杨柳镇人民政府', 2021), stub('宣州区杨柳镇人民政府', 2025)]);
    expect(out.map((r) => r.id)).toEqual(['宣州区杨柳镇人民政府-2021', '宣州区杨柳镇人民政府-2025']);
    expect(out[0]!.aliases).toContain('杨柳镇人民政府');
  });
  it('a bare organ or two fuller names: left alone', () => {
    expect(oneNamePerOffice([stub('教育局', 2021), stub('芦淞区教育局', 2022)]).map((r) => r.office)).toEqual(['教育局', '芦淞区教育局']);
    const two = [stub('杨柳镇人民政府', 2021), stub('宣州区杨柳镇人民政府', 2025), stub('隆阳区杨柳镇人民政府', 2024)];
    expect(oneNamePerOffice(two).map((r) => r.office)).toEqual(['杨柳镇人民政府', '宣州区杨柳镇人民政府', '隆阳区杨柳镇人民政府']);
  });
  it('a folder of real pages: the 2021 report of 杨柳镇 is 宣州区杨柳镇人民政府\'s', async () => {
    const { reports } = await loadLibrary(join(import.meta.dirname, '..', 'fixtures', 'reports-fresh35-newb'));
    expect(reports.filter((r) => r.office === '宣州区杨柳镇人民政府').map((r) => r.year)).toEqual([2021, 2025]);
  });
});

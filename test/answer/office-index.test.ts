import { describe, expect, it } from 'vitest';
import { officesNamedIn, reportsOfOffice } from '../../src/answer/office-index.js';
import type { Report } from '../../src/report/types.js';
import { officeNames } from '../../src/understand/office-names.js';

const report = (office: string, year: number) => ({ id: `${office}-${year}`, office, year }) as unknown as Report;
const reports = [
  report('南岗区人民政府办公室', 2021),
  report('沭阳县人民政府', 2025),
  report('南岗区人民政府办公室', 2022),
  report('宜兴市丁蜀镇人民政府', 2024),
  report('株洲市芦淞区教育局', 2023),
];

/** The scan it replaces: every office's names in order, a strictly longer name kept. */
function scan(q: string) {
  const offices = [...new Set(reports.map((r) => r.office))];
  const named = offices.filter((o) => officeNames(o).some((n) => q.includes(n)));
  let best: { office: string; len: number } | undefined;
  for (const o of offices) for (const n of officeNames(o)) if (q.includes(n) && (!best || n.length > best.len)) best = { office: o, len: n.length };
  return { named, longest: best?.office };
}

describe('officesNamedIn', () => {
  it('is the scan over every office name', () => {
    for (const q of ['南岗区比去年多了多少', '南岗区和沭阳县的申请数对比', '丁蜀镇近三年变化', '芦淞区教育局历年趋势', '比去年多了多少', '沭阳县政府和南岗区政府', '']) {
      expect(officesNamedIn(q, reports), q).toEqual(scan(q));
    }
  });
});

describe('reportsOfOffice', () => {
  it('keeps the list order', () => {
    expect(reportsOfOffice(reports, '南岗区人民政府办公室').map((r) => r.year)).toEqual([2021, 2022]);
    expect(reportsOfOffice(reports, '无此单位')).toEqual([]);
  });
});

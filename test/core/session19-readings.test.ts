// Readings added in session 19 (tuned on the fifty-fourth round's misses and later, after each first run).
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const b54 = 'test/fixtures/reports-fresh54-newb';

describe('session 19 readings: reading the published pages', () => {
  it('a government\'s name run into 政府信息公开 (洪山区人民政府信息公开工作年度报告) is 洪山区人民政府, not 洪山区人民', async () => {
    const kn = await kb(b54);
    expect(kn.reports.map((r) => r.office)).toContain('武汉市洪山区人民政府');
    expect(kn.reports.map((r) => r.office)).not.toContain('洪山区人民');
  });
  it('a sentence above the bare pipe that opens a table is no cell: its counts are told (汉阳区政府办 2022, 予以公开2件)', async () => {
    const [granted, partly] = talk(await kb(b54), '汉阳区政府办2022年予以公开几件', '部分公开呢');
    expect(granted).toContain('予以公开2件');
    expect(partly).toContain('部分公开2件');
  });
});

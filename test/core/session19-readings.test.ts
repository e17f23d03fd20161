// Readings added in session 19 (tuned on the fifty-fourth round's misses and later, after each first run).
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const b54 = 'test/fixtures/reports-fresh54-newb';
const a55 = 'test/fixtures/reports-fresh55-newa';
const b55 = 'test/fixtures/reports-fresh55-newb';

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

describe('session 19 readings: office names', () => {
  it('a district named for a county of one character (梅州市梅县区) is found by 梅县区 and 梅县区政府办', async () => {
    const [a, b] = talk(await kb(a55), '梅县区政府办公室2025年一共发布了多少条政府信息？', '梅县区政府办的电话');
    expect(a).toContain('梅州市梅县区人民政府办公室2025年');
    expect(b).toContain('0753');
  });
  it('a page without its title that opens "对全年政府信息公开工作情况进行总结" is a report (福州市商务局 2022)', async () => {
    const kn = await kb(b55);
    expect(kn.reports.filter((r) => r.office === '福州市商务局').map((r) => r.year).sort()).toEqual([2022, 2023]);
  });
});

// Readings added in session 67, tuned on the misses of the blind round fresh248 (eval/heldout-fresh248*.jsonl, measured
// before any of this), checked on the round's own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const eastNorth = 'test/fixtures/reports-fresh248-newa';
const westSouth = 'test/fixtures/reports-fresh248-newb';

describe('session 67: shares of table 三', () => {
  it('a result\'s share asked in so many words ("部分公开占比"): the row and its share of the total, not what the result means', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '部分公开占比');
    expect(a).toContain('0 ÷ 15');
    expect(a).not.toContain('第三十六条');
  });
  it('to the decimals asked ("保留两位小数"): 2 ÷ 15 is 13.33 %, not 13.3 %', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '不予公开占比多少 保留两位小数');
    expect(a).toContain('13.33%');
  });
  it('with no decimals asked, one place as before (予以公开 4 ÷ 15 = 26.7 %)', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '予以公开的比例是多少');
    expect(a).toContain('26.7%');
    expect(a).not.toContain('26.67');
  });
});

describe('session 67: what the asker means', () => {
  it('a correction naming only another office ("不对，我是问盐都人社局的"): the last question asked of it', async () => {
    const kn = await kb(eastNorth);
    const [first, second] = talk(kn, '潮海街道邮编多少', '不对，我是问盐都人社局的');
    expect(first).toContain('266200');
    expect(second).toContain('224005');
    expect(second).not.toContain('266200');
  });
  it('a unit in short before 在哪儿 ("…党政办在哪儿，想去一趟"): the address', async () => {
    const kn = await kb(westSouth);
    const [a] = talk(kn, '大石街道办事处党政办在哪儿，想去一趟');
    expect(a).toContain('长安路112号');
  });
  it('a contact detail of every loaded office, none named ("这几个单位的电话分别是多少"): each office\'s, labelled', async () => {
    const kn = await kb(eastNorth);
    const [a] = talk(kn, '这几个单位的电话分别是多少');
    expect(a).toContain('87552999');
    expect(a).toContain('88334469');
    expect(a).toContain('3580212');
    expect(a).not.toContain('申请');
  });
  it('the zone of a loaded office\'s place, then another organ ("淄博高新区财政局"): an office not loaded, never the 建设局\'s phone', async () => {
    const kn = await kb(eastNorth);
    const [a] = talk(kn, '淄博高新区财政局电话多少');
    expect(a).not.toContain('3580212');
    expect(a).toContain('没有');
  });
});

describe('session 67: reading the reports', () => {
  it('a year\'s total said after the kinds listed ("…25个试点领域等方面内容共计2575条。其中…"): 2575, not a channel\'s 5', async () => {
    const kn = await kb(westSouth);
    const [a] = talk(kn, '大石街道那年一共主动公开多少条信息');
    expect(a).toContain('2575条');
    expect(a).not.toContain('政府信息5条');
  });
  it('a dash between the office and the year in the title ("…保障局-2020年…") is no part of the office\'s name', async () => {
    const kn = await kb(eastNorth);
    expect(kn.officeNames).toContain('盐城市盐都区人力资源和社会保障局');
    expect(kn.officeNames.some((o) => /[-－—]$/.test(o))).toBe(false);
  });
});

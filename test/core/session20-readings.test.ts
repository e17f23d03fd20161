// Readings added in session 20: held-out phrasings that stood as intent examples were removed from intents/
// (scripts/leaks.mjs --strip), and the readings that had leaned on them were made to generalise.
import { describe, expect, it } from 'vitest';
import { features } from '../../src/understand/classifier.js';
import { kb, talk } from './readings-kit.js';

const home = 'data/reports';

describe('session 20 readings: money and applying, said any way', () => {
  it('paying said as 交钱/付钱/掏钱 reads as 花钱, charging as 收钱 reads as 收费: the fee rules, not the fallback', async () => {
    const kn = await kb(home);
    for (const q of ['要交钱吗', '要不要付钱', '得掏钱不', '收不收钱']) expect(talk(kn, q)[0], q).toContain('第四十二条');
  });
  it('another matter\'s money ("社保要不要交钱") stays the honest fallback', async () => {
    const kn = await kb(home);
    expect(talk(kn, '社保要不要交钱')[0]).toContain('无法回答');
  });
  it('the asker\'s plan before his step ("我这个月打算申请二十多件") is no match for the report\'s plans ("打算如何改进工作")', () => {
    expect(features('我打算申请二十多件')).not.toContain('w:打算');
    expect(features('打算如何改进工作')).toContain('w:打算');
    expect(features('明年有什么打算')).toContain('w:打算');
  });
  it('this report pointed at ("这份年报什么时候发布的"): its own date, never the rules\' deadline of 1月31日', async () => {
    const kn = await kb(home);
    const [own] = talk(kn, '这份年报什么时候发布的');
    expect(own).not.toContain('1月31日');
    expect(own).toContain('落款日期');
    expect(talk(kn, '年报一般每年什么时候公布')[0]).toContain('1月31日');
  });
  it('thanks said briefly (谢了) is thanks', async () => {
    expect(talk(await kb(home), '谢了')[0]).toContain('不客气');
  });
});

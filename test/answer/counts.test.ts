import { describe, expect, it } from 'vitest';
import { countAsked, countFit } from '../../src/answer/retrieve.js';

describe('narrative counts', () => {
  it('the unit and the thing counted', () => {
    expect(countAsked('新媒体账号有几个')).toMatchObject({ unit: '个', nouns: ['新媒体', '账号'], change: false });
    expect(countAsked('新增了几个新媒体账号')?.change).toBe(true);
    // the measure word just before the how-many ("来件多少")
    expect(countAsked('12345热线来件多少')?.unit).toBe('件');
    expect(countAsked('负责的有几个人')?.unit).toBe('人');
    expect(countAsked('怎么申请')).toBeUndefined();
    // items of information with no measure word are counted in 条 ("发了多少信息" → "发布信息426条"), never the fee
    expect(countAsked('网站一年发了多少信息')?.unit).toBe('条');
    expect(countAsked('收了多少信息处理费')).toBeUndefined();
  });
  it('a stock of the thing asked beats a change and a count of something else', () => {
    const asked = countAsked('新媒体账号有几个')!;
    const stock = countFit('监督全区13家单位的16个政务新媒体账号的日常运维工作。', asked);
    const change = countFit('注销区城管局《南岗城管e线》1个新媒体账号', asked);
    const other = countFit('科学建设4个功能区', asked);
    expect(stock).toBeGreaterThan(change);
    expect(change).toBeGreaterThan(other);
    expect(countFit('没有数字', asked)).toBe(0);
  });
});

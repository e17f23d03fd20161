import { describe, expect, it } from 'vitest';
import { respectiveCounts } from '../../src/answer/respectively.js';

describe('respectiveCounts', () => {
  it('a list of things and their counts given respectively, 万 and decimals kept', () => {
    const got = respectiveCounts('2022年,全省行政许可、行政处罚、行政强制决定数量分别为2764.2万宗、3124万宗和188.2万宗;行政事业性收费总金额258.5亿元。');
    expect(got.map((c) => [c.item, c.value, c.unit])).toEqual([
      ['全省行政许可', 2764.2, '万宗'],
      ['行政处罚', 3124, '万宗'],
      ['行政强制决定数量', 188.2, '万宗'],
    ]);
  });
  it('the measure said once after the last count belongs to each', () => {
    expect(respectiveCounts('收到申请、办结、结转分别为12、10和2件').map((c) => c.unit)).toEqual(['件', '件', '件']);
  });
  it('as many counts as things, or nothing', () => {
    expect(respectiveCounts('许可、处罚、强制分别为12件和10件')).toEqual([]);
    expect(respectiveCounts('分别召开了会议')).toEqual([]);
  });
});

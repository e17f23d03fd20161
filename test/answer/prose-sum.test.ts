import { describe, expect, it } from 'vitest';
import { proseSumAnswer, sumInText } from '../../src/answer/prose-sum.js';
import { textOf } from '../../src/answer/render.js';
import type { Report } from '../../src/report/types.js';

const r = { id: 'x', office: '甲局', year: 2023, values: {}, findings: [] } as unknown as Report;

describe('a sum the report tells in words', () => {
  it('the parts after 其中 in the total\'s unit, a part\'s own bracketed breakdown left out', () => {
    const s = sumInText('2020年共发布信息42条,其中:机构信息4条,通知公告29条(其中行政处罚27条),人事信息1条,规划计划2条,财政信息4条,信息公开指南1条,信息公开年报1条。');
    expect(s).toMatchObject({ total: 42, unit: '条', parts: [4, 29, 1, 2, 4, 1, 1] });
  });
  it('no 其中, or one part only: no sum', () => {
    expect(sumInText('全年主动公开信息42条。')).toBeUndefined();
    expect(sumInText('共发布42条,其中政策文件3条。')).toBeUndefined();
  });
  it('adds up and says whether the parts make the total (来宾: 238 against 313)', () => {
    const s = sumInText('累计发布信息313条,其中政策文件14条、行政许可93条、行政执法37条、人事信息14条、年度财政预决算12条、其他重点信息5条、工作动态63条。')!;
    const t = textOf(proseSumAnswer(r, s, [313], '一、总体情况'));
    expect(t).toContain('= 238 条，与报告所写的总数 313 条不相等，相差 75 条');
    const ok = sumInText('全年累计主动公开各类信息116条。其中包括部门工作信息20条、养老服务信息26条、社会救助信息47条、部门信息公开年报1条、部门文件4条、县级部门财政预决算12条,其他信息6条。')!;
    expect(textOf(proseSumAnswer(r, ok, [116], '一、总体情况'))).toContain('= 116 条，与报告所写的总数 116 条相等，一致');
  });
  it('an approximate part ("20余条") is added as written, and said so', () => {
    const s = sumInText('共发布1528条,其中政务动态1380条,政策解读3条,重点工作信息20余条。')!;
    expect(s.approximate).toBe(true);
    expect(textOf(proseSumAnswer(r, s, [], ''))).toContain('约数按所写数字计');
  });
});

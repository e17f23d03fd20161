import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { statedRate } from '../../../src/core/policy/stated-rate.js';
import { knowledge, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh38-newb');
});

const jiangan = slots({ offices: ['武汉市江岸区人民政府'], years: [2025] });
const text = (d: ReturnType<typeof statedRate.decide>) => (d?.kind === 'passage' ? [d.parts.head, ...d.parts.lines].join('') : '');

describe('stated-rate', () => {
  it('a rate quoted from the text ("上涨17.52%，跟哪年比的"): its sentence, and which year 去年 is', () => {
    const t = text(statedRate.decide(u({ norm: '江岸25年报告里写依申请上涨17.52%,这个是跟哪年比的?', slots: jiangan }), {}, kn));
    expect(t).toContain('相较去年上涨17.52%');
    expect(t).toContain('“相较去年”是与2024年相比');
  });
  it('the report\'s own rate asked ("报告自己写的涨幅是多少"): the sentence that states a rate of change', () => {
    expect(text(statedRate.decide(u({ norm: '报告自己写的涨幅是多少', slots: jiangan }), {}, kn))).toContain('17.52%');
  });
  it('a rate the text does not state, or no rate asked: no decision', () => {
    expect(statedRate.decide(u({ norm: '依申请上涨了20%吗', slots: jiangan }), {}, kn)).toBeUndefined();
    expect(statedRate.decide(u({ norm: '依申请有多少', slots: jiangan }), {}, kn)).toBeUndefined();
  });
});

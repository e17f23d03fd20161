import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, slots, u } from './helpers.js';
import { yearSlipAsked } from '../../../src/core/policy/year-slip.js';

let nangang: Knowledge;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
});

// 南岗 2022: the preface says "在总结 2021 年政府信息公开工作的基础上", part 一 opens "2021 年，我办…"
describe('year-slip-asked', () => {
  it('a year the report\'s words name, pointed at with which year is meant: the period, those sentences, the slip', () => {
    const d = yearSlipAsked.decide(u({ norm: '前言里写“总结2021年工作”，数据是2022年的，以哪个为准', slots: slots({ years: [2021, 2022] }) }), {}, nangang);
    expect(d).toMatchObject({ kind: 'passage' });
    const text = d && d.kind === 'passage' ? d.parts.lines.join('') : '';
    expect(text).toContain('2022 年 12 月 31 日');
    expect(text).toContain('总结 2021 年');
    expect(text).toContain('笔误');
  });
  it('a year the report never names, or no slip asked: no decision', () => {
    expect(yearSlipAsked.decide(u({ norm: '前言里写“总结2019年工作”，是怎么回事', slots: slots({ years: [2019] }) }), {}, nangang)).toBeUndefined();
    expect(yearSlipAsked.decide(u({ norm: '2021年收到多少申请', slots: slots({ years: [2021] }) }), {}, nangang)).toBeUndefined();
  });
});

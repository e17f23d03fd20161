import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, slots, u } from './helpers.js';
import { periodWhy } from '../../../src/core/policy/period-why.js';
import { textOf } from '../../../src/answer/render.js';

let kn: Knowledge;
let nangang: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh154-newa');
  nangang = await knowledge();
});

// 中卫市沙坡头区人民政府 2016: "…统计期限自2016年8月19日起,至2016年12月31日止。(沙坡头区于8月19日正式挂牌成立)…"
const shapotou = slots({ offices: ['中卫市沙坡头区人民政府'], years: [2016] });

describe('period-why', () => {
  it('why the period starts on 8月19日: the period and what happened that day', () => {
    const d = periodWhy.decide(u({ norm: '为什么统计期从8月19日开始', kind: 'why', slots: shapotou }), {}, kn);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('挂牌成立');
    expect(text).not.toContain('电子版');
  });
  it('right after the period was asked, "为什么不从1月1号开始算": the same', () => {
    const d = periodWhy.decide(u({ norm: '为什么不从1月1号开始算', kind: 'why' }), { report: '中卫市沙坡头区人民政府-2016', intent: 'report.period' }, kn);
    expect(d && d.kind === 'passage' ? textOf(d.parts) : '').toContain('挂牌成立');
  });
  it('a period from 1 January, or no why: no decision', () => {
    expect(periodWhy.decide(u({ norm: '为什么统计期从1月1日开始', kind: 'why' }), {}, nangang)).toBeUndefined();
    expect(periodWhy.decide(u({ norm: '统计期从哪天开始', slots: shapotou }), {}, kn)).toBeUndefined();
  });
});

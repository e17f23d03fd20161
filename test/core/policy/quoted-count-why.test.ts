import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { quotedCountWhy } from '../../../src/core/policy/quoted-count-why.js';
import { textOf } from '../../../src/answer/render.js';
import { knowledge, metric, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh69-newa');
});

describe('quoted-count-why', () => {
  const office = slots({ offices: ['新港街'], years: [2023] });
  it('why some requests came out as they did, their count quoted and no row read: the sentence that counts them', () => {
    const d = quotedCountWhy.decide(u({ norm: '新港街道2023年有2件申请没给信息,原因是什么?', slots: office }), {}, kn);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('信息不存在2件');
  });
  it('no why, a row read, no count or two counts quoted, or no sentence holding the count: no decision', () => {
    expect(quotedCountWhy.decide(u({ norm: '新港街道2023年有2件申请没给信息吗?', slots: office }), {}, kn)).toBeUndefined();
    expect(quotedCountWhy.decide(u({ norm: '新港街道2023年不予公开的1件,原因是什么?', slots: office, metric: metric() }), {}, kn)).toBeUndefined();
    expect(quotedCountWhy.decide(u({ norm: '新港街道2023年收到4件申请,为什么有2件没给?', slots: office }), {}, kn)).toBeUndefined();
    expect(quotedCountWhy.decide(u({ norm: '新港街道2023年有7件申请没给,原因是什么?', slots: office }), {}, kn)).toBeUndefined();
  });
});

describe('quoted-count-why: 不予公开 read only from everyday words beside the count', () => {
  it('a report with no tables, "为啥有2件没给公开": the sentence counting the 2, never the exemptions in its place', async () => {
    const k = await knowledge('test/fixtures/reports-fresh79-newb');
    const d = quotedCountWhy.decide(u({ norm: '佳木斯市生态环境局2025年收到18件申请,为啥有2件没给公开?', slots: slots({ offices: ['佳木斯市生态环境局'], years: [2025] }), metric: metric({ rows: ['refused'] }) }), {}, k);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('非本机关掌握信息2件');
  });
  it('a report with tables, or the row named as such (不予公开2件): no decision', async () => {
    const home = await knowledge();
    expect(quotedCountWhy.decide(u({ norm: '南岗区2022年为啥有2件没给公开?申请的', metric: metric({ rows: ['refused'] }) }), {}, home)).toBeUndefined();
    const k = await knowledge('test/fixtures/reports-fresh79-newb');
    expect(quotedCountWhy.decide(u({ norm: '佳木斯市生态环境局2025年不予公开2件申请,为什么?', slots: slots({ offices: ['佳木斯市生态环境局'], years: [2025] }), metric: metric({ rows: ['refused'] }) }), {}, k)).toBeUndefined();
  });
});


import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { balanceWhy } from '../../../src/core/policy/balance-why.js';
import { knowledge, slots, u } from './helpers.js';

let kn: Knowledge;
let cut: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
  cut = await knowledge('test/fixtures/reports-fresh24-newb');
});
const text = (d: ReturnType<typeof balanceWhy.decide>) => (d?.kind === 'passage' ? d.parts.lines.join('') : '');

describe('balance-why', () => {
  it('why the handled differ from the received, with table 三: the balance in the report\'s cells', () => {
    const t = text(balanceWhy.decide(u({ norm: '为什么办结的比新收的多', kind: 'why' }), {}, kn));
    expect(t).toContain('上一年结转过来的申请');
    expect(t).toContain('本年新收 15 件 + 上年结转 0 件 = 15 件');
  });
  it('tables cut: the text\'s sentence about what was carried', () => {
    const t = text(balanceWhy.decide(u({ norm: '为什么答复了98件,比受理的95件还多', kind: 'why', slots: slots({ offices: ['长春市人民政府办公厅'] }) }), {}, cut));
    expect(t).toContain('含上年度转结申请8件');
  });
  it('no why, or not the two set against each other: no decision', () => {
    expect(balanceWhy.decide(u({ norm: '新收多少办结多少' }), {}, kn)).toBeUndefined();
    expect(balanceWhy.decide(u({ norm: '为什么不予公开' }), {}, kn)).toBeUndefined();
  });
});

describe('balance-why: why some were not finished', () => {
  it('"为什么有103件没办完": what carrying over is, with the report\'s count', async () => {
    const real = await knowledge('test/fixtures/reports-real');
    const t = text(balanceWhy.decide(u({ norm: '为什么有103件没办完', kind: 'why', metric: { table: '三', rows: ['carry-over'], cols: [], spans: [], rowsExplicit: true }, slots: slots({ offices: ['淮安市人民政府'] }) }), {}, real));
    expect(t).toContain('结转下年度的申请，是本年收到、到年底还在答复期限内没有办结的申请');
    expect(t).toContain('结转下年度继续办理的申请 103 件');
  });
});

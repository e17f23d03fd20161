import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { feeAskedPlainly, feeReckoned } from '../../../src/core/policy/fee-reckoned.js';
import { cands, knowledge, metric, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});
const id = (d: ReturnType<typeof feeReckoned.decide>) => (d && d.kind === 'intent' ? d.intent.id : undefined);

describe('fee-reckoned', () => {
  it('the fee for a number of requests the asker supposes: the fee rules, though the number reads as a count of requests', () => {
    for (const norm of ['一个人一个月内向同一个机关提交了25件信息公开申请,按件收信息处理费的话怎么算?', '我这个月申请了40件,处理费要交多少']) {
      expect(id(feeReckoned.decide(u({ norm, metric: metric() }), {}, kn))).toBe('procedure.fee');
    }
  });
  it('a report named, no number supposed, or no fee reckoned: no decision', () => {
    expect(feeReckoned.decide(u({ norm: '南岗区2022年收到了15件申请,收费怎么算', slots: slots({ years: [2022] }) }), {}, kn)).toBeUndefined();
    expect(feeReckoned.decide(u({ norm: '信息处理费怎么算' }), {}, kn)).toBeUndefined();
    expect(feeReckoned.decide(u({ norm: '我提交了25件申请,多久答复' }), {}, kn)).toBeUndefined();
  });
});

describe('fee-asked-plainly', () => {
  it('whether applying costs anything in everyday words ("得交几块钱", "得不得花钱"), whatever read best: the fee rules', () => {
    const c = cands(kn, ['procedure.repeat', 0.34], ['report.structure', 0.3]);
    for (const norm of ['申请一次得交几块钱', '想查个政府文件,得不得花钱', '申请这个收不收费']) {
      expect(feeAskedPlainly.decide(u({ norm, candidates: c }), {}, kn), norm).toMatchObject({ kind: 'intent', intent: { id: 'procedure.fee' } });
    }
  });
  it('the oral request asked with it ("…能不能口头说，帮着填"): its rule said first, 第二十九条', () => {
    const c = cands(kn, ['procedure.how', 0.34], ['procedure.fee', 0.2]);
    const d = feeAskedPlainly.decide(u({ norm: '信息公开申请得不得花钱,我不会写字能不能口头说让你们帮着填', candidates: c }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'procedure.fee' } });
    expect(d && 'noteIfAnswered' in d ? d.noteIfAnswered : '').toContain('第二十九条');
  });
  it('money of another matter, a figure asked, or no disclosure named: no decision', () => {
    const c = cands(kn, ['procedure.fee', 0.3]);
    expect(feeAskedPlainly.decide(u({ norm: '停车要交钱吗', candidates: c }), {}, kn)).toBeUndefined();
    expect(feeAskedPlainly.decide(u({ norm: '申请复印要交钱吗,补偿款什么时候给', candidates: c }), {}, kn)).toBeUndefined();
    expect(feeAskedPlainly.decide(u({ norm: '收了多少信息处理费', candidates: c, metric: { table: '六', rows: ['fee'], cols: [], spans: [] } as never }), {}, kn)).toBeUndefined();
  });
});

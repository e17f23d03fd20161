// New rules of session 48, on the reports they were written for (test/fixtures/reports-fresh18*-*, data/reports).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, slots, u } from './helpers.js';
import { matterAppliedFor } from '../../../src/core/policy/matter-applied-for.js';
import { otherBodyContact } from '../../../src/core/policy/other-body-contact.js';
import { stepOfLastAnswer } from '../../../src/core/policy/step-follow-up.js';
import { amountOfReportThing } from '../../../src/core/policy/amount-of-report-thing.js';
import { reportFeeFollowUp } from '../../../src/core/policy/fee-follow-up.js';
import { textOf } from '../../../src/answer/render.js';
import { metric } from './helpers.js';

let nangang: Knowledge;
let newb181: Knowledge;
let newa126: Knowledge;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
  newb181 = await knowledge('test/fixtures/reports-fresh181-newb');
  newa126 = await knowledge('test/fixtures/reports-fresh126-newa');
});

describe('matter-applied-for', () => {
  it('how to apply for a thing no intent word names (housing, a subsidy): the fallback', () => {
    for (const norm of ['廉租房要怎么申请', '采暖补贴咋申请呀']) expect(matterAppliedFor.decide(u({ norm }), {}, nangang)?.kind).toBe('fallback');
  });
  it('who applies (农民工, 个体户), a way of applying (网上) or a document: no decision', () => {
    for (const norm of ['农民工怎么申请', '个体户如何申请', '网上怎么申请', '征地批复怎么申请', '复议怎么申请']) expect(matterAppliedFor.decide(u({ norm }), {}, nangang)).toBeUndefined();
  });
  it('a follow-up or a second clause: no decision', () => {
    expect(matterAppliedFor.decide(u({ norm: '廉租房怎么申请', followUp: { is: true, onlySlots: false } }), {}, nangang)).toBeUndefined();
    expect(matterAppliedFor.decide(u({ norm: '我想要廉租房的名单，怎么申请' }), {}, nangang)).toBeUndefined();
  });
});

describe('other-body-contact', () => {
  it('the phone or address of a body no loaded office is: the fallback', () => {
    expect(otherBodyContact.decide(u({ norm: '税务局的电话是多少' }), {}, nangang)?.kind).toBe('fallback');
    expect(otherBodyContact.decide(u({ norm: '医保那边地址在哪' }), {}, nangang)?.kind).toBe('fallback');
  });
  it('the loaded office by a short form or a slip of its name, or this office addressed: no decision', () => {
    expect(otherBodyContact.decide(u({ norm: '住建局电话多少' }), {}, newb181)).toBeUndefined();
    expect(otherBodyContact.decide(u({ norm: '民证局的电话多少' }), {}, newa126)).toBeUndefined();
    expect(otherBodyContact.decide(u({ norm: '你们局电话多少' }), {}, newb181)).toBeUndefined();
  });
  it('the body inside an office name the slots read: no decision', () => {
    const s = slots({ offices: ['莲花山度假区住房保障和城乡建设局'], spans: [{ start: 0, end: 10 }] });
    expect(otherBodyContact.decide(u({ norm: '莲花山度假区住建局电话多少', slots: s }), {}, newb181)).toBeUndefined();
  });
});

describe('step-of-last-answer', () => {
  const afterDeadlines = { intent: 'procedure.remedy-deadline' };
  it('a step named alone after a procedure answer that speaks of it: that answer again', () => {
    const d = stepOfLastAnswer.decide(u({ norm: '那诉讼呢', metric: metric({ table: '四', rows: ['suit'] }), followUp: { is: true, onlySlots: false } }), afterDeadlines, nangang);
    expect(d?.kind === 'intent' ? d.intent.id : undefined).toBe('procedure.remedy-deadline');
  });
  it('after a figure, with no table word, or a word the answer does not hold: no decision', () => {
    const fu = { is: true, onlySlots: false };
    expect(stepOfLastAnswer.decide(u({ norm: '那诉讼呢', metric: metric({ table: '四', rows: ['suit'] }), followUp: fu }), { ...afterDeadlines, metric: metric({ table: '四', rows: ['review'] }) }, nangang)).toBeUndefined();
    expect(stepOfLastAnswer.decide(u({ norm: '那诉讼呢', followUp: fu }), afterDeadlines, nangang)).toBeUndefined();
    expect(stepOfLastAnswer.decide(u({ norm: '那部分公开呢', metric: metric({ rows: ['partial'] }), followUp: fu }), afterDeadlines, nangang)).toBeUndefined();
  });
});

describe('amount-of-report-thing', () => {
  it('the amount of a thing only the report names: its sentence, and that the report states no amount', () => {
    const d = amountOfReportThing.decide(u({ norm: '政务公开专区申请的专项资金有多少钱', reportOnlyWords: ['专项资金', '专区'] }), {}, nangang);
    const text = d?.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('待资金批复后');
    expect(text).toContain('报告没有写明具体金额');
  });
  it('the fee named, no word only the report uses, or a figure read: no decision', () => {
    expect(amountOfReportThing.decide(u({ norm: '信息处理费收多少钱', reportOnlyWords: ['专项资金'] }), {}, nangang)).toBeUndefined();
    expect(amountOfReportThing.decide(u({ norm: '申请要花多少钱' }), {}, nangang)).toBeUndefined();
    expect(amountOfReportThing.decide(u({ norm: '行政事业性收费金额多少', reportOnlyWords: ['专项资金'], metric: metric({ table: '二', rows: ['fees'] }) }), {}, nangang)).toBeUndefined();
  });
});

describe('report-fee-follow-up', () => {
  const afterCount = { intent: 'figures.query', report: '南岗区人民政府办公室-2022', metric: metric({ rows: ['new'] }) };
  const fu = { is: true, onlySlots: false };
  it('a fee named alone right after a figure of a report that states its fee: that report\'s fee', () => {
    const d = reportFeeFollowUp.decide(u({ text: '那收费呢', norm: '那收费多少', followUp: fu }), afterCount, nangang);
    expect(d?.kind === 'intent' ? d.intent.id : undefined).toBe('report.fee');
  });
  it('after a row of table 二 (收费 is its fees row), not a follow-up, or more than the fee said: no decision', () => {
    expect(reportFeeFollowUp.decide(u({ text: '收费呢', norm: '收费呢', followUp: fu }), { ...afterCount, metric: metric({ table: '二', rows: ['enforcement'] }) }, nangang)).toBeUndefined();
    expect(reportFeeFollowUp.decide(u({ text: '那收费呢', norm: '那收费呢' }), afterCount, nangang)).toBeUndefined();
    expect(reportFeeFollowUp.decide(u({ text: '那收费标准是怎么定的呢', norm: '那收费标准是怎么定的呢', followUp: fu }), afterCount, nangang)).toBeUndefined();
  });
});

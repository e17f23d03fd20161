// New rules of session 50, on the reports they were written for (test/fixtures/reports-fresh19*-*, data/reports).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, metric, slots, u } from './helpers.js';
import { reportFeeAsked } from '../../../src/core/policy/fee-follow-up.js';
import { permitService } from '../../../src/core/policy/off-topic.js';
import { detailPutRight } from '../../../src/core/policy/contact-fields.js';
import { planStatusFollowUp } from '../../../src/core/policy/plan-status.js';
import { thirdPartyNamed } from '../../../src/core/policy/third-party.js';
import { PASSAGE_INTENT } from '../../../src/core/respond.js';
import { textOf } from '../../../src/answer/render.js';

let nangang: Knowledge;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
});

const nangang2022 = slots({ offices: ['南岗区人民政府办公室'], years: [2022], spans: [{ start: 0, end: 3 }] });

describe('report-fee-asked', () => {
  it('whether the report tells the disclosure fee: the report\'s fee line', () => {
    const d = reportFeeAsked.decide(u({ norm: '南岗区2022年报里有没有写依申请公开的收费情况', slots: nangang2022 }), {}, nangang);
    expect(d?.kind === 'intent' ? d.intent.id : undefined).toBe('report.fee');
  });
  it('the fee rules asked, or table 二\'s fees row, or no report asked whether it tells: no decision', () => {
    expect(reportFeeAsked.decide(u({ norm: '申请公开信息要收费吗' }), {}, nangang)).toBeUndefined();
    expect(reportFeeAsked.decide(u({ norm: '南岗区2022年报有没有写行政事业性收费', slots: nangang2022 }), {}, nangang)).toBeUndefined();
    expect(reportFeeAsked.decide(u({ norm: '信息处理费怎么收', slots: nangang2022 }), {}, nangang)).toBeUndefined();
  });
});

describe('permit-service', () => {
  it('a licence of one\'s own to renew or replace: the fallback', () => {
    const d = permitService.decide(u({ norm: '我的食品经营许可证快期限了,怎么办理延续?', text: '我的食品经营许可证快到期了，怎么办理延续？', metric: metric({ table: '二', rows: ['license'] }) }), {}, nangang);
    expect(d?.kind).toBe('fallback');
  });
  it('a licence in a request for information, or table 二\'s licences counted: no decision', () => {
    const text = '我想申请公开我家许可证变更的材料';
    expect(permitService.decide(u({ norm: text, text }), {}, nangang)).toBeUndefined();
    const counted = '南岗区2022年行政许可有多少件';
    expect(permitService.decide(u({ norm: counted, text: counted, slots: nangang2022 }), {}, nangang)).toBeUndefined();
  });
});

describe('detail-put-right', () => {
  it('one detail put right for another: the one wanted', () => {
    const d = detailPutRight.decide(u({ norm: '不要邮箱,我要的是传真,领导要发文件' }), {}, nangang);
    expect(d?.kind === 'intent' ? d.intent.id : undefined).toBe('contact.fax');
    const e = detailPutRight.decide(u({ norm: '不是电话,是地址,她打电话听不清' }), {}, nangang);
    expect(e?.kind === 'intent' ? e.intent.id : undefined).toBe('contact.address');
  });
  it('a detail said not wanted and none put in its place, or a figure asked: no decision', () => {
    expect(detailPutRight.decide(u({ norm: '我不想打电话,能写信吗' }), {}, nangang)).toBeUndefined();
    expect(detailPutRight.decide(u({ norm: '不是电话,是地址', metric: metric() }), {}, nangang)).toBeUndefined();
  });
});

describe('plan-status-follow-up', () => {
  const after = { intent: PASSAGE_INTENT, text: '南岗区那个线下政务公开专区在哪' };
  it('right after the sentence of a plan, whether it is there now: the sentence and that it is only planned', () => {
    const state = { ...after, report: nangang.reports[0]!.id };
    const d = planStatusFollowUp.decide(u({ norm: '那现在能去不?' }), state, nangang);
    expect(d?.kind).toBe('passage');
    const text = d?.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('拟在中山路181号');
    expect(text).toContain('计划');
  });
  it('not after a passage, or a sentence of no plan, or a long question of its own: no decision', () => {
    const state = { ...after, report: nangang.reports[0]!.id };
    expect(planStatusFollowUp.decide(u({ norm: '那现在能去不?' }), { ...state, intent: 'contact.address' }, nangang)).toBeUndefined();
    expect(planStatusFollowUp.decide(u({ norm: '那现在能去不?' }), { ...state, text: '南岗区2022年收到多少申请' }, nangang)).toBeUndefined();
    expect(planStatusFollowUp.decide(u({ norm: '我现在能去南岗区政府办当面递交政府信息公开申请吗,要带什么材料' }), state, nangang)).toBeUndefined();
  });
});

describe('third-party-named', () => {
  it('papers asked for holding another\'s secrets, what the office does: the third party\'s rules', () => {
    const d = thirdPartyNamed.decide(u({ norm: '我要申请的材料里有别的公司的商业秘密,政府会怎么处理?' }), {}, nangang);
    expect(d?.kind === 'intent' ? d.intent.id : undefined).toBe('procedure.third-party');
  });
  it('no request of the asker\'s, nothing asked of the handling, or a count asked: no decision', () => {
    expect(thirdPartyNamed.decide(u({ norm: '商业秘密是什么意思' }), {}, nangang)).toBeUndefined();
    expect(thirdPartyNamed.decide(u({ norm: '别人的隐私信息会被泄露吗' }), {}, nangang)).toBeUndefined();
    expect(thirdPartyNamed.decide(u({ norm: '因为商业秘密不予公开的申请有几件', quantity: true }), {}, nangang)).toBeUndefined();
  });
});

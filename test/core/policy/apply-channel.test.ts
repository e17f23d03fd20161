import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { applyByChannel, channelAsked } from '../../../src/core/policy/apply-channel.js';
import { cands, knowledge, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

const ask = (norm: string) => applyByChannel.decide(u({ norm, classifierText: norm, candidates: cands(kn, ['contact.phone', 0.6]) }), {}, kn);

describe('apply-by-channel', () => {
  it('phone or WeChat as the way to apply: what 第二十九条 lists, not the phone number', () => {
    expect(ask('打电话能申请吗')).toMatchObject({ kind: 'intent', intent: { id: 'procedure.other-channel' } });
    expect(ask('可以发微信申请吗')).toMatchObject({ intent: { id: 'procedure.other-channel' } });
  });
  it('each listed channel its own answer: online, post, in person, orally', () => {
    expect(channelAsked('申请表可以发邮件吗')).toBe('procedure.online');
    expect(channelAsked('写封信寄过去申请行不行')).toBe('procedure.mail');
    expect(channelAsked('能去窗口当面递交吗')).toBe('procedure.in-person');
    expect(channelAsked('能不能打电话或者当面口头申请')).toBe('procedure.how');
  });
  it('the office\'s own name says no channel ("青海省邮政管理局不给我公开…怎么办"): no decision', () => {
    const norm = '青海省邮政管理局不给我公开申请的信息,我还能怎么办?';
    const named = slots({ offices: ['青海省邮政管理局'], spans: [{ start: 0, end: 8 }] });
    expect(applyByChannel.decide(u({ norm, classifierText: norm, slots: named, candidates: cands(kn, ['procedure.remedy', 0.6]) }), {}, kn)).toBeUndefined();
  });
  it('the story before the question does not stop it; the last clause asks', () => {
    expect(ask('我不会用电脑,写封信寄过去申请行不行')).toMatchObject({ intent: { id: 'procedure.mail' } });
  });
  it('a contact detail, the reply, the receipt date or a count asked: no decision', () => {
    expect(ask('有没有传真号?我想把申请表传真过去')).toBeUndefined();
    expect(ask('有没有电子邮箱可以发申请过去')).toBeUndefined();
    expect(ask('邮寄申请的话以哪天算你们收到')).toBeUndefined();
    expect(ask('网上申请一般多久答复')).toBeUndefined();
    expect(ask('电话多少')).toBeUndefined();
    expect(ask('打电话咨询申请的事可以吗')).toBeUndefined();
  });
  it('a channel word far from applying, or no question: no decision', () => {
    expect(channelAsked('我在微信上看到你们的年度报告说收到的申请很多')).toBeUndefined();
    expect(channelAsked('我已经在网上申请了')).toBeUndefined();
  });
});

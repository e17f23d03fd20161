import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { callFreeContact, contactDetailWanted, contactFieldsAsked, enquiryOfficeAsked, responsibleUnitAsked } from '../../../src/core/policy/contact-fields.js';
import { cands, knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});

describe('contact-fields-asked', () => {
  it('two details named, a figure intent read first ("电话和邮编分别是多少"): the whole contact block', () => {
    const d = contactFieldsAsked.decide(u({ norm: '电话和邮编分别是多少?', candidates: cands(kn, ['figures.overview', 0.58], ['contact.phone', 0.45]) }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'contact.all' } });
  });
  it('the phone beside office hours the reports never give ("电话多少，几点上班"): the block, not the hours fallback', () => {
    const d = contactFieldsAsked.decide(u({ norm: '电话多少,办公时间', candidates: cands(kn, ['contact.hours', 0.86], ['contact.phone', 0.68]) }), {}, kn);
    expect(d).toMatchObject({ intent: { id: 'contact.all' } });
  });
  it('where the office is, beside its hours ("你们办公室在哪，几点上班"): the block (在哪 of the office is its address)', () => {
    const d = contactFieldsAsked.decide(u({ norm: '信息科在哪办公时间', candidates: cands(kn, ['contact.hours', 0.7], ['contact.address', 0.6]) }), {}, kn);
    expect(d).toMatchObject({ intent: { id: 'contact.all' } });
    // (where to download or apply is no address)
    expect(contactFieldsAsked.decide(u({ norm: '你们在哪下载年报,办公时间', candidates: cands(kn, ['contact.hours', 0.7]) }), {}, kn)).toBeUndefined();
  });
  it('one detail of two offices named ("吉林市卫健委和周家桥街道办的电话分别是多少"), a figure intent read first: that detail', () => {
    const two = { years: [], offices: ['吉林市卫生健康委员会', '上海市长宁区周家桥街道办事处'], unknownOffices: [], spans: [] };
    const d = contactFieldsAsked.decide(u({ norm: '吉林市卫健委和周家桥街道办的电话分别是多少', slots: two, candidates: cands(kn, ['figures.overview', 0.65], ['contact.phone', 0.5]) }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'contact.phone' } });
    // (one office: no decision, as before)
    expect(contactFieldsAsked.decide(u({ norm: '电话分别是多少', candidates: cands(kn, ['figures.overview', 0.65]) }), {}, kn)).toBeUndefined();
  });
  it('one detail, a contact intent read first, a detail not wanted, or an official asked: no decision', () => {
    expect(contactFieldsAsked.decide(u({ norm: '电话多少', candidates: cands(kn, ['figures.overview', 0.5]) }), {}, kn)).toBeUndefined();
    expect(contactFieldsAsked.decide(u({ norm: '地址和邮编', candidates: cands(kn, ['contact.address', 0.6]) }), {}, kn)).toBeUndefined();
    expect(contactFieldsAsked.decide(u({ norm: '有没有邮箱可以发过去?我不太想打电话', candidates: cands(kn, ['figures.overview', 0.5]) }), {}, kn)).toBeUndefined();
    expect(contactFieldsAsked.decide(u({ norm: '区长电话和地址', candidates: cands(kn, ['figures.overview', 0.5]) }), {}, kn)).toBeUndefined();
  });
});

describe('contact-detail-wanted', () => {
  it('one detail asked for without a question word, a story beside it ("信息科电话发一下，有个申请人要打过去"): that detail', () => {
    const d = contactDetailWanted.decide(u({ norm: '信息科电话发一下,有个申请人要打过去' }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'contact.phone' } });
    expect(contactDetailWanted.decide(u({ norm: '地址给我' }), {}, kn)).toMatchObject({ intent: { id: 'contact.address' } });
  });
  it('two details named, none wanted by a give verb, or an official asked: no decision', () => {
    expect(contactDetailWanted.decide(u({ norm: '地址和电子邮箱发我一下' }), {}, kn)).toBeUndefined();
    expect(contactDetailWanted.decide(u({ norm: '电话多少' }), {}, kn)).toBeUndefined();
    expect(contactDetailWanted.decide(u({ norm: '区长电话发我一下' }), {}, kn)).toBeUndefined();
  });
});

describe('enquiry-office-asked', () => {
  it('whom to ask about a doubt ("对年报有疑问，应该找哪个单位"), where to apply read first: the contact department', () => {
    const d = enquiryOfficeAsked.decide(u({ norm: '对随县的政府信息公开有疑问,应该找哪个单位?', candidates: cands(kn, ['procedure.where', 0.56], ['contact.department', 0.43]) }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'contact.department' } });
  });
  it('the phone asked too ("打什么电话？找哪个单位？"): the whole contact block', () => {
    const d = enquiryOfficeAsked.decide(u({ norm: '对年报有疑问的话打什么电话?找哪个单位?', candidates: cands(kn, ['procedure.where', 0.8]) }), {}, kn);
    expect(d).toMatchObject({ intent: { id: 'contact.all' } });
  });
  it('applying said ("我想申请信息公开，应该找哪个单位"), no doubt, or a figure: no decision', () => {
    expect(enquiryOfficeAsked.decide(u({ norm: '我想申请信息公开,有疑问找哪个单位?' }), {}, kn)).toBeUndefined();
    expect(enquiryOfficeAsked.decide(u({ norm: '应该找哪个单位?' }), {}, kn)).toBeUndefined();
  });
});

describe('responsible-unit-asked', () => {
  it('which unit is responsible for the work ("哪个科室负责受理依申请公开"): the department, whatever figure its words name', () => {
    expect(responsibleUnitAsked.decide(u({ norm: '哪个科室负责受理依申请公开的' }), {}, kn)).toMatchObject({ kind: 'intent', intent: { id: 'contact.department' } });
    expect(responsibleUnitAsked.decide(u({ norm: '信息公开工作归哪个部门管' }), {}, kn)).toMatchObject({ intent: { id: 'contact.department' } });
  });
  it('a count asked beside it ("哪个部门受理的申请最多"), or no unit asked: no decision', () => {
    expect(responsibleUnitAsked.decide(u({ norm: '哪个部门受理的申请最多' }), {}, kn)).toBeUndefined();
    expect(responsibleUnitAsked.decide(u({ norm: '受理了多少件申请' }), {}, kn)).toBeUndefined();
  });
});

describe('call-free-contact', () => {
  it('the asker cannot phone and asks how to reach the office: the whole contact block', () => {
    const d = callFreeContact.decide(u({ norm: '我耳聋打不了电话,怎么联系你们', candidates: cands(kn, ['contact.phone', 0.7]) }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'contact.all' } });
  });
  it('said alone right after a contact answer: the block too', () => {
    expect(callFreeContact.decide(u({ norm: '我听不见', candidates: [] }), { intent: 'contact.phone' }, kn)).toMatchObject({ intent: { id: 'contact.all' } });
  });
  it('no reach asked and no contact before, or not about phoning at all: no decision', () => {
    expect(callFreeContact.decide(u({ norm: '我听不见', candidates: [] }), {}, kn)).toBeUndefined();
    expect(callFreeContact.decide(u({ norm: '怎么联系你们', candidates: [] }), {}, kn)).toBeUndefined();
  });
});

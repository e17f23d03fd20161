// New rules of session 51, on the reports they were written for (test/fixtures/reports-fresh19*-*, data/reports).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { cands, knowledge, metric, slots, u } from './helpers.js';
import { withheldInText } from '../../../src/core/policy/withheld-in-text.js';
import { howNotWhere } from '../../../src/core/policy/how-not-where.js';
import { permitService } from '../../../src/core/policy/off-topic.js';
import { requestsPartNamed } from '../../../src/core/policy/requests-part-named.js';
import { decreeNumberAsked } from '../../../src/core/policy/decree-number.js';
import { applyByPhone } from '../../../src/core/policy/contact-fields.js';
import { contactsOfMany } from '../../../src/core/policy/contacts-of-many.js';

let haikou: Knowledge;
let nangang: Knowledge;
beforeAll(async () => {
  haikou = await knowledge('test/fixtures/reports-fresh195-newa');
  nangang = await knowledge('data/reports');
});

const haikou2022 = slots({ offices: ['海口国家高新区'], years: [2022], spans: [{ start: 0, end: 5 }] });
const nangang2022 = slots({ offices: ['南岗区人民政府办公室'], years: [2022], spans: [{ start: 0, end: 3 }] });

describe('withheld-in-text', () => {
  it('which information is withheld, of a report without tables that says so: its sentence', () => {
    const d = withheldInText.decide(u({ norm: '海口高新区什么信息不予公开', slots: haikou2022, metric: metric() }), {}, haikou);
    expect(d?.kind).toBe('passage');
    expect(d?.kind === 'passage' ? d.parts.lines.join('') : '').toContain('国家秘密');
  });
  it('a count asked, another row, or a report with tables (南岗): no decision', () => {
    expect(withheldInText.decide(u({ norm: '海口高新区不予公开几件', slots: haikou2022, metric: metric(), quantity: true }), {}, haikou)).toBeUndefined();
    expect(withheldInText.decide(u({ norm: '海口高新区哪些信息予以公开', slots: haikou2022, metric: metric({ rows: ['granted'] }) }), {}, haikou)).toBeUndefined();
    expect(withheldInText.decide(u({ norm: '南岗区哪些信息不予公开', slots: nangang2022, metric: metric() }), {}, nangang)).toBeUndefined();
  });
});

describe('how-not-where', () => {
  it('how to hand a request in, read nearest as where: how to apply', () => {
    const norm = '想向区政府要一份文件，这个申请该怎么提交';
    const d = howNotWhere.decide(u({ norm, focus: '这个申请该怎么提交', candidates: cands(nangang, ['procedure.where', 0.58], ['procedure.how', 0.3]) }), {}, nangang);
    expect(d?.kind === 'intent' ? d.intent.id : undefined).toBe('procedure.how');
  });
  it('where or to whom asked, or another intent read nearest: no decision', () => {
    expect(howNotWhere.decide(u({ norm: '申请该怎么交，交给哪个部门', focus: '申请该怎么交，交给哪个部门', candidates: cands(nangang, ['procedure.where', 0.6]) }), {}, nangang)).toBeUndefined();
    expect(howNotWhere.decide(u({ norm: '申请怎么提交', focus: '申请怎么提交', candidates: cands(nangang, ['procedure.online', 0.6]) }), {}, nangang)).toBeUndefined();
  });
});

describe('permit-service (session 51: registrations and documents of one\'s own)', () => {
  it('a life event to register or a document of one\'s own to get: the fallback', () => {
    for (const norm of ['办结婚登记要怎么预约', '残疾证怎么办理']) expect(permitService.decide(u({ norm }), {}, nangang)?.kind).toBe('fallback');
  });
  it('its records asked, bringing one\'s ID to a request, or disclosure named: no decision', () => {
    for (const norm of ['婚姻登记档案怎么查', '要不要带身份证', '结婚登记的信息公开怎么申请']) expect(permitService.decide(u({ norm }), {}, nangang)).toBeUndefined();
  });
});

describe('requests-part-named', () => {
  it('a report named with only its requests\' part after it: figures.overview', () => {
    const d = requestsPartNamed.decide(u({ norm: '南岗22年依申请', slots: slots({ offices: ['南岗区人民政府办公室'], years: [2022], spans: [{ start: 0, end: 2 }, { start: 2, end: 5 }] }) }), {}, nangang);
    expect(d?.kind === 'intent' ? d.intent.id : undefined).toBe('figures.overview');
  });
  it('no report named, how asked, or more asked of it: no decision', () => {
    expect(requestsPartNamed.decide(u({ norm: '依申请公开' }), {}, nangang)).toBeUndefined();
    expect(requestsPartNamed.decide(u({ norm: '南岗区依申请公开怎么弄', slots: nangang2022 }), {}, nangang)).toBeUndefined();
    expect(requestsPartNamed.decide(u({ norm: '南岗区依申请公开要多久', slots: nangang2022 }), {}, nangang)).toBeUndefined();
  });
});

describe('decree-number-asked', () => {
  it('of a report named: the sentence citing the regulation with its decree, when it has one; else the regulation\'s decrees', () => {
    const liang = decreeNumberAsked.decide(u({ norm: '南岗区年报依据的条例是国务院令第几号', slots: nangang2022 }), {}, nangang);
    // (南岗 2022 cites the regulation without its decree: the regulation's own history)
    expect(liang?.kind === 'intent' ? liang.intent.id : liang?.kind).toBe('procedure.law');
  });
  it('…and the report\'s own sentence when it cites the decree ("…国务院令第711号…")', async () => {
    const liangHe = await knowledge('test/fixtures/reports-fresh197-newb');
    const d = decreeNumberAsked.decide(u({ norm: '亮河镇21年报依据的条例是第几号令', slots: slots({ offices: ['尚志市亮河镇人民政府'], years: [2021], spans: [{ start: 0, end: 3 }] }) }), {}, liangHe);
    expect(d?.kind === 'passage' ? d.parts.lines.join('') : '').toContain('国务院令第711号');
  });
  it('an address\'s 几号 or no decree asked: no decision', () => {
    expect(decreeNumberAsked.decide(u({ norm: '信息科在大成街几号' }), {}, nangang)).toBeUndefined();
    expect(decreeNumberAsked.decide(u({ norm: '条例是哪一年修订的' }), {}, nangang)).toBeUndefined();
  });
});

describe('apply-by-phone', () => {
  it('whether a call is a request: procedure.other-channel', () => {
    const d = applyByPhone.decide(u({ norm: '申请信息公开能不能直接打电话说一下就行' }), {}, nangang);
    expect(d?.kind === 'intent' ? d.intent.id : undefined).toBe('procedure.other-channel');
  });
  it('the phone wanted, or the office phoning: no decision', () => {
    expect(applyByPhone.decide(u({ norm: '信息科电话发一下' }), {}, nangang)).toBeUndefined();
    expect(applyByPhone.decide(u({ norm: '他们打电话说我的申请要延期答复' }), {}, nangang)).toBeUndefined();
  });
});

describe('contacts-of-many', () => {
  it('the contacts of the offices under a place, each: the fallback', () => {
    const d = contactsOfMany.decide(u({ norm: '把哈尔滨市各区政务公开联系人的手机号发我' }), {}, nangang);
    expect(d?.kind).toBe('fallback');
  });
  it('an office named after them, why asked, or a figure: no decision', () => {
    const named = slots({ offices: ['南岗区人民政府办公室'], spans: [{ start: 8, end: 14 }] });
    expect(contactsOfMany.decide(u({ norm: '市里要联系各区，南岗区政府办的电话是多少', slots: named }), {}, nangang)).toBeUndefined();
    expect(contactsOfMany.decide(u({ norm: '为什么各部门要在网站上公开办公地址' }), {}, nangang)).toBeUndefined();
  });
});

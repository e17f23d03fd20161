// New and changed rules of session 45, on the reports they were written for (test/fixtures/reports-fresh16[012]-*).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { cands, knowledge, metric, u } from './helpers.js';
import { PASSAGE_INTENT } from '../../../src/core/respond.js';
import { textOf } from '../../../src/answer/render.js';
import type { Decision } from '../../../src/core/policy/types.js';
import { citedDocumentNumber } from '../../../src/core/policy/document-number.js';
import { countInLastAnswer } from '../../../src/core/policy/last-answer-count.js';
import { countPublishedWhere } from '../../../src/core/policy/thing-published-where.js';
import { reportDateAsked } from '../../../src/core/policy/time-limit.js';
import { draftForMe } from '../../../src/core/policy/off-topic.js';
import { quantityTold } from '../../../src/core/policy/quantity-told.js';
import { principleAsked } from '../../../src/core/policy/principle-asked.js';
import { whyReportSays } from '../../../src/core/policy/why-report-says.js';
import { partsOfToldCount } from '../../../src/core/policy/quoted-count-why.js';
import { whyNoRequests } from '../../../src/core/policy/none-received.js';
import { OFFICIAL_ASKED } from '../../../src/core/patterns.js';
import { proseFigure } from '../../../src/core/prose-figures.js';

let newa160: Knowledge;
let newb160: Knowledge;
let newa161: Knowledge;
let newb161: Knowledge;
let newa162: Knowledge;
let newb162: Knowledge;
beforeAll(async () => {
  newa160 = await knowledge('test/fixtures/reports-fresh160-newa');
  newb160 = await knowledge('test/fixtures/reports-fresh160-newb');
  newa161 = await knowledge('test/fixtures/reports-fresh161-newa');
  newb161 = await knowledge('test/fixtures/reports-fresh161-newb');
  newa162 = await knowledge('test/fixtures/reports-fresh162-newa');
  newb162 = await knowledge('test/fixtures/reports-fresh162-newb');
});
const said = (d: Decision | undefined) => (d && d.kind === 'passage' ? textOf(d.parts) : '');

describe('cited-document-number', () => {
  const pingwu = { report: '平武县人民政府办公室-2023' };
  it('a cited notice\'s number asked by its issuer and year: the number the report prints, with its title', () => {
    const text = said(citedDocumentNumber.decide(u({ norm: '这个2023年报是按川办便函〔2022〕多少号文件的要求编的?' }), pingwu, newb160));
    expect(text).toContain('川办便函〔2022〕318号');
    expect(text).toContain('《四川省人民政府办公厅关于进一步做好政府信息公开工作年度报告编制发布工作的通知》');
    expect(said(citedDocumentNumber.decide(u({ norm: '引的国办公开办函〔2021〕是几号' }), pingwu, newb160))).toContain('〔2021〕30号');
  });
  it('an issuer the report does not cite, or no number asked: no decision', () => {
    expect(citedDocumentNumber.decide(u({ norm: '按浙政办函〔2022〕多少号文件编的' }), pingwu, newb160)).toBeUndefined();
    expect(citedDocumentNumber.decide(u({ norm: '川办便函〔2022〕318号说了什么' }), pingwu, newb160)).toBeUndefined();
  });
});

describe('count-in-last-answer', () => {
  const after = { intent: PASSAGE_INTENT, report: '句容市人民政府-2022', text: '句容2022年能全程在线办理的政务服务事项有多少项?' };
  it('"全年办了多少件" after the passage that counts it: that clause, not the results of table 三', () => {
    const d = countInLastAnswer.decide(u({ norm: '全年办了多少件?', kind: 'count', quantity: true, followUp: { is: true, onlySlots: false }, metric: metric({ rows: ['total'], vague: true }) }), after, newa160);
    expect(said(d)).toContain('全年办理3328473件');
    expect(said(d)).not.toContain('1512');
  });
  it('no follow-up, another measure, or a name of one character: no decision', () => {
    const follow = { is: true, onlySlots: false };
    expect(countInLastAnswer.decide(u({ norm: '全年办了多少件?', kind: 'count', quantity: true }), after, newa160)).toBeUndefined();
    expect(countInLastAnswer.decide(u({ norm: '全年办了多少条?', kind: 'count', quantity: true, followUp: follow }), after, newa160)).toBeUndefined();
    expect(countInLastAnswer.decide(u({ norm: '办了多少件?', kind: 'count', quantity: true, followUp: follow }), after, newa160)).toBeUndefined();
  });
});

describe('count-published-where', () => {
  const after = { intent: PASSAGE_INTENT, report: '上海市青浦区盈浦街道-2024', text: '盈浦街道2024年主动公开了多少条政府信息?' };
  it('"都是在哪里公开的" after the count: the sentence that counted them, naming the place', () => {
    const text = said(countPublishedWhere.decide(u({ norm: '都是在哪里公开的', followUp: { is: true, onlySlots: false } }), after, newb161));
    expect(text).toContain('街道门户网站政府信息公开专栏');
  });
  it('no count told before, or neither a follow-up nor a short question pointing back: no decision', () => {
    expect(countPublishedWhere.decide(u({ norm: '都是在哪里公开的', followUp: { is: true, onlySlots: false } }), { ...after, intent: 'contact.phone' }, newb161)).toBeUndefined();
    expect(countPublishedWhere.decide(u({ norm: '政府信息是在哪里公开的' }), after, newb161)).toBeUndefined();
    expect(countPublishedWhere.decide(u({ norm: '这些年你们的政府信息都是在哪里公开的' }), after, newb161)).toBeUndefined();
  });
  it('a short question pointing back ("都是在哪里公开的"), not marked a follow-up: the sentence that counted them', () => {
    expect(said(countPublishedWhere.decide(u({ norm: '都是在哪里公开的' }), after, newb161))).toContain('街道门户网站政府信息公开专栏');
  });
});

describe('report-date-asked', () => {
  it('"什么时候发布的", the deadline read first: the report\'s own date', async () => {
    const kn = newb161;
    const d = reportDateAsked.decide(u({ norm: '什么时候发布的?', candidates: cands(kn, ['procedure.annual-report', 0.669], ['report.published', 0.557]) }), {}, kn);
    expect(d?.kind === 'intent' && d.intent.id).toBe('report.published');
  });
  it('a deadline word, reports in general, or the date far below: no decision', () => {
    const kn = newb161;
    const c = cands(kn, ['procedure.annual-report', 0.669], ['report.published', 0.557]);
    expect(reportDateAsked.decide(u({ norm: '年报最晚什么时候发布的?', candidates: c }), {}, kn)).toBeUndefined();
    expect(reportDateAsked.decide(u({ norm: '年报一般什么时候发布的?', candidates: c }), {}, kn)).toBeUndefined();
    expect(reportDateAsked.decide(u({ norm: '什么时候发布的?', candidates: cands(kn, ['procedure.annual-report', 0.8], ['report.published', 0.4]) }), {}, kn)).toBeUndefined();
  });
});

describe('draft-for-me', () => {
  it('a document of another matter to write: the fallback, no suit counted', () => {
    expect(draftForMe.decide(u({ norm: '你能帮我写个离婚起诉书吗急用' }), {}, newa160)?.kind).toBe('fallback');
    expect(draftForMe.decide(u({ norm: '替我起草一份合同' }), {}, newa160)?.kind).toBe('fallback');
  });
  it('an application form, or suits asked: no decision', () => {
    expect(draftForMe.decide(u({ norm: '能帮我写个申请书吗' }), {}, newa160)).toBeUndefined();
    expect(draftForMe.decide(u({ norm: '被起诉了几次' }), {}, newa160)).toBeUndefined();
  });
});

describe('quantity-told', () => {
  const gd = { report: '广东省政务服务和数据管理局-2024' };
  it('"官网的总阅读量是多少": the sentence printing it before its number', () => {
    expect(said(quantityTold.decide(u({ norm: '官网2024年的总阅读量是多少?' }), gd, newb162))).toContain('总阅读量32402');
  });
  it('a quantity the text does not print, a count of requests, or a figure read: no decision', () => {
    expect(quantityTold.decide(u({ norm: '官网的访问量是多少?' }), gd, newb162)).toBeUndefined();
    expect(quantityTold.decide(u({ norm: '申请量是多少?' }), gd, newb162)).toBeUndefined();
    expect(quantityTold.decide(u({ norm: '总阅读量是多少?', metric: metric() }), gd, newb162)).toBeUndefined();
  });
});

describe('principle-asked (session 45)', () => {
  it('the principle stated without the word 原则 ("坚持以公开为常态、不公开为例外")', () => {
    const text = said(principleAsked.decide(u({ norm: '为什么主动公开了那么多信息,是出于什么原则?' }), { report: '句容市人民政府-2022' }, newa160));
    expect(text).toContain('公开为常态');
  });
});

describe('why-report-says (session 45)', () => {
  it('the words only the report uses in two sentences in a row under one heading: both', () => {
    const text = said(whyReportSays.decide(u({ norm: '为什么每条信息公开前都要层层审核?', kind: 'why', reportOnlyWords: ['层层', '审核'] }), { report: '天津市武清区河西务镇人民政府-2025' }, newa161));
    expect(text).toContain('审核机制');
    expect(text).toContain('确保内容准确');
  });
});

describe('parts-of-told-count (session 45)', () => {
  it('"那8条信息都是哪些类型": the sentence opening the list, with its numbered items', () => {
    const text = said(partsOfToldCount.decide(u({ norm: '主动公开的那8条信息都是哪些类型?' }), { report: '石狮市鸿山镇人民政府-2021' }, newb162));
    expect(text).toContain('主要类别如下');
    expect(text).toContain('农村工作政策');
    expect(text).toContain('占25%');
  });
});

describe('why-no-requests (session 45)', () => {
  it('the part asked as blank ("全是空的？是没统计吗"): the sentence saying none was received', () => {
    const text = said(whyNoRequests.decide(u({ norm: '为什么年报里依申请公开全是空的?是没统计吗?', kind: 'why' }), { report: '石家庄市工业和信息化局-2019' }, newa162));
    expect(text).toMatch(/未收到/);
    expect(text).toContain('0 件');
  });
});

describe('official-person (session 45)', () => {
  it('a private phone of an official, or names asked a clause later: the official asked', () => {
    expect(OFFICIAL_ASKED.test('把庐山市政府办公室主任的私人电话发我一下')).toBe(true);
    expect(OFFICIAL_ASKED.test('负责政府信息公开的工作人员有几个?叫什么名字?')).toBe(true);
    expect(OFFICIAL_ASKED.test('负责政府信息公开的工作人员有几个?')).toBe(false);
  });
});

describe('prose figures (session 45)', () => {
  it('the new requests named so after a count of all received: the named one', async () => {
    const kn = newa161;
    const r = kn.reports.find((x) => x.office.includes('河西务'))!;
    const told = proseFigure(r, metric({ rows: ['new'] }), kn);
    expect(told?.text).toContain('本年新收申请2件');
    expect(told?.text).not.toContain('3件');
  });
  it('the year of a document number asked ("川办便函〔2022〕多少号") is no report year', async () => {
    const { understand } = await import('../../../src/core/understanding.js');
    expect(understand(newb160, '平武县政府办这个2023年报是按川办便函〔2022〕多少号文件编的', {}).slots.years).toEqual([2023]);
  });
});

import { fieldPrintedAsked } from '../../../src/core/policy/contact-fields.js';
import { applicantsNamed } from '../../../src/core/policy/off-topic.js';
import { structureTold } from '../../../src/core/policy/structure-told.js';
import { officeHoursTold } from '../../../src/core/policy/office-hours.js';
import { madeToOrderAsked } from '../../../src/core/policy/need-create.js';

describe('field-printed-asked', () => {
  it('whether the report prints one contact detail: that detail\'s intent', async () => {
    const kn = await knowledge();
    const d = fieldPrintedAsked.decide(u({ norm: '有群众问邮箱,年报里有写邮箱吗?' }), {}, kn);
    expect(d?.kind === 'intent' && d.intent.id).toBe('contact.email');
  });
  it('two details, or none asked of the report: no decision', async () => {
    const kn = await knowledge();
    expect(fieldPrintedAsked.decide(u({ norm: '年报里有写电话和邮箱吗' }), {}, kn)).toBeUndefined();
    expect(fieldPrintedAsked.decide(u({ norm: '邮箱是多少' }), {}, kn)).toBeUndefined();
  });
});

describe('applicants-named', () => {
  it('who the applicants were, by name: the fallback', async () => {
    const kn = await knowledge();
    expect(applicantsNamed.decide(u({ norm: '申请信息公开的那15个人都是谁,把名单发我' }), {}, kn)?.kind).toBe('fallback');
    expect(applicantsNamed.decide(u({ norm: '申请人叫什么名字' }), {}, kn)?.kind).toBe('fallback');
  });
  it('what kind of applicants, or how many: no decision', async () => {
    const kn = await knowledge();
    expect(applicantsNamed.decide(u({ norm: '申请人都是什么人' }), {}, kn)).toBeUndefined();
    expect(applicantsNamed.decide(u({ norm: '有几个人申请' }), {}, kn)).toBeUndefined();
  });
});

describe('structure-told', () => {
  it('the report\'s parts, of a report that says how it is made up: that sentence and the count in figures', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh165-newa');
    const text = said(structureTold.decide(u({ norm: '2019年的政府信息公开年报一共包括几部分内容?' }), { report: '江苏省统计局-2019' }, kn));
    expect(text).toContain('八部分内容');
    expect(text).toContain('共 8 个部分');
  });
  it('the national format asked, or a report that says nothing of its parts: no decision', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh165-newa');
    expect(structureTold.decide(u({ norm: '按30号文的格式年报应该是几部分' }), { report: '江苏省统计局-2019' }, kn)).toBeUndefined();
    expect(structureTold.decide(u({ norm: '年报一共包括几部分' }), { report: '柳州市鱼峰区雒容镇人民政府-2024' }, kn)).toBeUndefined();
  });
});

describe('office-hours-told (session 45)', () => {
  const xilin = { report: '锡林郭勒盟科学技术局-2022' };
  it('a day off asked ("周六过去能办不"): the hours the report prints, with 节假日及双休日除外', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh163-newb');
    expect(said(officeHoursTold.decide(u({ norm: '周六过去能办不' }), xilin, kn))).toContain('双休日');
  });
  it('the hours beside a figure asked in another clause: the hours (the figure is added after)', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh163-newb');
    const d = officeHoursTold.decide(u({ norm: '2022年收到过信息公开申请吗?他们办公时间是几点到几点?', metric: metric({ rows: ['new'] }), candidates: cands(kn, ['contact.hours', 0.9]) }), xilin, kn);
    expect(said(d)).toContain('8:30');
  });
});

describe('made-to-order-asked (session 45)', () => {
  it('a table to be compiled asked as a duty ("汇总统计成一张表给我，他们必须给我做吗"): 第三十八条', async () => {
    const kn = await knowledge();
    const d = madeToOrderAsked.decide(u({ norm: '我想让区政府办把近几年各个街道的投诉数据汇总统计成一张表给我,他们必须给我做吗?' }), {}, kn);
    expect(d?.kind === 'intent' && d.intent.id).toBe('procedure.need-create');
  });
});

import { unitsSummedAsked } from '../../../src/core/policy/figures-scope.js';
import { channelCountFollowUp } from '../../../src/core/policy/last-answer-count.js';
import { petitionByRequest } from '../../../src/core/policy/petition.js';
import { addressChecked } from '../../../src/core/policy/phone-check.js';
import { officeNames } from '../../../src/understand/office-names.js';

describe('units-summed-asked', () => {
  it('every unit of the place added up, of one office\'s report: it counts its own office only', async () => {
    const kn = await knowledge();
    const text = said(unitsSummedAsked.decide(u({ norm: '整个南岗区,所有委办局和街道加起来,2022年一共收到多少件信息公开申请?' }), {}, kn));
    expect(text).toContain('没有统计');
  });
  it('the office\'s own count asked: no decision', async () => {
    const kn = await knowledge();
    expect(unitsSummedAsked.decide(u({ norm: '2022年一共收到多少件申请' }), {}, kn)).toBeUndefined();
  });
});

describe('channel-count-follow-up', () => {
  const after = { report: '天津市人力资源和社会保障局-2021', text: '天津市人社局2021年受理了多少件信息公开申请?', metric: metric({ rows: ['new'] }) };
  it('"当面的呢" after the requests\' count: the clause counting those handed in', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh166-newb');
    expect(said(channelCountFollowUp.decide(u({ norm: '当面的呢', followUp: { is: true, onlySlots: false } }), after, kn))).toContain('当面申请44件');
    expect(said(channelCountFollowUp.decide(u({ norm: '那网上申请的有多少', followUp: { is: true, onlySlots: false } }), after, kn))).toContain('网站申请181件');
  });
  it('not after a count of requests, or not a follow-up: no decision', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh166-newb');
    expect(channelCountFollowUp.decide(u({ norm: '当面的呢' }), after, kn)).toBeUndefined();
    expect(channelCountFollowUp.decide(u({ norm: '当面的呢', followUp: { is: true, onlySlots: false } }), { ...after, text: '电话多少' }, kn)).toBeUndefined();
  });
});

describe('petition-by-request (session 45)', () => {
  it('a phone call in the story is no other thing asked; "逼政府给个说法" is a complaint meant', async () => {
    const kn = await knowledge();
    const d = petitionByRequest.decide(u({ norm: '物业乱收费,给街道打电话也没人管。邻居说可以写个政府信息公开申请,逼政府给个说法。这样走信息公开申请的路子行不行?' }), {}, kn);
    expect(d?.kind === 'intent' && d.intent.id).toBe('procedure.petition');
  });
});

describe('address-checked (session 45)', () => {
  it('another street quoted, asked whether to go there ("…在中山路181号办公…是去那儿吗"): the report\'s address, not that street', async () => {
    const kn = await knowledge();
    const text = said(addressChecked.decide(u({ norm: '有人跟我说区政府办在中山路181号办公,我想当面问问年报的事,是去那儿吗?' }), {}, kn));
    expect(text).toContain('大成街');
    expect(text).toContain('不在中山路');
  });
});

describe('office names (session 45)', () => {
  it('a free-trade zone\'s area committee, a street named for a city gate, a league', () => {
    expect(officeNames('中国(福建)自由贸易试验区福州片区管理委员会')).toContain('福州自贸片区管委会');
    expect(officeNames('北京市东城区人民政府崇文门外街道办事处')).toContain('崇外街道');
    expect(officeNames('锡林郭勒盟科学技术局')).toContain('锡盟科学技术局');
  });
});

import { figureQuestion } from '../../../src/core/policy/figures.js';
import { whyToldCount } from '../../../src/core/policy/why-told-count.js';

describe('figure-question (session 45)', () => {
  it('a row put right after a figure ("不对，我想问的是不予处理，不是不予公开"): that row\'s figure', async () => {
    const kn = await knowledge();
    const after = { report: '南岗区人民政府办公室-2022', metric: metric({ rows: ['refused'] }) };
    const q = { text: '不对不对，我想问的是不予处理，不是不予公开', norm: '不予处理,不是不予公开', metric: metric({ rows: ['rejected'] }), candidates: cands(kn, ['procedure.outcomes', 0.589], ['figures.query', 0.2]) };
    expect(figureQuestion.decide(u(q), after, kn)?.kind).toBe('figure');
    expect(figureQuestion.decide(u(q), {}, kn)).toBeUndefined();
  });
});

describe('why-told-count (session 45)', () => {
  it('"为啥就一个人" right after the staff count: read with the question before it', async () => {
    const kn = await knowledge();
    const after = { report: '南岗区人民政府办公室-2022', text: '南岗区政府办政务公开工作几个人在做', intent: PASSAGE_INTENT };
    const text = said(whyToldCount.decide(u({ norm: '为啥就一个人', followUp: { is: true, onlySlots: false } }), after, kn));
    expect(text).toContain('离职');
  });
});

import { thirdPartyInRequest } from '../../../src/core/policy/exempt-asked.js';
import { comparedCountsWhy } from '../../../src/core/policy/why-report-says.js';
import { howToApply } from '../../../src/core/policy/story.js';

describe('third-party-in-request', () => {
  it('someone else\'s information in what the asker applies for: the third party\'s rule', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh167-newa');
    for (const norm of ['我申请公开的东西里可能有别人的个人信息,他们会怎么处理?', '我要的信息涉及到别人的隐私,会问那个人意见吗'])
      expect((thirdPartyInRequest.decide(u({ norm }), {}, kn) as { intent?: { id: string } })?.intent?.id, norm).toBe('procedure.third-party');
  });
  it('no one else\'s information, or nothing asked of its handling: no decision', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh167-newa');
    expect(thirdPartyInRequest.decide(u({ norm: '我申请的信息会怎么处理' }), {}, kn)).toBeUndefined();
    expect(thirdPartyInRequest.decide(u({ norm: '别人的个人信息能申请吗' }), {}, kn)).toBeUndefined();
  });
});

describe('compared-counts-why', () => {
  const yinchuan = { report: '银川市自然资源局-2022' };
  it('why one count of the text is larger than another: the sentence counting both, and no reason given', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh167-newb');
    const text = said(comparedCountsWhy.decide(u({ norm: '网络申请为什么比当面申请多?年报里有解释吗', kind: 'why' }), yinchuan, kn));
    expect(text).toContain('当面申请37件');
    expect(text).toContain('没有写明原因');
  });
  it('no why, or things the text does not count together: no decision', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh167-newb');
    expect(comparedCountsWhy.decide(u({ norm: '网络申请比当面申请多多少' }), yinchuan, kn)).toBeUndefined();
    expect(comparedCountsWhy.decide(u({ norm: '为什么网站比公众号发得多', kind: 'why' }), yinchuan, kn)).toBeUndefined();
  });
});

describe('cited-document-number (year asked too)', () => {
  it('"依据定政办发哪一年第几号文件编的": the number the report prints', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh168-newb');
    expect(said(citedDocumentNumber.decide(u({ norm: '2018年年报是依据定政办发哪一年第几号文件编的?' }), { report: '定西市地震局-2018' }, kn))).toContain('定政办发〔2018〕94号');
  });
});

describe('report-date-asked (period read first)', () => {
  it('"年报是哪天发的", the period read first: the report\'s date; the period asked in so many words: no decision', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh168-newb');
    const c = cands(kn, ['report.period', 0.332], ['report.published', 0.263]);
    const d = reportDateAsked.decide(u({ norm: '2025年的信息公开年报是哪天发的?', candidates: c }), {}, kn);
    expect(d?.kind === 'intent' && d.intent.id).toBe('report.published');
    expect(reportDateAsked.decide(u({ norm: '数据统计期限是从哪天到哪天发的', candidates: c }), {}, kn)).toBeUndefined();
  });
});

describe('how-to-apply (session 45)', () => {
  it('"申请怎么会有1521宗这么多" asks why, not how to apply', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh168-newa');
    const long = '海珠区2019年的信息公开申请怎么会有1521宗这么多?年报里有说原因吗';
    expect(howToApply.decide(u({ norm: long, classifierText: long, candidates: cands(kn, ['procedure.how', 0.3]) }), {}, kn)).toBeUndefined();
  });
});

describe('field-printed-asked and address-checked (late session 45)', () => {
  it('the phone as the report prints it wanted ("…联系电话，把年报里写的发我一下"): the phone', async () => {
    const kn = await knowledge('test/fixtures/reports-fresh169-newa');
    const d = fieldPrintedAsked.decide(u({ norm: '群里有人问开州区中和镇的信息公开联系电话,把年报里写的发我一下' }), {}, kn);
    expect(d?.kind === 'intent' && d.intent.id).toBe('contact.phone');
  });
  it('the address checked with the post code asked beside it: both', async () => {
    const kn = await knowledge();
    const text = said(addressChecked.decide(u({ norm: '南岗区政府办在大成街52号是吧,我想邮个东西过去邮编多少' }), {}, kn));
    expect(text).toContain('大成街');
    expect(text).toContain('150001');
  });
});

import { whyOfQuotedClaim } from '../../../src/core/policy/quoted-count-why.js';

describe('why-of-quoted-claim (session 45)', () => {
  it('the phrase an item\'s title ending its sentence ("…的空间: 一是队伍建设薄弱、力量缺乏。"): the sentence after it tells it', async () => {
    const kn = await knowledge();
    const text = said(whyOfQuotedClaim.decide(u({ text: '报告里说“队伍建设薄弱、力量缺乏”，为什么这么说？', norm: '报告里说“队伍建设薄弱、力量缺乏”,为什么这么说?', kind: 'why' }), {}, kn));
    expect(text).toContain('离职');
    expect(text).not.toContain('二是');
  });
});

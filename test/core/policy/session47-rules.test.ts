// New rules of session 47, on the reports they were written for (test/fixtures/reports-fresh17[6-9]-*, data/reports).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { cands, knowledge, metric, slots, u } from './helpers.js';
import { textOf } from '../../../src/answer/render.js';
import type { Decision } from '../../../src/core/policy/types.js';
import { applicantsAfterCount } from '../../../src/core/policy/applicants-after-count.js';
import { reportDeadlineAsked } from '../../../src/core/policy/report-deadline.js';
import { examplesOfLastPassage } from '../../../src/core/policy/examples-follow-up.js';
import { wordingOfThingAsked } from '../../../src/core/policy/wording-asked.js';
import { whyTheReportExplains } from '../../../src/core/policy/why-report-says.js';
import { notHandledAsRequest } from '../../../src/core/policy/not-handled-as-request.js';
import { feeFollowUp } from '../../../src/core/policy/fee-follow-up.js';
import { PASSAGE_INTENT } from '../../../src/core/respond.js';

let nangang: Knowledge;
let newa177: Knowledge;
let newb177: Knowledge;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
  newa177 = await knowledge('test/fixtures/reports-fresh177-newa');
  newb177 = await knowledge('test/fixtures/reports-fresh177-newb');
});
const said = (d: Decision | undefined) => (d && d.kind === 'passage' ? textOf(d.parts) : '');
const intentOf = (d: Decision | undefined) => (d && d.kind === 'intent' ? d.intent.id : undefined);

describe('applicants-after-count', () => {
  const after = { report: '新余市公路事业发展中心-2024', metric: metric({ table: '三', rows: ['new'], vague: true }) };
  it('who the applicants were, right after a count of the requests: the applicant columns of that report', () => {
    const d = applicantsAfterCount.decide(u({ norm: '申请人都是些什么人?' }), after, newa177);
    expect(d?.kind).toBe('figure');
    expect(d && d.kind === 'figure' ? d.metric.cols : []).toEqual(['natural', 'org']);
    expect(applicantsAfterCount.decide(u({ norm: '都是谁申请的' }), after, newa177)?.kind).toBe('figure');
  });
  it('no count of the requests before, another figure before, or who may apply: no decision', () => {
    expect(applicantsAfterCount.decide(u({ norm: '申请人都是些什么人?' }), { report: '新余市公路事业发展中心-2024' }, newa177)).toBeUndefined();
    expect(applicantsAfterCount.decide(u({ norm: '申请人都是些什么人?' }), { ...after, metric: metric({ table: '二', rows: ['normative'] }) }, newa177)).toBeUndefined();
    expect(applicantsAfterCount.decide(u({ norm: '谁可以申请政府信息公开' }), after, newa177)).toBeUndefined();
  });
});

describe('report-deadline-asked', () => {
  it('an annual report said to be late, or its deadline asked: the deadlines of 第四十九条', () => {
    const late = reportDeadlineAsked.decide(u({ norm: '六安市政府2023年的年报2月28号才发出来,不是说年报要1月底前发吗,为啥这么晚' }), {}, newb177);
    expect(intentOf(late)).toBe('procedure.annual-report');
    const deadline = reportDeadlineAsked.decide(u({ norm: '吉林省生态环境厅2025年的年报2026年2月2号才挂出来,部门年报不是有期限吗?' }), {}, newb177);
    expect(intentOf(deadline)).toBe('procedure.annual-report');
  });
  it('the statistics period, a late reply to a request, or no report named: no decision', () => {
    expect(reportDeadlineAsked.decide(u({ norm: '贵阳大数据局2020年报里写的数据统计时限是从哪天到哪天' }), {}, newb177)).toBeUndefined();
    expect(reportDeadlineAsked.decide(u({ norm: '和平区发改委逾期不答复我的信息公开申请怎么办' }), {}, newb177)).toBeUndefined();
  });
});

describe('examples-of-last-passage', () => {
  const after = { report: '六安市人民政府-2023', intent: PASSAGE_INTENT, text: '六安公共企事业单位信息公开覆盖了多少个单位' };
  it('which ones or an example, asked alone after a passage that lists some: that passage', () => {
    const text = said(examplesOfLastPassage.decide(u({ norm: '都有哪些类型,举两个例子' }), after, newb177));
    expect(text).toContain('中小学、卫生院');
  });
  it('no passage before, a question of its own, or a long message: no decision', () => {
    expect(examplesOfLastPassage.decide(u({ norm: '都有哪些类型,举两个例子' }), { report: '六安市人民政府-2023' }, newb177)).toBeUndefined();
    expect(examplesOfLastPassage.decide(u({ norm: '六安市有哪些部门' }), after, newb177)).toBeUndefined();
    expect(examplesOfLastPassage.decide(u({ norm: '都有哪些类型的单位参与了信息公开工作请详细列举' }), after, newb177)).toBeUndefined();
  });
});

describe('wording-of-thing-asked', () => {
  it('how the report words a thing told first: its sentence', () => {
    const text = said(wordingOfThingAsked.decide(u({ norm: '我记得在政府网站上传各类信息是600多条,年报里原话怎么写的?' }), {}, nangang));
    expect(text).toContain('600 余条');
  });
  it('a question before it, a part of the report named, or nothing told: no decision', () => {
    expect(wordingOfThingAsked.decide(u({ norm: '依申请公开办了多少件,年报里怎么说的?' }), {}, nangang)).toBeUndefined();
    expect(wordingOfThingAsked.decide(u({ norm: '第六部分其他需要报告的事项,初稿写的是收费100元,年报原文怎么写的?' }), {}, nangang)).toBeUndefined();
    expect(wordingOfThingAsked.decide(u({ norm: '年报里原话怎么写的' }), {}, nangang)).toBeUndefined();
  });
});

describe('why-the-report-explains', () => {
  it('a why asked with how the report explains it, or the reasons it wrote: the report\'s own reasons', () => {
    const text = said(whyTheReportExplains.decide(u({ norm: '为什么公开的信息内容比较单一?报告里怎么解释的', kind: 'why' }), {}, nangang));
    expect(text).toContain('涉密');
    const written = said(whyTheReportExplains.decide(u({ norm: '报告里说政务信息来源有缺口、内容单一,他们写的原因是什么?', kind: 'why' }), {}, nangang));
    expect(written).toContain('涉密');
  });
  it('a why with no word of the report\'s explanation asked: no decision (the other rules read it)', () => {
    expect(whyTheReportExplains.decide(u({ norm: '为什么不给我公开', kind: 'why' }), {}, nangang)).toBeUndefined();
  });
});

describe('not-handled-as-request', () => {
  it('an office\'s reply that a request is not handled as one: 第三十九条\'s intent', () => {
    expect(intentOf(notHandledAsRequest.decide(u({ norm: '我给镇里写信反映邻居占道,为什么他们说不按政府信息公开处理?' }), {}, nangang))).toBe('procedure.petition');
    expect(intentOf(notHandledAsRequest.decide(u({ norm: '告知书上写着不作为政府信息公开申请处理' }), {}, nangang))).toBe('procedure.petition');
  });
  it('a request meant as a lever on a grievance, whether it works asked: 第三十九条\'s intent', () => {
    expect(intentOf(notHandledAsRequest.decide(u({ norm: '物业不管事，我写个信息公开申请交给街道让他们给个说法，管用吗' }), {}, nangang))).toBe('procedure.petition');
  });
  it('a request handled or refused, or a request written with no grievance to settle: no decision', () => {
    expect(notHandledAsRequest.decide(u({ norm: '他们说不予公开,为什么' }), {}, nangang)).toBeUndefined();
    expect(notHandledAsRequest.decide(u({ norm: '写个信息公开申请要多久答复' }), {}, nangang)).toBeUndefined();
  });
});

describe('fee-follow-up', () => {
  const after = { intent: 'procedure.fee' };
  it('the asker\'s own number of requests right after the fee rules: the fee rules again', () => {
    expect(intentOf(feeFollowUp.decide(u({ norm: '那要是我一个月申请十几件呢', candidates: cands(nangang, ['figures.query', 0.5]) }), after, nangang))).toBe('procedure.fee');
  });
  it('not after the fee rules, or a year of the report named: no decision', () => {
    expect(feeFollowUp.decide(u({ norm: '那要是我一个月申请十几件呢' }), {}, nangang)).toBeUndefined();
    expect(feeFollowUp.decide(u({ norm: '2022年一个月申请十几件的有没有', slots: slots({ years: [2022] }) }), after, nangang)).toBeUndefined();
  });
});

// Rules added in session 54, on hand-built readings and the reports they were added for.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import type { Decision } from '../../../src/core/policy/types.js';
import { PASSAGE_INTENT } from '../../../src/core/respond.js';
import { cands, knowledge, metric, u } from './helpers.js';
import { documentNumberOfLastPassage } from '../../../src/core/policy/document-number.js';
import { statisticsPeriodNamed } from '../../../src/core/policy/time-limit.js';
import { whyOfNamedRequest } from '../../../src/core/policy/passages.js';
import { unitOfLastFigure } from '../../../src/core/policy/unit-follow-up.js';
import { countOfThingAskedBefore } from '../../../src/core/policy/last-answer-count.js';
import { dayOffVisitAsked, visitWhereAsked } from '../../../src/core/policy/visit-where.js';
import { repeatedRequest, requestContentAsked } from '../../../src/core/policy/unclear-request.js';
import { tableThreeAllZeroWhy } from '../../../src/core/policy/all-zero-why.js';
import { resultOfReasonAsked } from '../../../src/core/policy/parent-result.js';

let qinghai: Knowledge;
let nangang: Knowledge;
let linxia: Knowledge;
let xiangtan: Knowledge;
beforeAll(async () => {
  qinghai = await knowledge('test/fixtures/reports-fresh214-newa');
  nangang = await knowledge('data/reports');
  linxia = await knowledge('test/fixtures/reports-fresh218-newb');
  xiangtan = await knowledge('test/fixtures/reports-fresh219-newa');
});

const lines = (d: Decision | undefined): string => (d?.kind === 'passage' ? d.parts.lines.join('') : '');

describe('document-number-of-last-passage', () => {
  const state = { intent: PASSAGE_INTENT, report: '青海省民政厅-2017', text: '民政厅8月10日印发的是什么通知' };
  it('a short 文号 follow-up after a passage citing one numbered document: that number, with the title', () => {
    const out = lines(documentNumberOfLastPassage.decide(u({ norm: '那文号是多少', followUp: { is: true, onlySlots: false } }), state, qinghai));
    expect(out).toContain('青民办〔2017〕85号');
    expect(out).toContain('《关于进一步做好政务公开工作的通知》');
  });
  it('the question before matching two passages alike (no date said): no guess between their documents', () => {
    const vague = { ...state, text: '民政厅印发了什么通知' };
    expect(documentNumberOfLastPassage.decide(u({ norm: '文号呢', followUp: { is: true, onlySlots: false } }), vague, qinghai)).toBeUndefined();
  });
  it('not a follow-up, or not after a passage: other rules answer', () => {
    expect(documentNumberOfLastPassage.decide(u({ norm: '文号呢' }), state, qinghai)).toBeUndefined();
    expect(documentNumberOfLastPassage.decide(u({ norm: '文号呢', followUp: { is: true, onlySlots: false } }), { ...state, intent: 'contact.phone' }, qinghai)).toBeUndefined();
  });
});

describe('statistics-period-named', () => {
  it('the period named and its ends asked, the classifier reading an address first: the period', () => {
    const d = statisticsPeriodNamed.decide(u({ norm: '统计期限是从几号到几号', candidates: cands(nangang, ['contact.address', 0.71], ['report.period', 0.21]) }), {}, nangang);
    expect(d?.kind === 'intent' && d.intent.id).toBe('report.period');
  });
  it('a count asked within the period is a figure, not the period', () => {
    const d = statisticsPeriodNamed.decide(u({ norm: '统计期限内收到几件申请', metric: metric({ rows: ['new'] }), candidates: cands(nangang, ['figures.query', 0.5]) }), {}, nangang);
    expect(d).toBeUndefined();
  });
  it('no period named: no decision', () => {
    expect(statisticsPeriodNamed.decide(u({ norm: '门牌是几号', candidates: cands(nangang, ['contact.address', 0.8]) }), {}, nangang)).toBeUndefined();
  });
});

describe('why-of-named-request', () => {
  it('why a request named by what it asked for was not given, of a report whose tables lack the result: its passage', () => {
    const m = metric({ rows: ['unable'] });
    const d = whyOfNamedRequest.decide(u({ norm: '临夏州水务局为什么不给水资源公报', metric: m, reportOnlyWords: ['水资源', '公报'] }), { report: '临夏州水务局-2024' }, linxia);
    expect(lines(d)).toContain('本机关不掌握');
  });
  it('not a why, or no word only the report uses: no decision', () => {
    const m = metric({ rows: ['unable'] });
    expect(whyOfNamedRequest.decide(u({ norm: '水资源公报给了吗', metric: m, reportOnlyWords: ['水资源', '公报'] }), { report: '临夏州水务局-2024' }, linxia)).toBeUndefined();
    expect(whyOfNamedRequest.decide(u({ norm: '为什么无法提供', metric: m }), { report: '临夏州水务局-2024' }, linxia)).toBeUndefined();
  });
});

describe('unit-of-last-figure', () => {
  it('the unit asked right after a figure: that figure again', () => {
    const prev = metric({ table: '二', rows: ['fees'] });
    const d = unitOfLastFigure.decide(u({ norm: '单位是元还是万元' }), { metric: prev }, nangang);
    expect(d?.kind === 'figure' && d.metric).toEqual(prev);
  });
  it('no figure before, or a figure named of its own: no decision', () => {
    expect(unitOfLastFigure.decide(u({ norm: '单位是元还是万元' }), {}, nangang)).toBeUndefined();
    expect(unitOfLastFigure.decide(u({ norm: '收费单位是万元吗', metric: metric({ table: '二', rows: ['fees'] }) }), { metric: metric() }, nangang)).toBeUndefined();
  });
});

describe('count-of-thing-asked-before', () => {
  const state = { intent: PASSAGE_INTENT, report: '临夏州水务局-2024', text: '临夏州水务局的微信公众号叫什么' };
  it('a bare how-many after a passage: the count of what the question before named, in the unit asked', () => {
    const d = countOfThingAskedBefore.decide(u({ norm: '发了多少条', kind: 'count', quantity: true, followUp: { is: true, onlySlots: false } }), state, linxia);
    expect(lines(d)).toContain('323条');
    expect(lines(d)).not.toContain('93条');
  });
  it('a how-many that names its own thing is count-in-last-answer\'s', () => {
    expect(countOfThingAskedBefore.decide(u({ norm: '门户网站发了多少条', kind: 'count', quantity: true, followUp: { is: true, onlySlots: false } }), state, linxia)).toBeUndefined();
  });
});

describe('visit-where-asked', () => {
  it('where, asked with going there in person: the address', () => {
    const d = visitWhereAsked.decide(u({ norm: '在哪我想直接过去一趟' }), {}, nangang);
    expect(d?.kind === 'intent' && d.intent.id).toBe('contact.address');
  });
  it('when to go, or no visit said: no decision', () => {
    expect(visitWhereAsked.decide(u({ norm: '几点过去一趟比较好，在哪' }), {}, nangang)).toBeUndefined();
    expect(visitWhereAsked.decide(u({ norm: '年报在哪里' }), {}, nangang)).toBeUndefined();
  });
});

describe('repeated-request', () => {
  it('a request made again, what happens asked: the repeat rule', () => {
    const d = repeatedRequest.decide(u({ norm: '已经拿到答复了，再申请一遍会怎么处理' }), {}, nangang);
    expect(d?.kind === 'intent' && d.intent.id).toBe('procedure.repeat');
  });
  it('a count of repeated requests asked of the report is a figure', () => {
    expect(repeatedRequest.decide(u({ norm: '重复申请的有几件会怎么处理', quantity: true, metric: metric({ rows: ['unprocessed.repeat'] }) }), {}, nangang)).toBeUndefined();
  });
});

describe('request-content-asked', () => {
  it('what a request must hold: the regulation\'s list', () => {
    const d = requestContentAsked.decide(u({ norm: '申请里必须写清哪些内容' }), {}, nangang);
    expect(d?.kind === 'intent' && d.intent.id).toBe('procedure.content');
  });
  it('what an office must publish is another matter', () => {
    expect(requestContentAsked.decide(u({ norm: '哪些信息必须主动公开' }), {}, nangang)).toBeUndefined();
  });
});

describe('table-three-all-zero-why', () => {
  it('why table 三 is all zeros, of a report that received none: said from its first rows', () => {
    const d = tableThreeAllZeroWhy.decide(u({ norm: '表三为什么全是0' }), { report: '湘潭市新闻出版局-2021' }, xiangtan);
    expect(lines(d)).toContain('没有收到');
  });
  it('of a report that received requests: no decision', () => {
    expect(tableThreeAllZeroWhy.decide(u({ norm: '表三为什么全是0' }), {}, nangang)).toBeUndefined();
  });
});

describe('result-of-reason-asked', () => {
  it('which result a reason was counted under, right after its figure: that result', () => {
    const prev = metric({ rows: ['rejected.petition'] });
    const d = resultOfReasonAsked.decide(u({ norm: '那这一类最后算进了哪一项结果' }), { metric: prev }, nangang);
    expect(d?.kind === 'figure' && d.metric.rows).toEqual(['rejected']);
  });
  it('a result itself has no result above it; no figure before: no decision', () => {
    expect(resultOfReasonAsked.decide(u({ norm: '算进了哪一项' }), { metric: metric({ rows: ['refused'] }) }, nangang)).toBeUndefined();
    expect(resultOfReasonAsked.decide(u({ norm: '算进了哪一项' }), {}, nangang)).toBeUndefined();
  });
});

describe('day-off-visit-asked', () => {
  it('whether one can go there on a day off: the office\'s hours', () => {
    const d = dayOffVisitAsked.decide(u({ norm: '周末能过去当面交申请吗' }), {}, nangang);
    expect(d?.kind === 'intent' && d.intent.id).toBe('contact.hours');
  });
  it('no day off named, or a figure asked: no decision', () => {
    expect(dayOffVisitAsked.decide(u({ norm: '能过去当面交申请吗' }), {}, nangang)).toBeUndefined();
    expect(dayOffVisitAsked.decide(u({ norm: '节假日受理了几件', metric: metric({ rows: ['new'] }) }), {}, nangang)).toBeUndefined();
  });
});

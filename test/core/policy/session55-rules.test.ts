// Rules added in session 55, on hand-built readings and the report they were added for.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import type { Decision } from '../../../src/core/policy/types.js';
import { knowledge, metric, u } from './helpers.js';
import { whyReportWordsBesideFigure } from '../../../src/core/policy/why-report-says.js';
import { countWithoutSubject, totalOfLastFigure } from '../../../src/core/policy/count-without-subject.js';
import { partsOfLastCount } from '../../../src/core/policy/parts-of-last-count.js';
import { guidePublishedWhere, siteOfPublishingAsked } from '../../../src/core/policy/thing-published-where.js';
import { basisOfLastRow } from '../../../src/core/policy/article.js';
import { howOftenInLastPassage } from '../../../src/core/policy/how-often.js';
import { reportOnlineWhere } from '../../../src/core/policy/visit-where.js';
import { PASSAGE_INTENT } from '../../../src/core/respond.js';

let yuhang: Knowledge;
let nangang: Knowledge;
let helan: Knowledge;
let wanxiu: Knowledge;
let cangmen: Knowledge;
let baodi: Knowledge;
beforeAll(async () => {
  baodi = await knowledge('test/fixtures/reports-fresh228-newb');
  helan = await knowledge('test/fixtures/reports-fresh226-newb');
  wanxiu = await knowledge('test/fixtures/reports-fresh226-newa');
  cangmen = await knowledge('test/fixtures/reports-fresh227-newb');
  nangang = await knowledge('data/reports');
  yuhang = await knowledge('test/fixtures/reports-fresh225-newb');
});

const lines = (d: Decision | undefined): string => (d?.kind === 'passage' ? d.parts.lines.join('') : '');
const state = { report: '杭州市余杭区发展和改革局-2022' };
const documents = metric({ table: '二', rows: ['regulatory'] });

describe('why-report-words-beside-figure', () => {
  it('a why quoting the report at length beside a figure named: the sentence that holds the words, with its reasons', () => {
    const d = whyReportWordsBesideFigure.decide(u({ norm: '出台规范性文件为什么要面向社会公开征求意见', kind: 'why', metric: documents }), state, yuhang);
    expect(lines(d)).toContain('民主立法');
  });
  it('a why of the figure itself, no stretch of the report\'s words long enough that is no figure\'s: no decision', () => {
    expect(whyReportWordsBesideFigure.decide(u({ norm: '规范性文件为什么这么少', kind: 'why', metric: documents }), state, yuhang)).toBeUndefined();
  });
  it('no figure named, or no why: left to why-report-says in its own place, or to the figure rules', () => {
    expect(whyReportWordsBesideFigure.decide(u({ norm: '为什么要面向社会公开征求意见', kind: 'why' }), state, yuhang)).toBeUndefined();
    expect(whyReportWordsBesideFigure.decide(u({ norm: '规范性文件面向社会公开征求意见了吗', kind: 'yesno', metric: documents }), state, yuhang)).toBeUndefined();
  });
});

describe('count-without-subject', () => {
  it('a how-many alone, nothing counted before it: the fallback', () => {
    expect(countWithoutSubject.decide(u({ norm: '多少件' }), {}, nangang)).toMatchObject({ kind: 'fallback' });
    expect(countWithoutSubject.decide(u({ norm: '各多少件？' }), { intent: 'procedure.exempt' }, nangang)).toMatchObject({ kind: 'fallback' });
  });
  it('a figure answered just before, a figure or an office named, or more words: other rules answer', () => {
    expect(countWithoutSubject.decide(u({ norm: '多少件' }), { metric: metric() }, nangang)).toBeUndefined();
    expect(countWithoutSubject.decide(u({ norm: '不予公开多少件', metric: metric() }), {}, nangang)).toBeUndefined();
    expect(countWithoutSubject.decide(u({ norm: '超过多少件要收费' }), {}, nangang)).toBeUndefined();
  });
});

describe('total-of-last-figure', () => {
  it('a total asked alone right after a figure: that figure again', () => {
    const d = totalOfLastFigure.decide(u({ norm: '合计几件' }), { metric: metric() }, nangang);
    expect(d?.kind === 'figure' && d.metric.rows).toEqual(['refused']);
  });
  it('no figure before, or a figure named: no decision', () => {
    expect(totalOfLastFigure.decide(u({ norm: '合计几件' }), {}, nangang)).toBeUndefined();
    expect(totalOfLastFigure.decide(u({ norm: '一共多少件', metric: metric({ rows: ['new'] }) }), { metric: metric() }, nangang)).toBeUndefined();
  });
});

describe('parts-of-last-count', () => {
  const state = { intent: PASSAGE_INTENT, report: '贺兰县人民政府-2022', text: '贺兰县2022年门户网站发布了多少信息' };
  it('which kinds a count just told splits into: that sentence again, its parts listed', () => {
    const d = partsOfLastCount.decide(u({ norm: '分成哪几类', followUp: { is: true, onlySlots: false } }), state, helan);
    expect(lines(d)).toContain('政务动态1914条');
  });
  it('not a follow-up, or not after a passage: no decision', () => {
    expect(partsOfLastCount.decide(u({ norm: '分成哪几类' }), state, helan)).toBeUndefined();
    expect(partsOfLastCount.decide(u({ norm: '分成哪几类', followUp: { is: true, onlySlots: false } }), { ...state, intent: 'contact.phone' }, helan)).toBeUndefined();
  });
});

describe('guide-published-where', () => {
  it('where the guide can be read, of a report saying where it is published: that sentence', () => {
    const d = guidePublishedWhere.decide(u({ norm: '信息公开指南在哪里能看到' }), { report: '梧州市万秀区林业局-2022' }, wanxiu);
    expect(lines(d)).toContain('门户网站公开');
  });
  it('a report that only guides others to publish theirs, or no where asked: no decision', () => {
    expect(guidePublishedWhere.decide(u({ norm: '政府信息公开指南在哪里能看到' }), {}, nangang)).toBeUndefined();
    expect(guidePublishedWhere.decide(u({ norm: '信息公开指南包括什么' }), { report: '梧州市万秀区林业局-2022' }, wanxiu)).toBeUndefined();
  });
});

describe('how-often-in-last-passage', () => {
  const state = { intent: PASSAGE_INTENT, report: '西宁市城中区仓门街街道办事处-2021', text: '各社区公开得怎么样谁来检查' };
  it('how often, right after a passage: the sentence stating the interval', () => {
    const d = howOftenInLastPassage.decide(u({ norm: '多久查一次' }), state, cangmen);
    expect(lines(d)).toContain('每月');
  });
  it('not after a passage, or no interval asked: no decision', () => {
    expect(howOftenInLastPassage.decide(u({ norm: '多久查一次' }), { ...state, intent: 'procedure.time' }, cangmen)).toBeUndefined();
    expect(howOftenInLastPassage.decide(u({ norm: '多久能答复' }), state, cangmen)).toBeUndefined();
  });
});

describe('report-online-where', () => {
  it('where to read the report online: the website intent', () => {
    const d = reportOnlineWhere.decide(u({ norm: '年报原文网哪里能看' }), {}, nangang);
    expect(d?.kind === 'intent' && d.intent.id).toBe('contact.website');
  });
  it('no report named, or not online: no decision', () => {
    expect(reportOnlineWhere.decide(u({ norm: '网上哪里能申请' }), {}, nangang)).toBeUndefined();
    expect(reportOnlineWhere.decide(u({ norm: '年报在哪里能看' }), {}, nangang)).toBeUndefined();
  });
});

describe('site-of-publishing-asked', () => {
  it('which site the office publishes through, of a report naming it: that sentence', () => {
    const d = siteOfPublishingAsked.decide(u({ norm: '主要通过哪个网站公开政府信息' }), { report: '天津市宝坻区人民政府办公室-2021' }, baodi);
    expect(lines(d)).toContain('宝坻政务网');
  });
  it('the report itself asked, or no site asked: no decision', () => {
    expect(siteOfPublishingAsked.decide(u({ norm: '年报通过哪个网站发布' }), { report: '天津市宝坻区人民政府办公室-2021' }, baodi)).toBeUndefined();
    expect(siteOfPublishingAsked.decide(u({ norm: '主动公开了多少条' }), { report: '天津市宝坻区人民政府办公室-2021' }, baodi)).toBeUndefined();
  });
});

describe('basis-of-last-row', () => {
  it('which article a result just counted rests on, the message reading no figure of its own: the row\'s basis', () => {
    const d = basisOfLastRow.decide(u({ norm: '条例里哪一条规定了这种答复方式' }), { metric: metric({ rows: ['unable.not-held'] }) }, nangang);
    expect(lines(d)).toContain('第三十六条');
  });
  it('an article named, no figure before, or a figure of the message itself: no decision', () => {
    expect(basisOfLastRow.decide(u({ norm: '第三十六条是哪一条' }), { metric: metric({ rows: ['unable.not-held'] }) }, nangang)).toBeUndefined();
    expect(basisOfLastRow.decide(u({ norm: '依据是哪一条' }), {}, nangang)).toBeUndefined();
    expect(basisOfLastRow.decide(u({ norm: '不予公开依据是哪一条', metric: metric() }), { metric: metric({ rows: ['unable.not-held'] }) }, nangang)).toBeUndefined();
  });
});

// Rules added in session 55, on hand-built readings and the report they were added for.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import type { Decision } from '../../../src/core/policy/types.js';
import { knowledge, metric, u } from './helpers.js';
import { whyReportWordsBesideFigure } from '../../../src/core/policy/why-report-says.js';
import { countWithoutSubject, totalOfLastFigure } from '../../../src/core/policy/count-without-subject.js';

let yuhang: Knowledge;
let nangang: Knowledge;
beforeAll(async () => {
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

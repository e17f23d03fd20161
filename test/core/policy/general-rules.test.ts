// Unit tests of the rules added for issue 9 item 5 (table-row-asked, honest-limit), on hand-built Understandings.
import { describe, expect, it } from 'vitest';
import type { Intent } from '../../../src/answer/intents.js';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { honestLimit } from '../../../src/core/policy/honest-limit.js';
import { tableRowAsked } from '../../../src/core/policy/table-row.js';
import type { Understanding } from '../../../src/core/understanding.js';
import type { MetricQuery } from '../../../src/understand/metrics.js';

const intent = (id: string, extra: Partial<Intent> = {}): Intent => ({ id, title: id, topic: id.split('.')[0]!, file: 'x.yml', examples: [], ...extra });
const figures = intent('figures.query', { handler: 'figures' });
const exempt = intent('procedure.exempt', { answer: '不予公开的情形…' });
const hours = intent('contact.hours', { fallback: true, answer: '年度报告中没有写明办公时间。' });
const outOfScope = intent('out_of_scope', { fallback: true });
const kn = { intents: [figures, exempt, hours, outOfScope] } as unknown as Knowledge;

const row = (rows: string[], extra: Partial<MetricQuery> = {}): MetricQuery => ({ table: '三', rows, cols: [], spans: [], rowsExplicit: true, ...extra });
function u(norm: string, extra: Partial<Understanding> = {}): Understanding {
  return {
    text: norm, norm, empty: false, now: new Date('2026-06-01'), slots: { years: [], offices: [], unknownOffices: [], spans: [] },
    kind: 'other', quantity: false, duration: false, followUp: { is: false, onlySlots: false }, classifierText: norm, focus: norm,
    candidates: [], unknown: { share: 0, count: 0 }, reportOnlyWords: [], ...extra,
  } as Understanding;
}

describe('table-row-asked', () => {
  it('a count of a named row is the figure, even when a procedure intent scores higher', () => {
    const d = tableRowAsked.decide(u('部分公开多少', { metric: row(['partial']), candidates: [{ item: exempt, score: 0.65, example: '' }, { item: figures, score: 0.2, example: '' }] }), {}, kn);
    expect(d).toMatchObject({ kind: 'figure', intent: { id: 'figures.query' }, metric: { rows: ['partial'] } });
  });
  it('in which cases the rules allow a refusal ("政府在哪些情况下可以拒绝公开"), no report named: the rules, not this report\'s count', () => {
    expect(tableRowAsked.decide(u('按现行条例,政府在哪些情况下可以拒绝公开信息?依据是哪几条?', { metric: row(['refused']) }), {}, kn)).toBeUndefined();
    expect(tableRowAsked.decide(u('你们去年在哪些情况下拒绝公开,各几件', { metric: row(['refused']) }), {}, kn)).toMatchObject({ kind: 'figure' });
  });
  it('what a reason row means ("什么叫三类内部事务信息"): the row with its legal basis', async () => {
    const { understand } = await import('../../../src/core/understanding.js');
    const { loadKnowledge } = await import('../../../src/core/bot.js');
    const real = (await loadKnowledge({ reportsDir: 'data/reports' })).kn;
    const q = understand(real, '什么叫三类内部事务信息', {});
    expect(q.metric?.basis).toBe(true);
    expect(tableRowAsked.decide(q, {}, real)).toMatchObject({ kind: 'figure', metric: { rows: ['refused.internal'], basis: true } });
  });
  it('why a group of reasons is the figure with its reasons', () => {
    expect(tableRowAsked.decide(u('为什么不予公开', { metric: row(['refused']) }), {}, kn)).toMatchObject({ kind: 'figure' });
  });
  it('a cell named by its place in the table, with no question word, is the figure (staff: "表三 不予公开第2项 总计")', () => {
    expect(tableRowAsked.decide(u('表三不予公开第2项总计', { metric: row(['refused.law']) }), {}, kn)).toMatchObject({ kind: 'figure', metric: { rows: ['refused.law'] } });
    expect(tableRowAsked.decide(u('不予公开总计', { metric: row(['refused']) }), {}, kn)).toBeUndefined();
    expect(tableRowAsked.decide(u('无法提供三项的小计', { metric: row(['unable']) }), {}, kn)).toMatchObject({ kind: 'figure' });
  });
  it('what a row means, or a vague how-many, is left to the other rules', () => {
    expect(tableRowAsked.decide(u('部分公开是什么意思', { metric: row(['partial']) }), {}, kn)).toBeUndefined();
    expect(tableRowAsked.decide(u('收到多少', { metric: row(['new'], { vague: true }) }), {}, kn)).toBeUndefined();
    expect(tableRowAsked.decide(u('多少天内答复', { metric: row(['new']) }), {}, kn)).toBeUndefined();
    // "起诉有没有时间限制" asks a time limit, not whether there were suits
    expect(tableRowAsked.decide(u('直接去法院起诉有没有时间限制', { metric: { table: '四', rows: ['suit'], cols: [], spans: [], rowsExplicit: true } }), {}, kn)).toBeUndefined();
    expect(tableRowAsked.decide(u('怎么申请'), {}, kn)).toBeUndefined();
  });
  it('"那部分公开呢" right after a figure is the figure of that row', () => {
    const follow = { is: true, onlySlots: false, previous: figures };
    expect(tableRowAsked.decide(u('那部分公开呢', { metric: row(['partial']), followUp: follow }), {}, kn)).toMatchObject({ kind: 'figure' });
    expect(tableRowAsked.decide(u('那部分公开呢', { metric: row(['partial']), followUp: { ...follow, previous: exempt } }), {}, kn)).toBeUndefined();
  });
});

describe('honest-limit', () => {
  it('a confident fallback intent with its own answer answers with it', () => {
    expect(honestLimit.decide(u('办公时间', { candidates: [{ item: hours, score: 0.9, example: '' }] }), {}, kn)).toMatchObject({ kind: 'intent', intent: { id: 'contact.hours' } });
  });
  it('a contact detail asked in so many words beside it, its intent close behind: that detail', () => {
    const progress = intent('procedure.progress', { fallback: true, answer: '我无法查询个人申请的办理进度。' });
    const phone = intent('contact.phone', { answer: '电话：{contact.phone}' });
    const c = [{ item: progress, score: 0.45, example: '' }, { item: phone, score: 0.44, example: '' }];
    expect(honestLimit.decide(u('依申请公开的电话多少,我想问问我的申请进度', { candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'contact.phone' } });
    expect(honestLimit.decide(u('我想问问我的申请进度', { candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.progress' } });
  });
  it('how long one waits, no average asked ("要等多长时间"), matched to the statistics no report keeps: the reply\'s time limit', () => {
    const notCounted = intent('report.not-counted', { fallback: true, answer: '年度报告只公布各项申请的件数…' });
    const time = intent('procedure.time', { answer: '20个工作日内答复' });
    const c = [{ item: notCounted, score: 0.51, example: '申请人平均要等多久' }, { item: time, score: 0.29, example: '' }];
    expect(honestLimit.decide(u('要等多长时间', { kind: 'duration', duration: true, candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'procedure.time' } });
    expect(honestLimit.decide(u('申请人平均要等多久', { kind: 'duration', duration: true, candidates: c }), {}, kn)).toMatchObject({ intent: { id: 'report.not-counted' } });
  });
  it('out-of-scope without an answer, or a weak match, is left to the fallback rules', () => {
    expect(honestLimit.decide(u('天气', { candidates: [{ item: outOfScope, score: 0.9, example: '' }] }), {}, kn)).toBeUndefined();
    expect(honestLimit.decide(u('时间', { candidates: [{ item: hours, score: 0.35, example: '' }] }), {}, kn)).toBeUndefined();
  });
});

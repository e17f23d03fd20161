import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { figureQuestion, narrativeFigure, vagueFigureReportWords, vagueFigureUnknown } from '../../../src/core/policy/figures.js';
import { textOf } from '../../../src/answer/render.js';
import type { Decision } from '../../../src/core/policy/types.js';
import { cands, knowledge, metric, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});
const passageText = (d: Decision | undefined) => (d?.kind === 'passage' ? textOf(d.parts) : '');
const vague = () => metric({ rows: ['total'], vague: true });

describe('vague-figure-report-words', () => {
  it('a how-many phrase beside words only the report uses: the passage', () => {
    const d = vagueFigureReportWords.decide(u({ norm: '线下政务公开专区规划了几个功能区', quantity: true, metric: vague(), reportOnlyWords: ['功能区'] }), {}, kn);
    expect(d?.kind).toBe('passage');
    expect(passageText(d)).toContain('4个功能区');
  });
  it('without report-only words, or with a named row: no decision', () => {
    expect(vagueFigureReportWords.decide(u({ norm: '办理了多少', metric: vague() }), {}, kn)).toBeUndefined();
    expect(vagueFigureReportWords.decide(u({ norm: '功能区', metric: metric(), reportOnlyWords: ['功能区'] }), {}, kn)).toBeUndefined();
  });
});

describe('vague-figure-unknown', () => {
  it('a count of something unknown that is not a request: the fallback', () => {
    expect(vagueFigureUnknown.decide(u({ norm: '收到多少件人大代表建议', metric: vague(), unknown: { share: 0.5, count: 1 } }), {}, kn)).toEqual({
      kind: 'fallback', reason: 'unknown', confidence: 0,
    });
  });
  it('about requests, or nothing unknown: no decision', () => {
    expect(vagueFigureUnknown.decide(u({ norm: '收到多少申请', metric: vague(), unknown: { share: 0.5, count: 1 } }), {}, kn)).toBeUndefined();
    expect(vagueFigureUnknown.decide(u({ norm: '收到多少', metric: vague() }), {}, kn)).toBeUndefined();
  });
});

describe('figure-question', () => {
  it('figure words with a how-many question: the figure, at least 0.6 confident', () => {
    const m = metric();
    const d = figureQuestion.decide(u({ norm: '不予公开的有多少', quantity: true, metric: m, candidates: cands(kn, ['figures.query', 0.45]) }), {}, kn);
    expect(d).toEqual({ kind: 'figure', intent: kn.byId.get('figures.query'), metric: m, confidence: 0.6 });
  });
  it('a fee intent read from 收了多少 alone, a row named and no word of money: the figure (received), not the fee', () => {
    const q = { quantity: true, kind: 'count' as const, slots: slots({ years: [2022] }), metric: metric({ rows: ['new'], vague: true }), candidates: cands(kn, ['report.fee', 0.72], ['figures.query', 0.39]) };
    expect(figureQuestion.decide(u({ norm: '问问2022年收了多少信息公开申请?', ...q }), {}, kn)?.kind).toBe('figure');
    // (money named: the fee may still be meant, "2022年收了多少信息处理费申请费")
    expect(figureQuestion.decide(u({ norm: '2022年收了多少费用', ...q }), {}, kn)).toBeUndefined();
  });
  it('whether anyone went to review or court ("有人因此去复议或者起诉吗"), the remedies read weakly: the cases of table 四', () => {
    const m = metric({ table: '四', rows: ['review', 'suit'] });
    const q = { metric: m, kind: 'yesno' as const, candidates: cands(kn, ['procedure.remedy', 0.35]) };
    expect(figureQuestion.decide(u({ norm: '有人因此去复议或者起诉吗', ...q }), {}, kn)?.kind).toBe('figure');
    // (how to go, asked with no one said to have gone: the remedies' rules)
    expect(figureQuestion.decide(u({ norm: '我能去复议或者起诉吗', ...q }), {}, kn)).toBeUndefined();
  });
  it('another intent clearly meant ("哪些信息不予公开"): no decision', () => {
    const d = figureQuestion.decide(u({ norm: '哪些信息不予公开', metric: metric(), candidates: cands(kn, ['procedure.exempt', 0.8], ['figures.query', 0.3]) }), {}, kn);
    expect(d).toBeUndefined();
  });
  it('…but the same with a report named is a figure', () => {
    const d = figureQuestion.decide(
      u({ norm: '2022年哪些信息不予公开', slots: slots({ years: [2022] }), metric: metric(), candidates: cands(kn, ['procedure.exempt', 0.8], ['figures.query', 0.3]) }),
      {},
      kn,
    );
    expect(d?.kind).toBe('figure');
  });
  it('…but how to do it, asked of a named office, stays the procedure ("我想向南岗区政府办递交申请，该怎么提交")', () => {
    const q = { slots: slots({ offices: ['南岗区人民政府办公室'] }), metric: metric({ rows: ['new'] }), candidates: cands(kn, ['procedure.how', 0.77], ['figures.query', 0.1]) };
    expect(figureQuestion.decide(u({ norm: '我想向南岗区政府办递交申请,该怎么提交申请', kind: 'how', ...q }), {}, kn)).toBeUndefined();
    // ("怎么这么多" is why so many, not how to do: the figure)
    expect(figureQuestion.decide(u({ norm: '南岗区政府办收到的申请怎么这么多', kind: 'how', ...q }), {}, kn)?.kind).toBe('figure');
    // (nor is which day a step counts from: "寄给南岗区政府办的申请哪天算收到" is the rule of receipt)
    const day = { ...q, candidates: cands(kn, ['procedure.receipt-date', 0.53], ['figures.query', 0.1]) };
    expect(figureQuestion.decide(u({ norm: '寄给南岗区政府办的申请哪天算收到', ...day }), {}, kn)).toBeUndefined();
  });
  it('a duration ("复议期限多久") with a clear procedure match: no decision', () => {
    const d = figureQuestion.decide(
      u({ norm: '复议期限多久', duration: true, metric: metric({ table: '四', rows: ['review'] }), candidates: cands(kn, ['procedure.remedy-deadline', 0.7]) }),
      {},
      kn,
    );
    expect(d).toBeUndefined();
  });
  it('what any office may or must do ("哪些情形行政机关可以或者应当不予公开"), no report named: no decision; a report named: the figure', () => {
    const q = { quantity: true, metric: metric(), candidates: cands(kn, ['procedure.exempt', 0.34], ['figures.query', 0.1]) };
    expect(figureQuestion.decide(u({ norm: '哪些情形行政机关可以或者应当不予公开?条例依据是哪几条?', ...q }), {}, kn)).toBeUndefined();
    expect(figureQuestion.decide(u({ norm: '2022年哪些情形行政机关应当不予公开', slots: slots({ years: [2022] }), ...q }), {}, kn)?.kind).toBe('figure');
  });
  it('no figure words: no decision', () => {
    expect(figureQuestion.decide(u({ norm: '电话多少', quantity: true, candidates: cands(kn, ['contact.phone', 0.8]) }), {}, kn)).toBeUndefined();
  });
});

describe('narrative-figure', () => {
  it('a how-many question with no table figure and a weak non-figure match: the passage with the count', () => {
    const d = narrativeFigure.decide(u({ norm: '全年推送了多少条热点信息', quantity: true, candidates: cands(kn, ['procedure.proactive', 0.4]) }), {}, kn);
    expect(passageText(d)).toContain('700余条');
  });
  it('a figure match, a strong match or a duration: no decision', () => {
    const q = { norm: '全年推送了多少条热点信息', quantity: true };
    expect(narrativeFigure.decide(u({ ...q, candidates: cands(kn, ['figures.query', 0.4]) }), {}, kn)).toBeUndefined();
    expect(narrativeFigure.decide(u({ ...q, candidates: cands(kn, ['procedure.proactive', 0.7]) }), {}, kn)).toBeUndefined();
    expect(narrativeFigure.decide(u({ ...q, duration: true, candidates: cands(kn, ['procedure.proactive', 0.4]) }), {}, kn)).toBeUndefined();
  });
});

describe('figure-question: counts in the question and comparisons', () => {
  it('a count in the question ("是不是收到了15件申请") is a figure even beside a clear other match', () => {
    const m = metric({ rows: ['new'] });
    const d = figureQuestion.decide(u({ norm: '是不是收到了15件申请', quantity: true, metric: m, candidates: cands(kn, ['procedure.fee', 0.44]) }), {}, kn);
    expect(d?.kind).toBe('figure');
  });
  it('two rows compared ("予以公开的多还是无法提供的多") is a figure, not what the words mean', () => {
    const m = metric({ rows: ['granted', 'unable'] });
    const d = figureQuestion.decide(u({ norm: '予以公开的多还是无法提供的多', kind: 'compare', metric: m, candidates: cands(kn, ['procedure.outcomes', 0.43]) }), {}, kn);
    expect(d?.kind).toBe('figure');
    const one = figureQuestion.decide(u({ norm: '无法提供是什么意思', metric: metric({ rows: ['unable'] }), candidates: cands(kn, ['procedure.outcomes', 0.6]) }), {}, kn);
    expect(one).toBeUndefined();
  });
});

describe('not-counted', () => {
  it('an average, a ranking or the most of something without a table row: the honest answer of report.not-counted', async () => {
    const { notCounted } = await import('../../../src/core/policy/honest-limit.js');
    for (const norm of ['申请人平均等了几天才拿到答复', '哪个部门被申请得最多', '各单位办理情况排名']) {
      const d = notCounted.decide(u({ norm, candidates: cands(kn, ['procedure.time', 0.35]) }), {}, kn);
      expect(d).toMatchObject({ kind: 'intent', intent: { id: 'report.not-counted' } });
    }
  });
  it('requests counted by their subject ("有多少件是关于房屋征收的"): the honest answer, even with the requests row read', async () => {
    const { notCounted } = await import('../../../src/core/policy/honest-limit.js');
    const metric = { table: '三' as const, rows: ['new'], cols: [], spans: [], rowsExplicit: true, vague: true };
    const d = notCounted.decide(u({ norm: '2024年信息公开申请里有多少件是关于房屋征收的', metric, candidates: cands(kn, ['figures.query', 0.5]) }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'report.not-counted' } });
    // a row of its own ("关于第三方权益不予公开的有几件") is the table's
    const refused = { ...metric, rows: ['refused.third-party'] };
    expect(notCounted.decide(u({ norm: '关于第三方权益不予公开的有几件', metric: refused, candidates: cands(kn, ['figures.query', 0.5]) }), {}, kn)).toBeUndefined();
  });
  it('requests counted by the way they came in ("网上提交的几件，信函寄来的几件"), of a report whose text counts none: the honest answer', async () => {
    const { notCounted } = await import('../../../src/core/policy/honest-limit.js');
    const metric = { table: '三' as const, rows: ['new'], cols: [], spans: [], rowsExplicit: true, vague: true };
    const d = notCounted.decide(u({ norm: '那15件申请里,网上提交的几件,信函寄来的几件?', metric, candidates: cands(kn, ['figures.query', 0.5]) }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'report.not-counted' } });
    // (one way named alone, "网上能申请吗", asks no count by way)
    expect(notCounted.decide(u({ norm: '网上提交的有几件', metric, candidates: cands(kn, ['figures.query', 0.5]) }), {}, kn)).toBeUndefined();
    // (two ways named, then one count asked of each: "网上提交的和写信来的各有多少", 写信 read as 信件)
    const each = notCounted.decide(u({ norm: '那15件申请里,网上提交的和信件来的各有多少', metric, candidates: cands(kn, ['procedure.mail', 0.5]) }), {}, kn);
    expect(each).toMatchObject({ kind: 'intent', intent: { id: 'report.not-counted' } });
  });
  it('a limit of the law ("延长期限最多多久") or a table row ("哪类原因不公开的最多"): no decision', async () => {
    const { notCounted } = await import('../../../src/core/policy/honest-limit.js');
    expect(notCounted.decide(u({ norm: '延长期限最多多久', candidates: cands(kn, ['procedure.time', 0.6]) }), {}, kn)).toBeUndefined();
    expect(notCounted.decide(u({ norm: '哪类原因不公开的最多', metric: metric(), candidates: cands(kn, ['figures.query', 0.5]) }), {}, kn)).toBeUndefined();
  });
});

describe('figure-question: a named report and an intent that answers from it', () => {
  it('"洪泽区2024年收取信息处理费多少": the report\'s own fee answer is clearly meant, not a table row', () => {
    const m = metric({ rows: ['total'], vague: true });
    const named = slots({ years: [2024] });
    const d = figureQuestion.decide(u({ norm: '2024年收取信息处理费多少', quantity: true, slots: named, metric: m, candidates: cands(kn, ['report.fee', 0.93], ['procedure.fee', 0.47]) }), {}, kn);
    expect(d).toBeUndefined();
    // a report-free intent with a named report and a count: still the figure
    const e = figureQuestion.decide(u({ norm: '2024年不予公开多少', quantity: true, slots: named, metric: metric(), candidates: cands(kn, ['procedure.exempt', 0.93]) }), {}, kn);
    expect(e?.kind).toBe('figure');
  });
});

describe('figure-question: a row named in an elliptical question', () => {
  it('"那无法提供的那一项呢" asks for the figure, even when the meaning of the words matches well', () => {
    const m = metric({ rows: ['unable'] });
    const d = figureQuestion.decide(u({ norm: '那无法提供的那一项呢', metric: m, candidates: cands(kn, ['procedure.outcomes', 0.53]) }), {}, kn);
    expect(d?.kind).toBe('figure');
  });
  it('"那无法提供是什么意思呢" still asks what the words mean', () => {
    const m = metric({ rows: ['unable'] });
    expect(figureQuestion.decide(u({ norm: '那无法提供是什么意思呢', metric: m, candidates: cands(kn, ['procedure.outcomes', 0.7]) }), {}, kn)).toBeUndefined();
  });
});

describe('figure-question: a bare row name', () => {
  it('"部分公开" alone, as staff type it: its figure, not what the words mean', () => {
    const m = { ...metric({ rows: ['partial'] }), spans: [{ start: 0, end: 4 }] };
    const d = figureQuestion.decide(u({ norm: '部分公开', metric: m, foundMetric: m, candidates: cands(kn, ['procedure.outcomes', 0.6]) }), {}, kn);
    expect(d?.kind).toBe('figure');
    const q = { ...metric({ rows: ['partial'] }), spans: [{ start: 0, end: 4 }] };
    expect(figureQuestion.decide(u({ norm: '部分公开是什么意思', metric: q, foundMetric: q, candidates: cands(kn, ['procedure.outcomes', 0.8]) }), {}, kn)).toBeUndefined();
  });
});

describe('figure-question: what happens then', () => {
  it('"要是我一直没去补正呢，会怎么样": the rules of the intent whose example asks it, never the count of that row', async () => {
    const { figureQuestion } = await import('../../../src/core/policy/figures.js');
    const c = [{ ...cands(kn, ['procedure.correction', 0.26])[0]!, example: '不按要求补正会怎样' }];
    const d = figureQuestion.decide(u({ norm: '那要是我一直没去补正呢?会怎么样', metric: metric({ rows: ['other.no-correction'] }), candidates: c }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'procedure.correction' } });
    // a count asked is still the figure
    const n = figureQuestion.decide(u({ norm: '没去补正的有几件', quantity: true, metric: metric({ rows: ['other.no-correction'] }), candidates: c }), {}, kn);
    expect(n).toMatchObject({ kind: 'figure' });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { cands, knowledge, slots, u } from './helpers.js';
import { slotOnlyFollowUp, whatIfFollowUp } from '../../../src/core/policy/follow-up.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-multi');
});
const state = { intent: 'figures.query', report: '南岗区人民政府办公室-2022', text: '收到多少申请' };
const followUp = () => ({ is: true, onlySlots: true, previous: kn.byId.get('figures.query') });

describe('slot-only-follow-up', () => {
  it('"沭阳县的呢": the last question again, for the office named', () => {
    const d = slotOnlyFollowUp.decide(u({ norm: '沭阳县的呢', slots: slots({ offices: ['沭阳县人民政府'] }), followUp: followUp() }), state, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'figures.query' }, confidence: 0.9, question: { norm: '收到多少申请', slots: { offices: ['沭阳县人民政府'] } } });
    expect(d && d.kind === 'intent' && d.noteIfAnswered).toBeUndefined();
    expect(d && d.kind === 'intent' && d.state?.report).toBeUndefined();
  });
  it('"那前一年呢", or "沭阳县上一年呢" naming an office: the year before the conversation\'s, of that office', () => {
    const prev = { is: true, onlySlots: false, previous: kn.byId.get('figures.query') };
    const alone = slotOnlyFollowUp.decide(u({ norm: '那前一年呢', followUp: prev }), state, kn);
    expect(alone).toMatchObject({ question: { slots: { years: [2021], offices: ['南岗区人民政府办公室'] } } });
    const named = slotOnlyFollowUp.decide(
      u({ norm: '沭阳县上一年呢', slots: slots({ offices: ['沭阳县人民政府'], spans: [{ start: 0, end: 3 }] }), followUp: prev }),
      state,
      kn,
    );
    expect(named).toMatchObject({ question: { slots: { years: [2021], offices: ['沭阳县人民政府'] } } });
  });
  it('"2025年呢" when the office of the conversation has no 2025 report: says so before the answer', () => {
    const d = slotOnlyFollowUp.decide(u({ norm: '2025年呢', slots: slots({ years: [2025] }), followUp: followUp() }), state, kn);
    expect(d).toMatchObject({ kind: 'intent', noteIfAnswered: '南岗区人民政府办公室没有2025年的报告。\n', question: { slots: { offices: [] } } });
  });
  it('"去年呢" when the office of the conversation has no report of that year: says so, then its newest report\'s answer — never another office\'s report of that year (issue 9)', () => {
    const d = slotOnlyFollowUp.decide(u({ norm: '去年呢', slots: slots({ years: [2025], relativeYear: 2025 }), followUp: followUp() }), state, kn);
    expect(d).toMatchObject({
      kind: 'intent',
      question: { norm: '收到多少申请', slots: { years: [2022], offices: ['南岗区人民政府办公室'] } },
      noteIfAnswered: '目前没有加载2025年的报告，最新的是2022年的报告；以下是2022年的数据。\n',
      problemIfUnanswered: '我只有南岗区人民政府办公室 2022年的报告，没有2025年的报告。您可以问已有年份的数据。',
    });
  });
  it('the slots of the follow-up are read without their places in this message (they would cut the last question\'s text)', () => {
    const d = slotOnlyFollowUp.decide(u({ norm: '那2022年呢', slots: slots({ years: [2022], spans: [{ start: 1, end: 6 }] }), followUp: followUp() }), state, kn);
    expect(d).toMatchObject({ kind: 'intent', question: { norm: '收到多少申请', slots: { years: [2022], spans: [] } } });
  });
  it('"2022年呢" when the office has that year: stays with the office', () => {
    const d = slotOnlyFollowUp.decide(u({ norm: '2022年呢', slots: slots({ years: [2022] }), followUp: followUp() }), state, kn);
    expect(d).toMatchObject({ kind: 'intent', question: { slots: { years: [2022], offices: ['南岗区人民政府办公室'] } } });
  });
  it('not a follow-up, or more than slots: no decision', () => {
    expect(slotOnlyFollowUp.decide(u({ slots: slots({ years: [2025] }), followUp: { ...followUp(), is: false } }), state, kn)).toBeUndefined();
    expect(slotOnlyFollowUp.decide(u({ slots: slots({ years: [2025] }), followUp: { ...followUp(), onlySlots: false } }), state, kn)).toBeUndefined();
  });
});

describe('what-if-follow-up', () => {
  const feeState = { intent: 'procedure.fee' };
  const asked = { is: true, onlySlots: false };
  it('"那要是申请特别多呢" after the fee rules, read by no intent clearly: the fee answer again', () => {
    const d = whatIfFollowUp.decide(u({ norm: '那要是申请特别多呢', followUp: asked, candidates: cands(kn, ['procedure.time', 0.23], ['procedure.fee', 0.1]) }), feeState, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'procedure.fee' } });
  });
  it('the asker\'s own case with its time put first ("那我这个月要是申请15件呢"): the fee answer again', () => {
    const d = whatIfFollowUp.decide(u({ norm: '那我这个月要是申请15件呢?', followUp: asked, candidates: cands(kn, ['procedure.fee', 0.28]) }), feeState, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'procedure.fee' } });
  });
  it('read clearly, no case put, no template answer before, or a report named: no decision', () => {
    const weak = cands(kn, ['procedure.time', 0.23]);
    expect(whatIfFollowUp.decide(u({ norm: '那要是申请特别多呢', followUp: asked, candidates: cands(kn, ['procedure.remedy', 0.7]) }), feeState, kn)).toBeUndefined();
    expect(whatIfFollowUp.decide(u({ norm: '申请特别多', followUp: asked, candidates: weak }), feeState, kn)).toBeUndefined();
    expect(whatIfFollowUp.decide(u({ norm: '那要是申请特别多呢', followUp: asked, candidates: weak }), { intent: 'figures.query' }, kn)).toBeUndefined();
    expect(whatIfFollowUp.decide(u({ norm: '那要是沭阳县呢', followUp: asked, candidates: weak, slots: slots({ offices: ['沭阳县人民政府'] }) }), feeState, kn)).toBeUndefined();
  });
});

describe('source-follow-up', () => {
  it('"出处？" right after a rule of the procedure: that rule again, with its article', async () => {
    const { sourceFollowUp } = await import('../../../src/core/policy/follow-up.js');
    const d = sourceFollowUp.decide(u({ norm: '出处?', followUp: { is: true, onlySlots: false } }), { intent: 'procedure.time', text: '依申请公开的答复期限?' }, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'procedure.time' } });
  });
  it('which article said it, in a sentence of its own ("这规定在条例第几条"), however long: that rule again', async () => {
    const { sourceFollowUp } = await import('../../../src/core/policy/follow-up.js');
    for (const norm of ['这规定在条例第几条', '这个是条例哪一条规定的?', '刚才的期限是《条例》第几条']) {
      expect(sourceFollowUp.decide(u({ norm }), { intent: 'procedure.time', text: '多长时间内必须答复' }, kn)).toMatchObject({ intent: { id: 'procedure.time' } });
    }
    expect(sourceFollowUp.decide(u({ norm: '条例第几条规定了收费' }), { intent: 'procedure.time' }, kn)).toBeUndefined();
  });
  it('after a figure, or not a source asked: no decision', async () => {
    const { sourceFollowUp } = await import('../../../src/core/policy/follow-up.js');
    expect(sourceFollowUp.decide(u({ norm: '出处?', followUp: { is: true, onlySlots: false } }), { intent: 'figures.query' }, kn)).toBeUndefined();
    expect(sourceFollowUp.decide(u({ norm: '电话呢', followUp: { is: true, onlySlots: false } }), { intent: 'procedure.time' }, kn)).toBeUndefined();
  });
});

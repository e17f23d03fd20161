// Rules changed in session 52, on hand-built readings and the reports they were changed for.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { cands, knowledge, metric, slots, u } from './helpers.js';
import { reportSaysStep } from '../../../src/core/policy/report-says-step.js';
import { feeReckoned } from '../../../src/core/policy/fee-reckoned.js';
import { applicantsNamed } from '../../../src/core/policy/off-topic.js';
import { choice } from '../../../src/core/policy/helpers.js';
import { unclearRequest } from '../../../src/core/policy/unclear-request.js';
import { petitionRouteFollowUp } from '../../../src/core/policy/petition.js';
import { whyReportWordsOverWeakIntent } from '../../../src/core/policy/why-report-says.js';
import { itemInLastAnswer } from '../../../src/core/policy/last-answer-count.js';

let yangling: Knowledge;
let nangang: Knowledge;
beforeAll(async () => {
  yangling = await knowledge('test/fixtures/reports-fresh200-newa');
  nangang = await knowledge('data/reports');
});

const yangling2021 = slots({ offices: ['杨凌示范区管委会'], years: [2021], spans: [{ start: 0, end: 5 }] });

describe('report-says-step', () => {
  const procedure = () => cands(yangling, ['procedure.online', 0.46]);
  it('the words before the report is named count too, at half the weight: 网上 picks the sentence of the online platform', () => {
    const d = reportSaysStep.decide(u({ norm: '想在网上向杨凌示范区申请,年报里说通过什么渠道办', slots: yangling2021, candidates: procedure() }), {}, yangling);
    expect(d?.kind === 'passage' ? d.parts.lines[0] : '').toContain('网上办');
  });
  it('通过 alone picks no sentence: nothing asked after the report is named but it, no decision', () => {
    expect(reportSaysStep.decide(u({ norm: '杨凌示范区年报里说通过', slots: yangling2021, candidates: procedure() }), {}, yangling)).toBeUndefined();
  });
});

describe('fee-reckoned', () => {
  it('a rough number of items asked for ("申请几十条信息") is a number of requests supposed: the fee rules', () => {
    const d = feeReckoned.decide(u({ norm: '我一个月想申请几十条信息,会不会收费' }), {}, nangang);
    expect(d?.kind === 'intent' ? d.intent.id : undefined).toBe('procedure.fee');
  });
  it('no number supposed, or an office named: no decision', () => {
    expect(feeReckoned.decide(u({ norm: '申请信息会不会收费' }), {}, nangang)).toBeUndefined();
    expect(feeReckoned.decide(u({ norm: '南岗区申请几十条信息会不会收费', slots: slots({ offices: ['南岗区人民政府办公室'] }) }), {}, nangang)).toBeUndefined();
  });
});

describe('applicants-named', () => {
  it('the people of a count asked by name: the fallback', () => {
    expect(applicantsNamed.decide(u({ norm: '那15个人都是哪些人' }), {}, nangang)?.kind).toBe('fallback');
    expect(applicantsNamed.decide(u({ norm: '申请人都是谁' }), {}, nangang)?.kind).toBe('fallback');
  });
  it('what kind of people the applicants were: no decision (the count by kind of applicant answers)', () => {
    expect(applicantsNamed.decide(u({ norm: '申请人都是哪些人' }), {}, nangang)).toBeUndefined();
  });
});

describe('choice: a contact detail read from the report\'s shared words', () => {
  it('no contact word in the message and a part of the report\'s work named: the other topic\'s reading', () => {
    const c = choice(u({ norm: '那他们报告里写主动公开了些什么', candidates: cands(nangang, ['contact.address', 0.44], ['procedure.proactive', 0.35], ['report.proactive', 0.32]) }), nangang);
    expect(c.chosen?.topic).not.toBe('contact');
  });
  it('a contact word said: the contact reading stays', () => {
    const c = choice(u({ norm: '报告里写主动公开的电话是多少', candidates: cands(nangang, ['contact.phone', 0.6], ['procedure.proactive', 0.35]) }), nangang);
    expect(c.chosen?.topic).toBe('contact');
  });
});

describe('unclear-request', () => {
  it('one\'s own request unclear and what happens asked: the correction rule', () => {
    for (const norm of ['申请表里要的信息我不明确,机关会怎么处理', '我写的申请内容不太清楚,会直接驳回吗', '申请表漏填了一项会不会不受理']) {
      const d = unclearRequest.decide(u({ norm }), {}, nangang);
      expect(d?.kind === 'intent' ? d.intent.id : undefined, norm).toBe('procedure.correction');
    }
  });
  it('a count of the report asked, nothing unclear said, or nothing asked of what happens: no decision', () => {
    expect(unclearRequest.decide(u({ norm: '申请内容不明确的有几件', quantity: true, metric: metric({ rows: ['rejected'] }) }), {}, nangang)).toBeUndefined();
    expect(unclearRequest.decide(u({ norm: '申请会不会被驳回' }), {}, nangang)).toBeUndefined();
    expect(unclearRequest.decide(u({ norm: '申请内容不清楚' }), {}, nangang)).toBeUndefined();
  });
});

describe('petition-route-follow-up', () => {
  const nangangState = { report: '南岗区人民政府办公室-2022', intent: 'figures.query' };
  it('the way to take such a matter, right after the requests not handled were counted with petitions among them: the petition rule', () => {
    const d = petitionRouteFollowUp.decide(u({ norm: '那这种事儿应该走什么渠道', followUp: { is: true, onlySlots: false } }), { ...nangangState, metric: metric({ rows: ['rejected'] }) }, nangang);
    expect(d?.kind === 'intent' ? d.intent.id : undefined).toBe('procedure.petition');
  });
  it('after another row, with nothing pointed back at, or not as a follow-up: no decision', () => {
    const followUp = { is: true, onlySlots: false };
    expect(petitionRouteFollowUp.decide(u({ norm: '那这种事儿应该走什么渠道', followUp }), { ...nangangState, metric: metric({ rows: ['granted'] }) }, nangang)).toBeUndefined();
    expect(petitionRouteFollowUp.decide(u({ norm: '应该走什么渠道', followUp }), { ...nangangState, metric: metric({ rows: ['rejected'] }) }, nangang)).toBeUndefined();
    expect(petitionRouteFollowUp.decide(u({ norm: '那这种事儿应该走什么渠道' }), { ...nangangState, metric: metric({ rows: ['rejected'] }) }, nangang)).toBeUndefined();
  });
});

describe('why-report-words-over-weak-intent', () => {
  const norm = '为什么南岗区政府办公开的信息内容比较单一';
  const slotsNangang = slots({ offices: ['南岗区人民政府办公室'], spans: [{ start: 3, end: 8 }] });
  it('an intent read at answer strength from the common words alone: the report\'s point', () => {
    const d = whyReportWordsOverWeakIntent.decide(u({ norm, kind: 'why', slots: slotsNangang, reportOnlyWords: ['单一'], candidates: cands(nangang, ['procedure.exempt', 0.44]) }), {}, nangang);
    expect(d?.kind === 'passage' ? d.parts.lines.join('') : '').toContain('内容单一');
  });
  it('an intent read well, or one too weak to answer (later rules read it), or no report word: no decision', () => {
    const base = { norm, kind: 'why' as const, slots: slotsNangang, reportOnlyWords: ['单一'] };
    expect(whyReportWordsOverWeakIntent.decide(u({ ...base, candidates: cands(nangang, ['procedure.exempt', 0.6]) }), {}, nangang)).toBeUndefined();
    expect(whyReportWordsOverWeakIntent.decide(u({ ...base, candidates: cands(nangang, ['procedure.exempt', 0.3]) }), {}, nangang)).toBeUndefined();
    expect(whyReportWordsOverWeakIntent.decide(u({ ...base, reportOnlyWords: [], candidates: cands(nangang, ['procedure.exempt', 0.44]) }), {}, nangang)).toBeUndefined();
  });
});

describe('item-in-last-answer', () => {
  let fuyuan: Knowledge;
  beforeAll(async () => {
    fuyuan = await knowledge('test/fixtures/reports-fresh202-newa');
  });
  const state = { intent: 'report.passage', report: '抚远市自然资源局-2022', text: '抚远市自然资源局2022年在网站上发了多少篇信息' };
  it('a thing named alone after a passage listing counts: its clause', () => {
    const d = itemInLastAnswer.decide(u({ norm: '年报呢?', followUp: { is: true, onlySlots: false } }), state, fuyuan);
    expect(d?.kind === 'passage' ? d.parts.lines[0] : '').toContain('政府信息年报1篇');
  });
  it('not a follow-up, or a thing the passage does not count: no decision', () => {
    expect(itemInLastAnswer.decide(u({ norm: '年报呢?' }), state, fuyuan)).toBeUndefined();
    expect(itemInLastAnswer.decide(u({ norm: '林业呢?', followUp: { is: true, onlySlots: false } }), state, fuyuan)).toBeUndefined();
  });
});

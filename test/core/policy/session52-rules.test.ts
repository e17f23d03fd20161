// Rules changed in session 52, on hand-built readings and the reports they were changed for.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { cands, knowledge, slots, u } from './helpers.js';
import { reportSaysStep } from '../../../src/core/policy/report-says-step.js';
import { feeReckoned } from '../../../src/core/policy/fee-reckoned.js';
import { applicantsNamed } from '../../../src/core/policy/off-topic.js';
import { choice } from '../../../src/core/policy/helpers.js';

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

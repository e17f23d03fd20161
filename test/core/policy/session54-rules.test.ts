// Rules added in session 54, on hand-built readings and the reports they were added for.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import type { Decision } from '../../../src/core/policy/types.js';
import { PASSAGE_INTENT } from '../../../src/core/respond.js';
import { cands, knowledge, metric, u } from './helpers.js';
import { documentNumberOfLastPassage } from '../../../src/core/policy/document-number.js';
import { statisticsPeriodNamed } from '../../../src/core/policy/time-limit.js';

let qinghai: Knowledge;
let nangang: Knowledge;
beforeAll(async () => {
  qinghai = await knowledge('test/fixtures/reports-fresh214-newa');
  nangang = await knowledge('data/reports');
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

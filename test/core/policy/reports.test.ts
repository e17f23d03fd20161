import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { reportNotLoaded } from '../../../src/core/policy/reports.js';
import { cands, knowledge, metric, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-multi');
});

describe('report-not-loaded', () => {
  it('a year not loaded with a figure asked: which reports there are', () => {
    const d = reportNotLoaded.decide(u({ slots: slots({ years: [2019] }), metric: metric(), candidates: cands(kn, ['figures.query', 0.6]) }), {}, kn);
    expect(d).toMatchObject({ kind: 'no-report', confidence: 0.6 });
    expect(d && d.kind === 'no-report' && d.problem).toMatch(/我只有.*没有2019年的报告/);
  });
  it('an office not loaded', () => {
    const d = reportNotLoaded.decide(u({ slots: slots({ unknownOffices: ['道里区'] }), candidates: cands(kn, ['contact.phone', 0.7]) }), {}, kn);
    expect(d && d.kind === 'no-report' && d.problem).toMatch(/没有道里区的报告/);
  });
  it('a loaded year: no decision', () => {
    expect(reportNotLoaded.decide(u({ slots: slots({ years: [2022] }), metric: metric() }), {}, kn)).toBeUndefined();
  });
  it('a clear report-free answer ("2019年的申请怎么交", procedure) is not stopped by the year', () => {
    expect(reportNotLoaded.decide(u({ slots: slots({ years: [2019] }), candidates: cands(kn, ['procedure.how', 0.7]) }), {}, kn)).toBeUndefined();
  });
  it('nothing named: no decision', () => {
    expect(reportNotLoaded.decide(u({ metric: metric() }), {}, kn)).toBeUndefined();
  });
});

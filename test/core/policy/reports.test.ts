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
    // (saying so answers the figure asked: no failure to read the question)
    expect(d).toMatchObject({ answered: true });
  });
  it('a figure of two years, one loaded ("2022年和2019年各几件"): the loaded year\'s figure, the other said missing', () => {
    const year = kn.reports[0]!.year!;
    const d = reportNotLoaded.decide(u({ slots: slots({ years: [year, 2019] }), metric: metric(), candidates: cands(kn, ['figures.query', 0.6]) }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'figures.query' }, question: { slots: { years: [year] } } });
    expect(d && d.kind === 'intent' && d.noteIfAnswered).toMatch(/没有2019年的报告/);
  });
  it('a figure of a loaded office and one not loaded: the loaded one\'s, the other said missing', () => {
    const office = kn.reports[0]!.office;
    const year = kn.reports[0]!.year!;
    // ("南岗2022年和道里区2019年分别收到多少": each with a year of its own)
    const d = reportNotLoaded.decide(u({ slots: slots({ offices: [office], unknownOffices: ['道里区'], years: [year, 2019] }), metric: metric(), candidates: cands(kn, ['figures.query', 0.6]) }), {}, kn);
    expect(d).toMatchObject({ kind: 'intent', question: { slots: { offices: [office], unknownOffices: [], years: [year] } } });
    expect(d && d.kind === 'intent' && d.noteIfAnswered).toMatch(/没有道里区的报告/);
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

describe('reports-asked', () => {
  it('the reports themselves asked about: the list, whatever year the question names', async () => {
    const { reportsAsked } = await import('../../../src/core/policy/reports.js');
    for (const norm of ['最新的报告是哪一年的', '现在收录了几份年度报告', '南岗区有哪些年份的年报', '能查哪些单位的年报', '今年的信息公开年报出了吗']) {
      expect(reportsAsked.decide(u({ norm, candidates: cands(kn, ['contact.address', 0.2]) }), {}, kn)).toMatchObject({ kind: 'intent', intent: { id: 'report.list' } });
    }
  });
  it('whether a loaded report named is there ("南岗区2022年的信息公开年报，有吗"): the list; one not loaded is not this rule\'s', async () => {
    const { reportsAsked } = await import('../../../src/core/policy/reports.js');
    const office = kn.reports[0]!.office;
    const there = reportsAsked.decide(u({ norm: '我想问问2022年的信息公开年报,有吗?', slots: slots({ years: [2022], offices: [office] }) }), {}, kn);
    expect(there).toMatchObject({ kind: 'intent', intent: { id: 'report.list' } });
    expect(reportsAsked.decide(u({ norm: '2023年的年报有吗', slots: slots({ years: [2023], offices: [office] }) }), {}, kn)).toBeUndefined();
    expect(reportsAsked.decide(u({ norm: '道里区的年报有吗', slots: slots({ unknownOffices: ['道里区'] }) }), {}, kn)).toBeUndefined();
  });
  it('a question about what a report says: no decision', async () => {
    const { reportsAsked } = await import('../../../src/core/policy/reports.js');
    expect(reportsAsked.decide(u({ norm: '2022年报告里的电话', candidates: cands(kn, ['contact.phone', 0.6]) }), {}, kn)).toBeUndefined();
    expect(reportsAsked.decide(u({ norm: '年报一般什么时候发布', candidates: cands(kn, ['procedure.annual-report', 0.6]) }), {}, kn)).toBeUndefined();
  });
});

describe('report-year-asked', () => {
  it('a year slip asked of the report named with its own year ("22年报正文里有没有年份写错"): the years its text gives against its own', async () => {
    const { reportYearAsked } = await import('../../../src/core/policy/reports.js');
    const nangang = await knowledge('data/reports');
    const d = reportYearAsked.decide(u({ norm: '帮忙挑挑,南岗22年报正文有没有哪里年份写错了', slots: slots({ years: [2022], offices: ['南岗区人民政府办公室'] }) }), {}, nangang);
    expect(d).toMatchObject({ kind: 'intent', intent: { id: 'report.period' }, noteIfAnswered: expect.stringContaining('正文有2处写了别的年份') });
    // (a year not loaded named is a year quoted against the report's, not the slips' reading)
    const other = reportYearAsked.decide(u({ norm: '南岗19年报正文有没有哪里年份写错了', slots: slots({ years: [2019], offices: ['南岗区人民政府办公室'] }) }), {}, nangang);
    expect(other && other.kind === 'intent' && other.noteIfAnswered).not.toContain('正文有2处');
  });
  it('which year the report covers, naming a year not loaded: the loaded report\'s period, carried out without that year', async () => {
    const { reportYearAsked } = await import('../../../src/core/policy/reports.js');
    for (const norm of ['开头写着总结2021年，统计数据到底是哪一年的', '这报告是2021年还是2022年的', '正文又写2021年，我办……，那这些数字到底是哪一年的？']) {
      const d = reportYearAsked.decide(u({ norm, slots: slots({ years: [2021] }) }), {}, kn);
      expect(d).toMatchObject({ kind: 'intent', intent: { id: 'report.period' }, question: { slots: { years: [] } } });
    }
  });
  it('why the text says another year, quoting it ("为什么开头写的是“2021年…”"): the quoted year set against the report\'s', async () => {
    const { reportYearAsked } = await import('../../../src/core/policy/reports.js');
    const d = reportYearAsked.decide(u({ norm: '为什么正文开头写的是“2021年,我办认真贯彻”?', slots: slots({ years: [2021] }) }), {}, kn);
    expect(d).toMatchObject({ intent: { id: 'report.period' }, noteIfAnswered: expect.stringContaining('“2021年”与统计年度不一致') });
  });
  it('whether the report wrote a year wrong, quoting it: the period, with the quoted year set against the report\'s', async () => {
    const { reportYearAsked } = await import('../../../src/core/policy/reports.js');
    const norm = '报告开头写“在总结2021年政府信息公开工作的基础上”,可统计期是2022年,这是不是写错了?';
    const d = reportYearAsked.decide(u({ norm, slots: slots({ years: [2021] }) }), {}, kn);
    expect(d).toMatchObject({ intent: { id: 'report.period' }, noteIfAnswered: expect.stringContaining('“2021年”与统计年度不一致') });
    // no quote of the report: not a typo asked
    expect(reportYearAsked.decide(u({ norm: '2021年的数据是不是错了', slots: slots({ years: [2021] }) }), {}, kn)).toBeUndefined();
  });
  it('the year said wrong with no year named ("开头年份写得不对，哪里错了"): the period, with the years the text gives against its own', async () => {
    const { reportYearAsked } = await import('../../../src/core/policy/reports.js');
    const nangang = await knowledge('data/reports');
    const d = reportYearAsked.decide(u({ norm: '组长说开头年份写得不对,哪里错了?' }), {}, nangang);
    expect(d).toMatchObject({ intent: { id: 'report.period' }, noteIfAnswered: expect.stringMatching(/统计年度是2022年.*正文有\d+处写了别的年份[\s\S]*2021/) });
    // (a year slip not asked: no decision)
    expect(reportYearAsked.decide(u({ norm: '开头写得不对吗' }), {}, nangang)).toBeUndefined();
  });
  it('a figure of two years compared, a loaded year, or no year: no decision', async () => {
    const { reportYearAsked } = await import('../../../src/core/policy/reports.js');
    expect(reportYearAsked.decide(u({ norm: '2021年还是2022年收到的申请多', slots: slots({ years: [2021, 2022] }) }), {}, kn)).toBeUndefined();
    expect(reportYearAsked.decide(u({ norm: '2022年的报告是哪一年的', slots: slots({ years: [2022] }) }), {}, kn)).toBeUndefined();
    expect(reportYearAsked.decide(u({ norm: '统计数据是哪一年的' }), {}, kn)).toBeUndefined();
  });
});

describe('report-year-asked: "那这到底是哪一年的报告"', () => {
  it('the report itself asked, with a year not loaded in the question', async () => {
    const { reportYearAsked } = await import('../../../src/core/policy/reports.js');
    const norm = '报告开头写的是“在总结2021年政府信息公开工作的基础上”,那这到底是哪的报告?';
    expect(reportYearAsked.decide(u({ norm, slots: slots({ years: [2021] }) }), {}, kn)).toMatchObject({ intent: { id: 'report.period' } });
  });
});

describe('reports-asked: a year asked that is not loaded', () => {
  it('"今年的年报出来没有": says there is none yet, then the list', async () => {
    const { reportsAsked } = await import('../../../src/core/policy/reports.js');
    const d = reportsAsked.decide(u({ norm: '今年的年报出来没有', slots: slots({ years: [2026], thisYear: 2026 }) }), {}, kn);
    expect(d).toMatchObject({ intent: { id: 'report.list' }, noteIfAnswered: '目前还没有2026年的报告。\n' });
    expect(reportsAsked.decide(u({ norm: '2025年的年报出来没有', slots: slots({ years: [2025] }) }), {}, kn)).not.toHaveProperty('noteIfAnswered');
  });
});

describe('reports-asked: "那你这有哪一年的"', () => {
  it('which years there are, asked of the bot in a few words: the list of reports', async () => {
    const { REPORTS_ASKED } = await import('../../../src/core/patterns.js');
    expect(REPORTS_ASKED.test('那你这有哪一年的')).toBe(true);
    expect(REPORTS_ASKED.test('你们这里有哪几年的')).toBe(true);
    expect(REPORTS_ASKED.test('那年你收了多少申请')).toBe(false);
  });
});

// Readings added after the twentieth blind round (ten offices' pages cut at ~2,000 bytes,
// test/fixtures/reports-fresh20-newa and -newb): cases told in words, a period without its end year.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';
import { findPeriod } from '../../src/report/parse/identity.js';

let a: Knowledge;
let b: Knowledge;
beforeAll(async () => {
  a = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh20-newa' })).kn;
  b = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh20-newb' })).kn;
});

describe('table 四 missing, the cases counted in the text', () => {
  it('both asked: the review and the suit clauses of one paragraph, cut at ；', () => {
    const t = decide(b, '桐梓县政府22年因为信息公开被告过没有？复议呢', {}).answer.text;
    expect(t).toContain('统计表中查不到');
    expect(t).toContain('发生行政复议案件1件,为其他结果');
    expect(t).toContain('行政诉讼案件1件,为其他结果');
  });
  it('the suit asked: its clause with its results, from a page read from traditional characters', () => {
    const t = decide(a, '湖南公安厅2021年行政诉讼几件 结果呢', {}).answer.text;
    expect(t).toContain('发生行政诉讼2件,1件驳回,1件结果维持');
    expect(t).not.toContain('复议4件');
  });
  it('review and suit asked added up: each clause\'s count of cases added (not the requests counted before them)', () => {
    const t = decide(a, '湖南省公安厅2021年报告，行政复议和行政诉讼加起来一共几件？', {}).answer.text;
    expect(t).toContain('合计：4 + 2 = 6件（按报告数字计算）');
  });
  it('no clause counting cases: no figure is made up', () => {
    const t = decide(a, '宿迁市市场监督管理局2021年行政复议几件', {}).answer.text;
    expect(t).not.toMatch(/复议\s*\d+\s*件/);
  });
});

describe('the statistics period', () => {
  it('"2025年1月1日至12月31日" (the end without its year) is read, with the year of its start', () => {
    expect(findPeriod(['本报告中所列数据统计期限为2025年1月1日至12月31日。'])).toEqual({ period: '2025年1月1日至12月31日', year: 2025 });
    expect(decide(b, '白城市2025年报的统计期限是哪段时间', {}).answer.text).toContain('2025年1月1日至12月31日');
  });
});

describe('what a named office did, not the rules', () => {
  it('"凤凰镇政府是通过哪些渠道主动公开信息的": its report\'s account of its channels (report.proactive)', () => {
    const ans = decide(b, '凤凰镇政府是通过哪些渠道主动公开信息的', {}).answer;
    expect(ans.intent).toBe('report.proactive');
    expect(ans.text).toContain('江南美凤凰');
  });
  it('"哪些信息应当主动公开", no office named: the rules (第二十条)', () => {
    expect(decide(b, '哪些信息应当主动公开', {}).answer.intent).toBe('procedure.proactive');
  });
  it('"那个镇呢，凤凰镇" after a figure: the same figure for 凤凰镇', () => {
    const first = decide(b, '官洲街道2023年新收了几件信息公开申请', {});
    const next = decide(b, '那个镇呢，凤凰镇', first.state).answer;
    expect(next.text).toContain('23件');
  });
});

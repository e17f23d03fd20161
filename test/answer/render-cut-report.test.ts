// A page cut before its tables (资阳 2022, 武昌 2025): table 四 is absent, not blank — no claim that there were
// no cases; a row of table 二 without cells is answered by the text's own sentence about it, said to be the text's.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';
import { findMetric } from '../../src/understand/metrics.js';

let kn: Knowledge;
beforeAll(async () => {
  ({ kn } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh10-new' }));
});

describe('a report cut before its tables', () => {
  it('table 四 absent: "not found, the report may be incomplete", never "no cases"', () => {
    const t = decide(kn, '资阳市同城化发展工作局有没有被申请行政复议', {}).answer.text;
    expect(t).toContain('没有找到第四部分');
    expect(t).not.toContain('未记载行政复议');
  });
  it('a row of table 二 with no cells: the text\'s sentence about it, with its section', () => {
    const t = decide(kn, '武昌区行政审批局行政许可处理决定多少件', {}).answer.text;
    expect(t).toContain('报告正文（一、总体情况）写道');
    expect(t).toContain('撤销许可187件');
    // (two of the sentence's counts asked each: their own clauses, src/core/policy/text-arith.ts)
    const each = decide(kn, '武昌区行政审批局不予许可和撤销许可各多少', {}).answer.text;
    expect(each).toContain('不予许可：146件');
    expect(each).toContain('撤销许可：187件');
  });
  it('"收到多少行政许可申请" asks licence applications (table 二), not disclosure requests', () => {
    expect(findMetric('收到多少行政许可申请批了多少', kn.lexicon)).toMatchObject({ table: '二', rows: ['license'] });
    expect(findMetric('收到多少信息公开申请', kn.lexicon)).toMatchObject({ table: '三', rows: ['new'] });
  });
});

import { describe, expect, it } from 'vitest';
import { renderMetric, textOf } from '../../src/answer/render.js';
import type { Report } from '../../src/report/types.js';
import type { MetricQuery } from '../../src/understand/metrics.js';

const values: Record<string, number> = {};
for (const [g, total] of [['review', 3], ['suit-direct', 26], ['suit-after-review', 20]] as const) {
  for (const c of ['upheld', 'corrected', 'other', 'pending']) values[`t4.${g}.${c}`] = 1;
  values[`t4.${g}.total`] = total;
}
const r = { id: 'x', office: '甲市人民政府', year: 2024, values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])) } as unknown as Report;
const q = (rows: string[], cols: string[] = []): MetricQuery => ({ table: '四', rows, cols, spans: [], rowsExplicit: true });

describe('table 四: 行政诉讼 as a whole', () => {
  it('the two kinds added up first, said to be added, then each kind', () => {
    const t = textOf(renderMetric(r, q(['suit'])));
    expect(t).toMatch(/行政诉讼共 46 件（直接起诉与复议后起诉两项相加）/);
    expect(t).toContain('26 件');
    expect(t).toContain('20 件');
  });
  it('one kind asked, or 复议: no sum', () => {
    expect(textOf(renderMetric(r, q(['suit-direct'])))).not.toContain('两项相加');
    expect(textOf(renderMetric(r, q(['review'])))).not.toContain('两项相加');
  });
  it('several kinds asked added up: the sum of each kind\'s total last, said to be added', () => {
    const t = textOf(renderMetric(r, { ...q(['review', 'suit']), added: true }));
    expect(t).toContain('以上合计 49 件（各项相加）');
    expect(t.indexOf('行政复议')).toBeLessThan(t.indexOf('行政诉讼共 46 件'));
    expect(textOf(renderMetric(r, q(['review', 'suit'])))).not.toContain('以上合计');
  });
});

describe('a count of cases quoted against table 四', () => {
  it('"正文说复议诉讼案件74件，跟表四对得上吗": the kinds of case added up and checked (61 + 13 = 74)', async () => {
    const { loadKnowledge } = await import('../../src/core/bot.js');
    const { decide } = await import('../../src/core/engine.js');
    const multi = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-multi' })).kn;
    expect(decide(multi, '沭阳报告正文说全县办理复议诉讼案件74件 跟表四对得上吗', {}).answer.text).toContain('对，您说的 74 件与报告中的数字一致');
    expect(decide(multi, '沭阳报告正文说全县办理复议诉讼案件75件 跟表四对得上吗', {}).answer.text).toContain('不一致');
  });
});

describe('table 四: a 总计 the report prints against its own columns', () => {
  const finding = { rule: 'R4', severity: 'error', message: '表四“行政复议”：结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 11，但总计为 0', row: 'review', column: 'total' };
  const bad = { ...r, findings: [finding] } as unknown as Report;
  it('the kind asked: its figure, then the finding, said to be the report\'s own inconsistency', () => {
    const t = textOf(renderMetric(bad, q(['review'])));
    expect(t).toContain('但总计为 0');
    expect(t).toContain('报告自身数字不一致');
  });
  it('another kind asked: no note', () => {
    expect(textOf(renderMetric(bad, q(['suit-direct'])))).not.toContain('不一致');
  });
});

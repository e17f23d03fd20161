import { describe, expect, it } from 'vitest';
import { consistencyAnswer } from '../../src/answer/consistency.js';
import { textOf } from '../../src/answer/render.js';
import { T3_ROWS } from '../../src/report/format.js';
import type { Finding, Report } from '../../src/report/types.js';
import type { MetricQuery } from '../../src/understand/metrics.js';

const report = (given: Record<string, { value: number | null; derived?: boolean }>, findings: Finding[] = []) => {
  const values: Record<string, { value: number | null; derived?: boolean }> = {};
  for (const r of T3_ROWS) values[`t3.${r.id}.total`] = { value: 0 };
  Object.assign(values, given);
  return { id: 'x', office: '甲局', year: 2022, values, findings } as unknown as Report;
};
const m = (rows: string[]): MetricQuery => ({ table: '三', rows, cols: [], spans: [], rowsExplicit: true });

describe('consistencyAnswer', () => {
  it('a group of reasons added up; a subtotal the format does not print is said to be the sum', () => {
    const r = report({ 't3.refused.third-party.total': { value: 1 }, 't3.refused.internal.total': { value: 1 }, 't3.refused.total': { value: 2, derived: true } });
    expect(textOf(consistencyAnswer(r, m(['refused'])))).toMatch(/保护第三方合法权益 1 \+ 属于三类内部事务信息 1 = 2 件。国家格式的表三不单列不予公开小计/);
  });
  it('a printed subtotal that differs from its parts is said not to agree', () => {
    const r = report({ 't3.unable.not-held.total': { value: 3 }, 't3.unable.total': { value: 4 } });
    expect(textOf(consistencyAnswer(r, m(['unable'])))).toContain('但表中小计为 4 件，两者不一致');
  });
  it('several groups named: each subtotal and their sum', () => {
    const r = report({ 't3.refused.total': { value: 2 }, 't3.unable.total': { value: 8 }, 't3.rejected.total': { value: 1 } });
    expect(textOf(consistencyAnswer(r, m(['refused', 'unable', 'rejected'])))).toContain('不予公开 2 + 无法提供 8 + 不予处理 1 = 11 件。');
  });
  it('the whole quoted beside its parts ("接到申请15条 予以公开4条 …"): the sum set against it', () => {
    const r = report({ 't3.granted.total': { value: 4 }, 't3.refused.total': { value: 2 }, 't3.unable.total': { value: 8 }, 't3.rejected.total': { value: 1 } });
    const q = { ...m(['granted', 'refused', 'unable', 'rejected']), quoted: [15, 4, 2, 8, 1] };
    expect(textOf(consistencyAnswer(r, q))).toContain('= 15 件，与所说的 15 件相等，一致。');
    expect(textOf(consistencyAnswer(r, { ...q, quoted: [16, 4, 2, 8, 1] }))).toContain('与所说的 16 件不相等');
    // a part quoted otherwise than the table says: no whole is read
    expect(textOf(consistencyAnswer(r, { ...q, quoted: [15, 5, 2, 8, 1] }))).not.toContain('所说的');
  });
  it('R1 with cells the tables lack taken from the text\'s own clauses, said so; none told: not checked', () => {
    const r = report({ 't3.new.total': { value: null }, 't3.carried.total': { value: null }, 't3.total.total': { value: null }, 't3.carry-over.total': { value: null } });
    const told = { new: 779, carried: 37, total: 774, 'carry-over': 42 } as Record<string, number>;
    const t = textOf(consistencyAnswer(r, m(['carried', 'carry-over']), (_r, q) => ({ v: told[q.rows[0]!]! })));
    expect(t).toContain('本年新收 779 + 上年结转 37 = 816 件；办理结果总计 774 + 结转下年度 42 = 816 件；两边相等，一致。');
    expect(t).toContain('取自报告正文');
    expect(textOf(consistencyAnswer(r, m(['carried', 'carry-over']), () => undefined))).toContain('无法核对');
  });
  it('R1 with the report\'s numbers', () => {
    const r = report({ 't3.new.total': { value: 15 }, 't3.carried.total': { value: 1 }, 't3.total.total': { value: 14 }, 't3.carry-over.total': { value: 2 } });
    expect(textOf(consistencyAnswer(r, m(['new', 'carried', 'total', 'carry-over'])))).toContain('本年新收 15 + 上年结转 1 = 16 件；办理结果总计 14 + 结转下年度 2 = 16 件；两边相等，一致。');
  });
  it('no figure named: the findings of the load, or that none were found', () => {
    const f: Finding = { rule: 'R4', severity: 'error', message: '表四“行政复议”：结果维持 10 + … = 11，但总计为 0' } as Finding;
    expect(textOf(consistencyAnswer(report({}, [f]), undefined))).toContain('读取时发现 1 处需要核对');
    expect(textOf(consistencyAnswer(report({}), undefined))).toContain('均一致');
    // with the balance of table 三 in the report's numbers
    expect(textOf(consistencyAnswer(report({}), undefined))).toContain('表三：本年新收 0 + 上年结转 0 = 0 件');
  });
});

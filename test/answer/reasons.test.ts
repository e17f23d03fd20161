import { describe, expect, it } from 'vitest';
import { asksTableRow, REASON_GROUPS } from '../../src/answer/reasons.js';
import { questionKinds } from '../../src/understand/kind.js';
import type { MetricQuery } from '../../src/understand/metrics.js';

const row = (rows: string[], extra: Partial<MetricQuery> = {}): MetricQuery => ({ table: '三', rows, cols: [], spans: [], rowsExplicit: true, ...extra });

describe('questions about a table row', () => {
  it('the groups of reasons are those with sub-rows', () => {
    expect([...REASON_GROUPS].sort()).toEqual(['other', 'refused', 'rejected', 'unable']);
  });
  it('a count or the existence of a named row is the report figure', () => {
    expect(asksTableRow(row(['partial']), questionKinds('部分公开多少'))).toBe(true);
    expect(asksTableRow(row(['partial']), questionKinds('部分公开的有吗'))).toBe(true);
    expect(asksTableRow(row(['partial']), questionKinds('部分公开是什么意思'))).toBe(false);
  });
  it('why a group of reasons: the report rows; why a single row: not', () => {
    expect(asksTableRow(row(['refused']), questionKinds('为什么不予公开'))).toBe(true);
    expect(asksTableRow(row(['granted']), questionKinds('为什么予以公开'))).toBe(false);
  });
  it('a vague or implied row never decides', () => {
    expect(asksTableRow(row(['new'], { vague: true }), questionKinds('收到多少'))).toBe(false);
    expect(asksTableRow(row(['new'], { rowsExplicit: false }), questionKinds('企业几次'))).toBe(false);
    expect(asksTableRow(row(['new'], { rowsExplicit: false, cols: ['research'] }), questionKinds('科研机构提过申请没有'))).toBe(true);
    expect(asksTableRow(undefined, questionKinds('多少'))).toBe(false);
  });
});

describe('asksTableRow: the legal basis asked in so many words', () => {
  it('"被说是过程性信息不给公开，这有法律依据吗" (basis, no why word): the row with its basis', async () => {
    const { asksTableRow } = await import('../../src/answer/reasons.js');
    const { questionKinds } = await import('../../src/understand/kind.js');
    const m = { table: '三' as const, rows: ['refused.process'], cols: [], spans: [], rowsExplicit: true, basis: true };
    expect(asksTableRow(m, questionKinds('这有法律依据吗'))).toBe(true);
    expect(asksTableRow({ ...m, basis: undefined }, questionKinds('这有法律依据吗'))).toBe(false);
  });
});

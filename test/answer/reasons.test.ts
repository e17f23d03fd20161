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

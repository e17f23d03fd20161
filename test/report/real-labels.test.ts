/**
 * Labels that tolerate misprints (issue 10 item 3), on the real misprint of 淮安市洪泽区 2024
 * ("2.其他法律行政止公开"): matched to the catalogue by characters and sound with a finding that names
 * it; and when a label stays unreadable, the subtotal comes from the table's own balance, marked so,
 * and the answer says it was derived.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMetric } from '../../src/answer/render.js';
import { readDocument } from '../../src/report/extract/index.js';
import { parseReport } from '../../src/report/parse.js';
import { bestMatch, similarity } from '../../src/report/parse/similar.js';
import { T3_ROWS } from '../../src/report/format.js';
import type { Document } from '../../src/report/types.js';

const PDF = join(import.meta.dirname, '..', 'fixtures', 'reports-real', '淮安市洪泽区人民政府-2024.pdf');

/** The document with one table label replaced. */
function relabel(doc: Document, from: string, to: string): Document {
  let n = 0;
  const blocks = doc.blocks.map((b) =>
    b.kind === 'table' ? { ...b, rows: b.rows.map((r) => r.map((c) => (c === from ? (n++, to) : c))) } : b,
  );
  expect(n).toBe(1);
  return { ...doc, blocks };
}

describe('similarity of labels', () => {
  it('characters: a label with characters dropped is still most like its catalogue row', () => {
    expect(similarity('其他法律行政止公开', '其他法律行政法规禁止公开')).toBeGreaterThan(0.8);
    const m = bestMatch('其他法律行政止公开', T3_ROWS.filter((r) => r.parent === 'refused'), (r) => r.label);
    expect(m?.item.id).toBe('refused.law');
  });

  it('sound: a homophone (在/再) scores higher than its characters alone', () => {
    expect(similarity('不在处理', '不再处理')).toBeGreaterThan(0.9);
  });

  it('an unrelated label matches nothing', () => {
    expect(bestMatch('本单位网站访问量', T3_ROWS.filter((r) => r.parent), (r) => r.label)).toBeNull();
  });
});

describe('a misprinted row label in a real published PDF', () => {
  let doc: Document;
  beforeAll(async () => {
    doc = await readDocument(PDF);
  });

  it('is read as the catalogue row, and a finding names the misprint and the row', () => {
    const r = parseReport(doc);
    expect(r.values['t3.refused.law.total']).toMatchObject({ value: 0 });
    const f = r.findings.filter((x) => x.rule === 'misprint');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('2.其他法律行政止公开');
    expect(f[0]!.message).toContain('2.其他法律行政法规禁止公开');
    expect(r.findings.filter((x) => x.rule === 'unknown-row')).toEqual([]);
  });

  it('another misprint of a sub-row (letters swapped, a character wrong) is matched too', () => {
    const r = parseReport(relabel(doc, '6.属于四类过程性信息', '6.属于四类过成性信息'));
    expect(r.values['t3.refused.process.natural']!.value).toBe(1);
    expect(r.findings.some((x) => x.rule === 'misprint' && x.message.includes('过成性'))).toBe(true);
  });

  it('an unreadable label: the subtotal comes from the table balance, marked, and the answer says so', () => {
    const r = parseReport(relabel(doc, '2.其他法律行政止公开', '2.◆◆◆◆◆'));
    expect(r.findings.some((x) => x.rule === 'unknown-row')).toBe(true);
    expect(r.values['t3.refused.law.total']!.value).toBeNull();
    // 95 = 予以公开 50 + 部分公开 9 + 不予公开 ? + 无法提供 32 + 不予处理 1 + 其他处理 0
    expect(r.values['t3.refused.total']).toMatchObject({ value: 3, derived: true, by: 'balance' });
    expect(r.values['t3.refused.natural']).toMatchObject({ value: 3, by: 'balance' });
    expect(r.findings.find((x) => x.rule === 'balance')?.message).toContain('不予公开');
    const text = renderMetric(r, { table: '三', rows: ['refused'], cols: [], spans: [] }).lines.join('');
    expect(text).toContain('3 件');
    expect(text).toContain('根据表内合计推算');
    // a figure the report prints is never marked
    expect(renderMetric(r, { table: '三', rows: ['unable'], cols: [], spans: [] }).lines.join('')).not.toContain('推算');
  });
});
